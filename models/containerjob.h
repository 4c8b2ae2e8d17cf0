#pragma once
#include "engine/progresssink.h"
#include "process/cancelscope.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace initbench {

// Runs one long container operation (build, up, down...) on a worker thread, never the GUI
// thread, and reports its progress and end through queued signals.
class ContainerJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<OpResult(const ProgressSink &progress)>;

    explicit ContainerJob(QObject *parent = nullptr);
    ~ContainerJob() override;

    // Returns false (and does nothing) while another operation is still running.
    bool start(const QString &title, Work work);
    bool isRunning() const;
    // Asks the running operation to stop: the command it runs is stopped and no later one
    // starts (CancelScope); the operation then ends, saying what it kept. No-op when idle.
    void cancel();
    bool isCancelling() const;

signals:
    void started(const QString &title);
    void step(int number, int total, const QString &title);
    void log(const QString &line);
    void note(const QString &text);
    void finished(bool ok, const QString &message, const QString &details);
    void cancelling();

private:
    QThread *m_thread = nullptr;
    bool m_busy = false; // from start() until finished() is delivered, on the job's thread
    CancelToken m_token;  // the running operation's
};

} // namespace initbench
