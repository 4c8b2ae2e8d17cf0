#include "containerjob.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace initbench {

namespace {
const int kWorkerNice = 10;
} // namespace

ContainerJob::ContainerJob(QObject *parent) : QObject(parent) {}

ContainerJob::~ContainerJob()
{
    // The operation holds no GUI state; let it finish rather than kill it halfway.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ContainerJob::isRunning() const
{
    return m_busy;
}

void ContainerJob::cancel()
{
    if (!m_busy || m_token.cancelled())
        return;
    m_token.cancel();
    emit cancelling();
}

bool ContainerJob::isCancelling() const
{
    return m_busy && m_token.cancelled();
}

bool ContainerJob::start(const QString &title, Work work)
{
    if (m_busy)
        return false;
    if (m_thread)
        m_thread->wait(); // its work is over (m_busy is clear); only the thread's exit remains
    delete m_thread;
    m_busy = true;
    m_token = CancelToken();
    // Signals emitted from the worker thread reach GUI-thread receivers queued.
    m_thread = QThread::create([this, work = std::move(work), token = m_token] {
        // Below the window: with ten operations on two cores, the GUI thread must not wait for
        // their polling and the commands they start (which inherit this nice value). Lowering
        // one's own priority needs no privilege; it changes only when the window is starved.
        ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), kWorkerNice);
        const CancelScope scope(token);
        ProgressSink sink;
        sink.step = [this](int n, int total, const QString &t) { queue({Report::Step, t, n, total}); };
        sink.log = [this](const QString &line) { queue({Report::Log, line}); };
        sink.note = [this](const QString &text) { queue({Report::Note, text}); };
        OpResult r = work(sink);
        if (token.cancelled() && !r.ok())
            r.message = QObject::tr("Cancelled: %1").arg(r.message);
        // Ends on the job's own thread: busy is cleared there, just before receivers hear of it,
        // so nobody sees "not running" while the end is still on its way. Anything still queued
        // is heard first.
        QMetaObject::invokeMethod(this, [this, r] {
            deliver();
            m_busy = false;
            emit finished(r.ok(), r.message, r.details);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
    // The worker's own signals are queued behind this one.
    emit started(title);
    return true;
}

void ContainerJob::queue(Report report)
{
    QMutexLocker lock(&m_queueMutex);
    m_queue << std::move(report);
    if (m_deliveryPosted)
        return;
    m_deliveryPosted = true;
    QMetaObject::invokeMethod(this, &ContainerJob::deliver, Qt::QueuedConnection);
}

void ContainerJob::deliver()
{
    QList<Report> reports;
    {
        QMutexLocker lock(&m_queueMutex);
        reports.swap(m_queue);
        m_deliveryPosted = false;
    }
    QStringList lines;
    const auto flushLines = [&] {
        if (!lines.isEmpty())
            emit logLines(lines);
        lines.clear();
    };
    for (const Report &r : reports) {
        if (r.kind == Report::Log) {
            lines << r.text;
            continue;
        }
        flushLines();
        if (r.kind == Report::Step)
            emit step(r.number, r.total, r.text);
        else
            emit note(r.text);
    }
    flushLines();
}

} // namespace initbench
