#pragma once
#include "engine/progresssink.h"
#include "process/cancelscope.h"
#include "backgroundwork.h"

#include <QMutex>
#include <QObject>
#include <QStringList>

#include <functional>

namespace initbench {

// Runs one long container operation (build, up, down...) on a worker thread, never the GUI
// thread, and reports its progress and end through queued signals. What the worker reports
// goes through one queue, delivered in order: a build prints hundreds of lines in a burst, and
// with ten builds at once a queued signal per line kept the GUI thread busy for over 100 ms,
// so the lines that arrive together reach the receivers as one logLines().
class ContainerJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<OpResult(const ProgressSink &progress)>;

    explicit ContainerJob(QObject *parent = nullptr);
    ~ContainerJob() override; // lets a running operation finish: it holds no GUI state

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
    void logLines(const QStringList &lines); // in order; lines that came together, at once
    void note(const QString &text);
    void finished(bool ok, const QString &message, const QString &details);
    void cancelling();

private:
    // What the worker reported and the GUI thread has not yet heard, in order.
    struct Report {
        enum Kind { Step, Log, Note } kind;
        QString text;
        int number = 0;
        int total = 0;
    };
    void queue(Report report); // worker thread
    // The job's thread. Never waits for the queue's lock while the worker may hold it: a
    // worker left unscheduled with it held would hold up the window.
    void deliver();
    void deliverLast();
    void emitReports(const QList<Report> &reports);

    QMutex m_queueMutex;
    QList<Report> m_queue;
    bool m_deliveryPosted = false;
    CancelToken m_token; // the running operation's
    BackgroundWork m_work{this}; // last: destroyed first, waiting for the operation's end
};

} // namespace initbench
