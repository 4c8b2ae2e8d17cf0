#pragma once
#include <QList>
#include <QObject>

namespace initbench {

class TerminalSession;

// Owns the window's terminal sessions, so they live as long as the window whatever the views do.
// remove() hangs a live session up and deletes it once its transport has finished, so a session
// is never destroyed while its SSH worker may still be talking to the GUI thread.
class TerminalSessionList : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TerminalSessionList() override;

    void add(TerminalSession *session); // takes ownership
    void remove(TerminalSession *session);
    QList<TerminalSession *> sessions() const { return m_sessions; }
    int count() const { return int(m_sessions.size()); }
    int liveCount() const;

signals:
    void added(initbench::TerminalSession *session);
    void removed(initbench::TerminalSession *session); // still valid while this is emitted

private:
    QList<TerminalSession *> m_sessions;
};

} // namespace initbench
