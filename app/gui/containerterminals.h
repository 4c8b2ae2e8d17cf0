#pragma once
#include "terminal/terminalopener.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace initbench {

class ContainerController;
class ICommandRunner;

// The real ITerminalOpener: sessions into containers this machine runs.
//  - SSH: Initbench's own key (password fallback through the hook), the container's host key
//    pinned; the port is asked of the engine on the transport's worker thread. A login: utmp/wtmp.
//  - Exec shell: the engine's exec (nsenter for nspawn) on a local pty. No login record: the
//    shell is started by the engine, not by login or sshd.
//  - Console: `ENGINE attach` on a local pty, for the console getty's login; for nspawn, whose
//    console belongs to Initbench's supervisor, `initbench console` relays its socket instead.
class ContainerTerminals : public ITerminalOpener
{
    Q_DECLARE_TR_FUNCTIONS(ContainerTerminals)

public:
    // Called on an SSH transport's worker thread when the key is refused; nullopt gives up.
    using PasswordHook = std::function<std::optional<QString>(const QString &user, const QString &prompt)>;

    ContainerTerminals(ContainerController &controller, ICommandRunner &runner, QString keyDirectory, QString pinsPath);

    void setPasswordHook(PasswordHook hook) { m_password = std::move(hook); }
    void setUser(const QString &user) { m_user = user; }
    // The command that relays an nspawn machine's console, before the machine's name
    // (`initbench console`): that console is a socket of Initbench's supervisor, not a program
    // of the engine's. Without it, the console of an nspawn machine is not offered.
    void setNspawnConsoleCommand(const QStringList &command) { m_nspawnConsole = command; }

    QString unavailableReason(TerminalSession::Kind kind, const QString &engine) const override;
    TerminalSession::TransportFactory factory(TerminalSession::Kind kind, const QString &container, const QString &engine) override;

    // The argument lists behind the pty kinds (for tests and the status line).
    QStringList execArgv(const QString &container, const QString &engine) const;
    QStringList consoleArgv(const QString &container, const QString &engine) const;

private:
    ContainerController &m_controller;
    ICommandRunner &m_runner;
    QString m_keyDirectory;
    QString m_pinsPath;
    QString m_user = QStringLiteral("root");
    PasswordHook m_password;
    QStringList m_nspawnConsole;
};

} // namespace initbench
