#include "containerjob.h"

namespace initbench {

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
        const CancelScope scope(token);
        ProgressSink sink;
        sink.step = [this](int n, int total, const QString &t) { emit step(n, total, t); };
        sink.log = [this](const QString &line) { emit log(line); };
        sink.note = [this](const QString &text) { emit note(text); };
        OpResult r = work(sink);
        if (token.cancelled() && !r.ok())
            r.message = QObject::tr("Cancelled: %1").arg(r.message);
        // Ends on the job's own thread: busy is cleared there, just before receivers hear of it,
        // so nobody sees "not running" while the end is still on its way.
        QMetaObject::invokeMethod(this, [this, r] {
            m_busy = false;
            emit finished(r.ok(), r.message, r.details);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
    // The worker's own signals are queued behind this one.
    emit started(title);
    return true;
}

} // namespace initbench
