#include "cli/consolecommand.h"

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "cli/rawterminal.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

namespace initbench::cli {

namespace {

constexpr char kDetach = 0x1d; // Ctrl-], as telnet and nspawn's own console

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

// Relays this terminal to the nspawn supervisor's console socket until Ctrl-] or the machine
// goes away.
int relayConsoleSocket(const QString &path, const QString &name)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(encoded.size()) >= sizeof address.sun_path) {
        err(QStringLiteral("initbench console: the socket path is too long: %1\n").arg(path));
        return RuntimeFailure;
    }
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    const int s = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s < 0 || ::connect(s, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        err(QStringLiteral("initbench console: cannot reach the console of '%1' at %2: %3 (was it started by an older "
                           "Initbench? `initbench down` and `up` again)\n")
                .arg(name, path, QString::fromLocal8Bit(std::strerror(errno))));
        if (s >= 0)
            ::close(s);
        return RuntimeFailure;
    }
    // Said before the terminal goes raw: err() shows a carriage return as ^M.
    err(QStringLiteral("Connected to the console of %1; Ctrl-] leaves it.\n").arg(name));
    bool closed = false;
    {
        const RawTerminal raw(true);
        bool stdinOpen = true;
        char buffer[4096];
        for (;;) {
            std::vector<pollfd> fds{{s, POLLIN, 0}};
            if (stdinOpen)
                fds.push_back({STDIN_FILENO, POLLIN, 0});
            // Once input has ended (a pipe), the console's answer is shown until it goes quiet.
            const int ready = ::poll(fds.data(), nfds_t(fds.size()), stdinOpen ? -1 : 2000);
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready <= 0)
                break;
            if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = ::read(s, buffer, sizeof buffer);
                if (n <= 0) {
                    closed = true;
                    break;
                }
                writeAll(STDOUT_FILENO, buffer, size_t(n));
            }
            if (fds.size() > 1 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
                const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
                if (n <= 0) {
                    stdinOpen = false;
                    continue;
                }
                const char *end = static_cast<const char *>(std::memchr(buffer, kDetach, size_t(n)));
                if (!writeAll(s, buffer, end ? size_t(end - buffer) : size_t(n)) || end)
                    break;
            }
        }
    } // the terminal is itself again
    if (closed)
        err(QStringLiteral("\nThe console of %1 closed (the machine stopped).\n").arg(name));
    ::close(s);
    return Success;
}

} // namespace

int runConsole(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench console NAME [--engine ENGINE]"),
                     QStringLiteral("Attaches this terminal to the container's console: what its init prints, and the getty\n"
                                    "on /dev/console (a login there is a real one: it shows in who and last).\n"
                                    "docker/podman: Ctrl-P Ctrl-Q leaves it; nspawn: Ctrl-]."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addOption(engineOption());
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    EngineSession e(*catalog);
    OpResult error;
    const auto state = e.controller.find(cp.parser().positionalArguments().constFirst(), cp.parser().value(QStringLiteral("engine")), &error);
    if (!state || !state->running) {
        reportFailure(QStringLiteral("console"), state ? OpResult::failure(QStringLiteral("'%1' is not running").arg(state->name)) : error);
        return RuntimeFailure;
    }
    const ConsoleAccess access = e.controller.consoleAccess(*state);
    if (!access.socketPath.isEmpty())
        return relayConsoleSocket(access.socketPath, state->name);
    // The engine's own attach takes over this process and its terminal.
    err(QStringLiteral("Attaching to the console of %1; %2 leaves it.\n").arg(state->name, access.detachKeys));
    std::vector<QByteArray> storage{access.attach.program.toLocal8Bit()};
    for (const QString &a : access.attach.arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    ::execvp(argv[0], argv.data());
    err(QStringLiteral("initbench console: cannot run %1: %2\n").arg(access.attach.program, QString::fromLocal8Bit(std::strerror(errno))));
    return RuntimeFailure;
}

} // namespace initbench::cli
