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
    return m_thread && m_thread->isRunning();
}

bool ContainerJob::start(const QString &title, Work work)
{
    if (isRunning())
        return false;
    delete m_thread;
    // Signals emitted from the worker thread reach GUI-thread receivers queued.
    m_thread = QThread::create([this, work = std::move(work)] {
        ProgressSink sink;
        sink.step = [this](int n, int total, const QString &t) { emit step(n, total, t); };
        sink.log = [this](const QString &line) { emit log(line); };
        sink.note = [this](const QString &text) { emit note(text); };
        const OpResult r = work(sink);
        emit finished(r.ok, r.message, r.details);
    });
    m_thread->start();
    // After start(): receivers asking isRunning() now get the truth; the worker's own
    // signals are queued behind this one.
    emit started(title);
    return true;
}

} // namespace initbench
