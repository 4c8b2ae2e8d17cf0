#include "backgroundwork.h"

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
    // isFinished() holds once the thread no longer touches its QThread: what wait() waits for.
    for (auto it = m_threads.begin(); it != m_threads.end();) {
        if ((*it)->isFinished()) {
            delete *it;
            it = m_threads.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace initbench
