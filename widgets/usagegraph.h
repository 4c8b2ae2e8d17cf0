#pragma once
#include <QList>
#include <QWidget>

namespace initbench {

// A small live graph of one quantity over the last minutes (CPU, memory, processes): a line
// over the values, oldest on the left, scaled to the largest value shown (or a floor, so that
// an idle container does not look busy), with a caption saying the latest value.
class UsageGraph : public QWidget
{
    Q_OBJECT
public:
    explicit UsageGraph(QWidget *parent = nullptr);

    // Values < 0 are gaps (not known at that time).
    void setSeries(const QList<double> &values, double floor, const QString &caption);
    const QList<double> &values() const { return m_values; }
    QString caption() const { return m_caption; }

    QSize sizeHint() const override { return {260, 64}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
    double m_floor = 1;
    QString m_caption;
};

} // namespace initbench
