#pragma once
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace initbench {

// Runs one piece of work at a time on a thread of its own and hands its result to done() on
// the receiver's thread (the GUI thread). That thread never waits for a worker while the owner
// lives. Why: with ten containers booting on two cores, each in a CPU cgroup of its own, a
// worker that had reported could go unscheduled for over 100 ms before its thread exited, and
// the QThread::wait() that used to follow its finished() blocked the window all that time (a
// sampler of the GUI thread's state caught it in futex waits). Threads that have exited are
// deleted at the next start or with the owner.
class BackgroundWork
{
public:
    explicit BackgroundWork(QObject *receiver) : m_receiver(receiver) {}
    // Waits for work still running: it may use what the owner owns. Its done() never runs.
    ~BackgroundWork();
    BackgroundWork(const BackgroundWork &) = delete;
    BackgroundWork &operator=(const BackgroundWork &) = delete;

    // From start() until just before done() runs.
    bool busy() const { return m_state->busy; }

    // Returns false, and runs nothing, while earlier work is busy.
    template <typename Result>
    bool start(std::function<Result()> work, std::function<void(Result)> done)
    {
        if (m_state->busy)
            return false;
        deleteExited();
        m_state->busy = true;
        QThread *thread = QThread::create([receiver = m_receiver, state = m_state, work = std::move(work),
                                           done = std::move(done)]() mutable {
            Result result = work();
            // Posted while the receiver lives: its owner's destructor waits for this thread.
            QMetaObject::invokeMethod(receiver, [state, done = std::move(done), result = std::move(result)]() mutable {
                if (state->ended)
                    return;
                state->busy = false;
                done(std::move(result));
            }, Qt::QueuedConnection);
        });
        thread->setObjectName(QStringLiteral("initbench-work"));
        m_threads.append(thread);
        thread->start();
        return true;
    }

private:
    void deleteExited();

    // Shared with the queued done(); both only ever touched on the receiver's thread.
    struct State
    {
        bool busy = false;
        bool ended = false; // this BackgroundWork is gone: done() must not run
    };

    QObject *const m_receiver;
    const std::shared_ptr<State> m_state = std::make_shared<State>();
    QList<QThread *> m_threads; // started, not yet deleted
};

} // namespace initbench
