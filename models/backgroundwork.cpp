#include "backgroundwork.h"

#include <QDeadlineTimer>

namespace initbench {

BackgroundWork::~BackgroundWork()
{
    m_state->ended = true;
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void BackgroundWork::deleteExited()
{
    // wait() with a deadline already past returns at once, true only once the thread no longer
    // touches its QThread. Not isFinished(): that holds while the thread is still finishing
    // (emitting finished(), ending its event dispatcher), and deleting it then would make
    // ~QThread wait for it here, on the GUI thread.
    for (auto it = m_threads.begin(); it != m_threads.end();) {
        if ((*it)->wait(QDeadlineTimer(0))) {
            delete *it;
            it = m_threads.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace initbench
