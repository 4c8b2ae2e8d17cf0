#include "gui/containerterminals.h"

#include "engine/containercontroller.h"
#include "engine/sshportlookup.h"
#include "ssh/initbenchkey.h"
#include "ssh/sshtransport.h"
#include "terminal/ptytransport.h"

#include <QCoreApplication>

namespace initbench {

namespace {

// bash when the image has it (history, completion), else the POSIX shell every image has.
const QStringList kShell{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                         QStringLiteral("command -v bash >/dev/null && exec bash -l; exec sh -l")};

} // namespace

ContainerTerminals::ContainerTerminals(ContainerController &controller, ICommandRunner &runner, QString keyDirectory, QString pinsPath)
    : m_controller(controller), m_runner(runner), m_keyDirectory(std::move(keyDirectory)), m_pinsPath(std::move(pinsPath))
{
}

QString ContainerTerminals::unavailableReason(TerminalSession::Kind kind, const QString &engine) const
{
    if (kind == TerminalSession::Kind::Console && engine == QLatin1String("nspawn") && m_nspawnConsole.isEmpty())
        return tr("The console of a systemd-nspawn machine is not available here: it belongs to "
                  "Initbench's supervisor. Use `initbench console NAME`, SSH or an exec shell.");
    return {};
}

QStringList ContainerTerminals::execArgv(const QString &container, const QString &engine) const
{
    ContainerState state;
    state.name = container;
    state.engine = engine;
    const CommandLine c = m_controller.access().execCommand(state, kShell, true);
    return QStringList{c.program} + c.arguments;
}

QStringList ContainerTerminals::consoleArgv(const QString &container, const QString &engine) const
{
    // nspawn: the supervisor's console socket, relayed by `initbench console` (Ctrl-] leaves).
    if (engine == QLatin1String("nspawn"))
        return m_nspawnConsole + QStringList{container, QStringLiteral("--engine"), engine};
    // --sig-proxy=false: a hang-up of this client (closing the tab) must not reach the
    // container's PID 1, for which SIGHUP means "reload" or worse.
    return {engine, QStringLiteral("attach"), QStringLiteral("--sig-proxy=false"), container};
}

TerminalSession::TransportFactory ContainerTerminals::factory(TerminalSession::Kind kind, const QString &container, const QString &engine)
{
    if (kind == TerminalSession::Kind::Ssh) {
        return [this, container, engine](int columns, int rows) -> std::unique_ptr<ITerminalTransport> {
            SshTransportOptions o;
            o.target.pinName = container;
            o.target.user = m_user;
            o.pinsPath = m_pinsPath;
            o.columns = columns;
            o.rows = rows;
            InitbenchKey key(m_keyDirectory);
            QString error;
            if (key.ensure(&error))
                o.credentials.privateKeyPath = key.privateKeyPath();
            if (PasswordHook hook = m_password)
                o.credentials.password = [hook, user = m_user](const QString &prompt) { return hook(user, prompt); };
            ContainerController *controller = &m_controller;
            ICommandRunner *runner = &m_runner;
            // Asked again on each connection: a recreated container may publish another port.
            o.resolvePort = [controller, runner, container, engine](QString *error) {
                return findSshPort(*controller, *runner, container, engine, error);
            };
            return std::make_unique<SshTransport>(std::move(o));
        };
    }
    const bool console = kind == TerminalSession::Kind::Console;
    return [this, console, container, engine](int columns, int rows) -> std::unique_ptr<ITerminalTransport> {
        const QStringList argv = console ? consoleArgv(container, engine) : execArgv(container, engine);
        const QString label = console
            ? (engine == QLatin1String("nspawn")
                   ? tr("console of %1 (nspawn, through Initbench's supervisor; Ctrl-] leaves): the console getty's login, recorded in utmp and wtmp").arg(container)
                   : tr("console of %1 (%2 attach): the console getty's login, recorded in utmp and wtmp").arg(container, engine))
            : tr("exec shell in %1 (%2): writes no login record, not seen by who or last").arg(container, engine);
        auto t = std::make_unique<PtyTransport>(argv, label, console);
        t->setInitialSize(columns, rows);
        return t;
    };
}

} // namespace initbench
