#include "containerjob.h"

#include "process/lowpriorityscope.h"

#include <QTimer>

namespace initbench {

ContainerJob::ContainerJob(QObject *parent) : QObject(parent) {}

ContainerJob::~ContainerJob() = default;

bool ContainerJob::isRunning() const
{
    return m_work.busy();
}

void ContainerJob::cancel()
{
    if (!m_work.busy() || m_token.cancelled())
        return;
    m_token.cancel();
    emit cancelling();
}

bool ContainerJob::isCancelling() const
{
    return m_work.busy() && m_token.cancelled();
}

bool ContainerJob::start(const QString &title, Work work)
{
    if (m_work.busy())
        return false;
    m_token = CancelToken();
    const CancelToken token = m_token;
    // Ends on the job's own thread: busy is cleared there, just before receivers hear of it,
    // so nobody sees "not running" while the end is still on its way. Anything still queued
    // is heard first.
    m_work.start<OpResult>(
        [this, work = std::move(work), token] {
            const CancelScope scope(token);
            const LowPriorityScope below; // its commands run below the window
            ProgressSink sink;
            sink.step = [this](int n, int total, const QString &t) { queue({Report::Step, t, n, total}); };
            sink.log = [this](const QString &line) { queue({Report::Log, line}); };
            sink.note = [this](const QString &text) { queue({Report::Note, text}); };
            OpResult r = work(sink);
            if (token.cancelled() && !r.ok())
                r.message = QObject::tr("Cancelled: %1").arg(r.message);
            return r;
        },
        [this](const OpResult &r) {
            deliverLast();
            emit finished(r.ok(), r.message, r.details);
        });
    // The worker's own signals are queued behind this one.
    emit started(title);
    return true;
}

void ContainerJob::queue(Report report)
{
    bool post = false;
    {
        QMutexLocker lock(&m_queueMutex);
        m_queue << std::move(report);
        post = !m_deliveryPosted;
        m_deliveryPosted = true;
    }
    // Posted outside the lock, so that the lock is held only for the append.
    if (post)
        QMetaObject::invokeMethod(this, &ContainerJob::deliver, Qt::QueuedConnection);
}

void ContainerJob::deliverLast()
{
    // The operation has ended, so its thread holds the lock no more: take what it left.
    QList<Report> reports;
    {
        QMutexLocker lock(&m_queueMutex);
        reports.swap(m_queue);
        m_deliveryPosted = false;
    }
    emitReports(reports);
}

void ContainerJob::deliver()
{
    QList<Report> reports;
    if (!m_queueMutex.tryLock()) {
        // The worker is appending (or was stopped by the kernel while it was): look again soon.
        QTimer::singleShot(1, this, &ContainerJob::deliver);
        return;
    }
    reports.swap(m_queue);
    m_deliveryPosted = false;
    m_queueMutex.unlock();
    emitReports(reports);
}

void ContainerJob::emitReports(const QList<Report> &reports)
{
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
