#pragma once
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace initbench {

class ContainerJob;

// Follows a container operation: the step bar ("step N of M"), Initbench's notes and the
// tools' own output as it streams, how it ended, and a Cancel for the running one.
class BootPane : public QWidget
{
    Q_OBJECT
public:
    BootPane(ContainerJob *job, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showStatus(const QString &text);

    QLabel *m_status;
    QProgressBar *m_steps;
    QPushButton *m_cancel; // reaches the operation's CancelToken through the job
    bool m_cancelled = false;
    bool m_sawStep = false; // the running operation has reported a step
    QPlainTextEdit *m_log;
    QString m_statusText; // what m_status says, or will say once the pane is shown
};

} // namespace initbench
