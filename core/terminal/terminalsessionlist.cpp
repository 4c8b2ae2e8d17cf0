#include "terminal/terminalsessionlist.h"

#include "terminal/terminalsession.h"

namespace initbench {

TerminalSessionList::~TerminalSessionList()
{
    // Children are deleted by QObject; their destructors hang up what is still running.
    m_sessions.clear();
}

void TerminalSessionList::add(TerminalSession *session)
{
    session->setParent(this);
    m_sessions << session;
    emit added(session);
}

void TerminalSessionList::remove(TerminalSession *session)
{
    if (!m_sessions.removeOne(session))
        return;
    emit removed(session);
    if (!session->isLive()) {
        session->deleteLater();
        return;
    }
    connect(session, &TerminalSession::stateChanged, session, [session](TerminalSession::State state) {
        if (state == TerminalSession::State::Ended)
            session->deleteLater();
    });
    session->end();
}

int TerminalSessionList::liveCount() const
{
    int n = 0;
    for (const TerminalSession *s : m_sessions)
        n += s->isLive() ? 1 : 0;
    return n;
}

} // namespace initbench
