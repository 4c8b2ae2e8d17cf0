#include "cli/sshcommand.h"

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "cli/rawterminal.h"
#include "engine/sshportlookup.h"
#include "ssh/hostkeypins.h"
#include "ssh/initbenchkey.h"
#include "ssh/sshsession.h"

#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace initbench::cli {

namespace {

constexpr int kSessionLost = 255; // as OpenSSH's client: the session broke, or sent no exit status

int g_winchPipe[2] = {-1, -1};

void onWinch(int)
{
    const int saved = errno;
    [[maybe_unused]] const ssize_t n = ::write(g_winchPipe[1], "w", 1);
    errno = saved;
}

void writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += n;
    }
}

void terminalSize(int *columns, int *rows)
{
    winsize w{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0 && w.ws_row > 0) {
        *columns = w.ws_col;
        *rows = w.ws_row;
    }
}

// Reads a password on the controlling terminal, without echo.
std::optional<QString> askPassword(const QString &who, const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    writeAll(tty, (who + QStringLiteral("'s ") + prompt.at(0).toLower() + prompt.mid(1)).toUtf8());
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c;
    bool ended = false;
    while (!ended) {
        const ssize_t n = ::read(tty, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        ended = n <= 0 || c == '\n';
        if (!ended)
            line.append(c);
    }
    if (isTerminal)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    ::close(tty);
    return QString::fromUtf8(line);
}

// One argument is a command line for the remote shell, as with OpenSSH's client; several are an
// argument list, each quoted so it arrives as one word.
QString remoteCommand(const QStringList &argv)
{
    if (argv.size() == 1)
        return argv.constFirst();
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./=:,@%+-]+$"));
    QStringList words;
    for (const QString &a : argv)
        words << (plain.match(a).hasMatch() ? a : QLatin1Char('\'') + QString(a).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\''));
    return words.join(QLatin1Char(' '));
}

// The host port of the container's sshd, asked of its engine.
std::optional<int> findPort(const QString &name, const QString &engineHint, QString *error)
{
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return std::nullopt;
    EngineSession e(*catalog);
    return findSshPort(e.controller, e.runner, name, engineHint, error);
}

// Forwards stdin, stdout, stderr and window size changes until the remote side ends.
int pump(SshSession &session, bool pty)
{
    if (::pipe2(g_winchPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        struct sigaction action{};
        action.sa_handler = onWinch;
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGWINCH, &action, nullptr);
    }
    bool stdinOpen = true;
    for (;;) {
        QByteArray out, errorOut;
        const SshSession::ReadState state = session.read(&out, &errorOut);
        writeAll(STDOUT_FILENO, out);
        writeAll(STDERR_FILENO, errorOut);
        if (state == SshSession::ReadState::Failed) {
            err(QStringLiteral("\r\ninitbench ssh: %1\n").arg(session.error()));
            return kSessionLost;
        }
        if (state == SshSession::ReadState::Ended) {
            const int status = session.exitStatus();
            return status < 0 ? kSessionLost : status;
        }
        pollfd fds[3] = {{session.socket(), POLLIN, 0}, {stdinOpen ? STDIN_FILENO : -1, POLLIN, 0}, {g_winchPipe[0], POLLIN, 0}};
        if (::poll(fds, 3, 250) < 0 && errno != EINTR)
            return kSessionLost;
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            char buffer[16384];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n > 0) {
                if (!session.write(QByteArray(buffer, n))) {
                    err(QStringLiteral("\r\ninitbench ssh: %1\n").arg(session.error()));
                    return kSessionLost;
                }
            } else if (n == 0 || errno != EINTR) {
                stdinOpen = false;
                session.sendEof();
            }
        }
        if (fds[2].revents & POLLIN) {
            char drain[64];
            while (::read(g_winchPipe[0], drain, sizeof drain) > 0) { }
            int columns = 80, rows = 24;
            terminalSize(&columns, &rows);
            if (pty)
                session.resize(columns, rows);
        }
    }
}

} // namespace

