#include "terminal/terminalsession.h"

#include "terminal/terminalscreen.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "initbench.terminal.session", QtInfoMsg)

namespace initbench {

TerminalSession::TerminalSession(Kind kind, QString container, TransportFactory factory, QObject *parent)
    : QObject(parent), m_kind(kind), m_container(std::move(container)), m_factory(std::move(factory)),
      m_screen(new TerminalScreen(24, 80, this))
{
    // Answers the program asks for (cursor position, device attributes) go back even while no
    // view shows the session.
    connect(m_screen, &TerminalScreen::outputReady, this, &TerminalSession::write);
    connect(m_screen, &TerminalScreen::titleChanged, this, [this] { emit titleChanged(title()); });
}

TerminalSession::~TerminalSession()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
}

QString TerminalSession::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ssh:
        return tr("SSH");
    case Kind::Exec:
        return tr("exec shell");
    case Kind::Console:
        return tr("console");
    }
    return {};
}

QString TerminalSession::label() const
{
    return m_transport ? m_transport->label() : QString();
}

bool TerminalSession::writesLoginRecord() const
{
    return m_transport ? m_transport->writesLoginRecord() : m_kind != Kind::Exec;
}

QString TerminalSession::title() const
{
    const QString own = m_screen->title();
    return own.isEmpty() ? tr("%1: %2").arg(kindName(m_kind), m_container) : own;
}

void TerminalSession::start()
{
    if (m_connections == 0)
        connectTransport();
}

void TerminalSession::reconnect()
{
    if (m_state != State::Ended)
        return;
    // The old program's last screen stays above the new one, as after a reconnect in a terminal.
    m_screen->feed(QByteArrayLiteral("\x1b[0m\r\n"));
    connectTransport();
}

void TerminalSession::connectTransport()
{
    if (m_transport) {
        // It has finished (Ended): nothing more comes from it. Deleted later, as its finished()
        // may be what brought us here.
        m_transport->disconnect(this);
        m_transport.release()->deleteLater();
    }
    m_transport = m_factory(m_columns, m_rows);
    ++m_connections;
    m_endReason.clear();
    m_exitStatus = -1;
    ITerminalTransport *t = m_transport.get();
    connect(t, &ITerminalTransport::received, m_screen, qOverload<const QByteArray &>(&TerminalScreen::feed));
    connect(t, &ITerminalTransport::started, this, [this] { setState(State::Connected); });
    connect(t, &ITerminalTransport::finished, this, [this](int status, const QString &reason) {
        m_exitStatus = status;
        m_endReason = reason;
        qCDebug(lcSession) << kindName(m_kind) << m_container << "ended:" << reason;
        setState(State::Ended);
    });
    setState(State::Connecting);
    t->start();
}

void TerminalSession::end()
{
    if (m_transport && m_state != State::Ended)
        m_transport->close();
}

void TerminalSession::write(const QByteArray &data)
{
    // While connecting too: both transports queue what comes before the other end is there.
    if (m_transport && m_state != State::Ended)
        m_transport->write(data);
}

void TerminalSession::resize(int columns, int rows)
{
    if (columns < 1 || rows < 1)
        return;
    if (m_screen->cols() != columns || m_screen->rows() != rows)
        m_screen->resize(rows, columns);
    if (columns == m_columns && rows == m_rows)
        return;
    m_columns = columns;
    m_rows = rows;
    if (m_transport && m_state != State::Ended)
        m_transport->resize(columns, rows);
}

void TerminalSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace initbench
