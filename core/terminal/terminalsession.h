#pragma once
#include "terminal/terminaltransport.h"

#include <QObject>

#include <functional>
#include <memory>

namespace initbench {

class TerminalScreen;

// One terminal session into a container: a transport and the screen it draws on. It belongs to
// a TerminalSessionList, not to a view, so hiding or closing views never ends it; a view only
// shows screen() and sends keys through write().
//
// An ended session keeps its screen and can be reconnected: reconnect() makes a fresh transport
// of the same kind for the same container (after a restart, the new container's).
class TerminalSession : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Ssh, Exec, Console };
    enum class State { Connecting, Connected, Ended };
    // Makes a transport of the session's kind, sized columns x rows; never null.
    using TransportFactory = std::function<std::unique_ptr<ITerminalTransport>(int columns, int rows)>;

    TerminalSession(Kind kind, QString container, TransportFactory factory, QObject *parent = nullptr);
    ~TerminalSession() override;

    Kind kind() const { return m_kind; }
    QString container() const { return m_container; }
    State state() const { return m_state; }
    bool isLive() const { return m_state != State::Ended; }
    QString endReason() const { return m_endReason; } // empty unless ended
    int exitStatus() const { return m_exitStatus; }   // as ITerminalTransport::finished; -1 unless ended
    int connectionCount() const { return m_connections; } // transports made so far
    // The transport's own words: "SSH to demo as root: a login, recorded in utmp and wtmp".
    QString label() const;
    bool writesLoginRecord() const;
    // "SSH: demo", or what the program set as its title ("root@demo: ~").
    QString title() const;
    static QString kindName(Kind kind);

    TerminalScreen *screen() const { return m_screen; }
    ITerminalTransport *transport() const { return m_transport.get(); }

    void start();     // the first connection
    void reconnect(); // an ended session only: a fresh transport
    void end();       // hangs up; stateChanged(Ended) follows
    void write(const QByteArray &data);
    void resize(int columns, int rows);

signals:
    void stateChanged(initbench::TerminalSession::State state);
    void titleChanged(const QString &title);

private:
    void connectTransport();
    void setState(State state);

    const Kind m_kind;
    const QString m_container;
    const TransportFactory m_factory;
    TerminalScreen *m_screen;
    std::unique_ptr<ITerminalTransport> m_transport;
    State m_state = State::Ended;
    QString m_endReason;
    int m_exitStatus = -1;
    int m_connections = 0;
    int m_columns = 80;
    int m_rows = 24;
};

} // namespace initbench