int runSsh(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench ssh NAME [-t] [--user USER] [--port PORT] [--engine ENGINE] [--forget-host-key] [-- CMD [ARGS...]]"),
                     QStringLiteral("Logs in to a container over SSH with Initbench's own key (no ssh client needed; a\n"
                                    "password is asked for on the terminal when the key is refused). Without CMD: a login\n"
                                    "shell on a terminal. With CMD: runs it, on a terminal only with -t. One CMD argument is\n"
                                    "a command line for the remote shell; several are quoted word by word.\n"
                                    "The container's host key is pinned on first contact; a changed key is refused.\n"
                                    "Exit status: the remote command's; 1 when no session started; 255 when it broke."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addPositionalArgument(QStringLiteral("CMD"), QStringLiteral("The command and its arguments, after --."));
    const QCommandLineOption tty(QStringLiteral("t"), QStringLiteral("Run CMD on a terminal (a pty)."));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Log in as USER (default root)."), QStringLiteral("USER"), QStringLiteral("root"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Connect to 127.0.0.1:PORT instead of asking the engine."), QStringLiteral("PORT"));
    const QCommandLineOption forget(QStringLiteral("forget-host-key"), QStringLiteral("Forget NAME's pinned host key (after a rebuild) and exit."));
    cp.parser().addOptions({tty, user, port, forget, engineOption()});
    if (const int status = cp.parse(arguments, 1, 1000); status >= 0)
        return status;
    const QStringList positional = cp.parser().positionalArguments();
    const QString name = positional.constFirst();
    HostKeyPins pins(HostKeyPins::defaultPath());
    QString error;
    if (cp.parser().isSet(forget)) {
        if (!pins.forget(name, &error)) {
            err(QStringLiteral("initbench ssh: %1\n").arg(error));
            return RuntimeFailure;
        }
        out(QStringLiteral("forgot the pinned host key of %1; the next connection pins the key it finds\n").arg(name));
        return Success;
    }

    SshTarget target;
    target.user = cp.parser().value(user);
    target.pinName = name;
    if (cp.parser().isSet(port)) {
        bool ok = false;
        target.port = cp.parser().value(port).toInt(&ok);
        if (!ok || target.port < 1 || target.port > 65535) {
            err(QStringLiteral("initbench ssh: '%1' is not a port\n").arg(cp.parser().value(port)));
            return UsageError;
        }
    } else {
        const std::optional<int> found = findPort(name, cp.parser().value(QStringLiteral("engine")), &error);
        if (!found) {
            if (!error.isEmpty())
                err(QStringLiteral("initbench ssh: %1\n").arg(error));
            return RuntimeFailure;
        }
        target.port = *found;
    }

    InitbenchKey key;
    SshCredentials credentials;
    if (key.ensure(&error))
        credentials.privateKeyPath = key.privateKeyPath();
    else
        err(QStringLiteral("initbench ssh: no key login (%1)\n").arg(error));
    credentials.password = [&target](const QString &prompt) { return askPassword(target.user, prompt); };
    SshSession session;
    if (!session.connect(target, pins, credentials)) {
        err(QStringLiteral("initbench ssh: %1\n").arg(session.error()));
        return RuntimeFailure;
    }
    if (session.keyPinnedNow())
        err(QStringLiteral("initbench ssh: pinned the host key of %1 (%2 %3)\n")
                .arg(name, session.serverKey().type, session.serverKey().fingerprint()));

    const QStringList command = positional.mid(1);
    // As OpenSSH: a shell gets a terminal when we have one; a command only when asked.
    const bool pty = cp.parser().isSet(tty) || (command.isEmpty() && ::isatty(STDIN_FILENO));
    int columns = 80, rows = 24;
    terminalSize(&columns, &rows);
    const QString term = qEnvironmentVariable("TERM", QStringLiteral("xterm-256color"));
    if (!session.open(command.isEmpty() ? QString() : remoteCommand(command), pty, columns, rows, term)) {
        err(QStringLiteral("initbench ssh: %1\n").arg(session.error()));
        return RuntimeFailure;
    }
    const RawTerminal raw(pty);
    return pump(session, pty);
}

} // namespace initbench::cli
