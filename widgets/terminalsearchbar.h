#pragma once
#include <QFrame>

class QLabel;
class QLineEdit;

namespace initbench {

// The small find field at the top right of a terminal: Enter searches upwards (towards older
// output), Shift+Enter downwards, Escape closes it and gives the keyboard back to the terminal.
class TerminalSearchBar : public QFrame
{
    Q_OBJECT
public:
    explicit TerminalSearchBar(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    void setFound(bool found);
    void open();

signals:
    void findRequested(const QString &text, bool backwards);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    QLineEdit *m_field;
    QLabel *m_status;
};

} // namespace initbench
