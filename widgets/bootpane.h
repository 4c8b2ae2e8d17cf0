#pragma once
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace initbench {

class ContainerJob;

// Follows a container operation: the step bar ("step N of M"), Initbench's notes and the
// tools' own output as it streams, and how it ended.
class BootPane : public QWidget
{
    Q_OBJECT
public:
    BootPane(ContainerJob *job, QWidget *parent = nullptr);

private:
    QLabel *m_status;
    QProgressBar *m_steps;
    QPlainTextEdit *m_log;
};

} // namespace initbench
