#include "engine/nspawn/supervisor.h"

#include "engine/nspawn/processidentity.h"

#include "engine/nspawn/machinefiles.h"

#include <QDateTime>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <cstring>
#include <vector>

namespace initbench {

namespace {
const qint64 kConsoleLogCap = 8LL << 20;
}

// nspawn exits with 133 when the container reboots only under --keep-unit (Initbench's case on a
// host whose PID 1 is not systemd). Registered with machined, it boots the tree again by itself,
// under the same nspawn: restarts then stays 0.
static const int kRebootStatus = 133;

void detachFromCaller()
{
    ::setsid();
    const int devnull = ::open("/dev/null", O_RDWR);
    for (int fd = 0; fd < 3; ++fd)
        ::dup2(devnull, fd);
    for (int fd = 3; fd < 1024; ++fd)
        ::close(fd);
}

static QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The console's listeners: whoever ran `initbench console` (or a terminal pane through it).
// Output goes to every client without ever blocking the supervisor: a client too slow to take
// it loses that piece (console.log keeps it all); what any client types goes to the console.
class ConsoleClients
{
public:
    explicit ConsoleClients(const QString &path) : m_path(QFile::encodeName(path))
    {
        ::unlink(m_path.constData());
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (size_t(m_path.size()) >= sizeof address.sun_path)
            return;
        std::memcpy(address.sun_path, m_path.constData(), size_t(m_path.size()));
        m_listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        const mode_t old = ::umask(077); // the console is root's, like the machine
        const bool bound = m_listener >= 0 && ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::listen(m_listener, 4) == 0;
        ::umask(old);
        if (!bound && m_listener >= 0) {
            ::close(m_listener);
            m_listener = -1;
        }
    }
    ~ConsoleClients()
    {
        for (const int c : m_clients)
            ::close(c);
        if (m_listener >= 0) {
            ::close(m_listener);
            ::unlink(m_path.constData());
        }
    }

    // The poll entries: the listener first, then the clients.
    void addPollFds(std::vector<pollfd> &fds) const
    {
        if (m_listener >= 0)
            fds.push_back({m_listener, POLLIN, 0});
        for (const int c : m_clients)
            fds.push_back({c, POLLIN, 0});
    }

    // Accepts new clients and copies what clients typed to the console.
    void serve(const std::vector<pollfd> &fds, size_t first, int master)
    {
        size_t i = first;
        if (m_listener >= 0) {
            if (fds.at(i).revents & POLLIN) {
                const int c = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
                if (c >= 0)
                    m_clients.push_back(c);
            }
            ++i;
        }
        std::vector<int> gone;
        for (; i < fds.size(); ++i) {
            if (!(fds.at(i).revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buffer[1024];
            const ssize_t n = ::read(fds.at(i).fd, buffer, sizeof buffer);
            if (n > 0)
                writeAll(master, buffer, size_t(n));
            else if (n == 0 || (errno != EAGAIN && errno != EINTR))
                gone.push_back(fds.at(i).fd);
        }
        for (const int c : gone)
            drop(c);
    }

    void broadcast(const char *data, size_t size)
    {
        std::vector<int> gone;
        for (const int c : m_clients) {
            const ssize_t n = ::send(c, data, size, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                gone.push_back(c);
        }
        for (const int c : gone)
            drop(c);
    }

private:
    static void writeAll(int fd, const char *data, size_t size)
    {
        while (size > 0) {
            const ssize_t n = ::write(fd, data, size);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return;
            data += n;
            size -= size_t(n);
        }
    }
    void drop(int c)
    {
        ::close(c);
        m_clients.erase(std::remove(m_clients.begin(), m_clients.end(), c), m_clients.end());
    }

    QByteArray m_path;
    int m_listener = -1;
    std::vector<int> m_clients;
};

// One run of nspawn on a new pty; returns its exit status (128+signal when killed).
static int runOnce(const MachineSpec &spec, MachineFiles files, MachineRunState &state, ConsoleClients &clients)
{
    int master = -1;
    // A console of a usual size: with none, a getty and its shell see 0x0.
    winsize size{};
    size.ws_row = 25;
    size.ws_col = 80;
    const pid_t child = ::forkpty(&master, nullptr, nullptr, &size);
    if (child < 0)
        return 127;
    if (child == 0) {
        // An ignored signal stays ignored across exec: nspawn gets SIGTERM back (its orderly shutdown).
        ::signal(SIGTERM, SIG_DFL);
        std::vector<QByteArray> storage;
        for (const QString &a : spec.command)
            storage.push_back(a.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &b : storage)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    state.nspawnPid = child;
    // Its start time is fixed at fork; its name changes at exec, so none is recorded for it.
    state.nspawnStart = ProcessIdentity::of(child).startTime;
    state.save(files.stateFile());

    QFile log(files.consoleLog());
    log.open(QIODevice::WriteOnly | QIODevice::Append);
    char buffer[4096];
    int status = 0;
    for (;;) {
        std::vector<pollfd> fds{{master, POLLIN, 0}};
        clients.addPollFds(fds);
        const pollfd &p = fds.front();
        if (::poll(fds.data(), nfds_t(fds.size()), 500) > 0) {
            clients.serve(fds, 1, master);
            if (p.revents & POLLIN) {
                const ssize_t n = ::read(master, buffer, sizeof buffer);
                if (n > 0) {
                    // Bounded: a container that prints without end fills no disk. The log
                    // rotates once (console.log.1), so the boot and the last lines both stay.
                    if (log.size() + n > kConsoleLogCap) {
                        log.close();
                        QFile::remove(files.consoleLog() + QStringLiteral(".1"));
                        QFile::rename(files.consoleLog(), files.consoleLog() + QStringLiteral(".1"));
                        log.open(QIODevice::WriteOnly | QIODevice::Append);
                    }
                    log.write(buffer, n);
                    log.flush();
                    clients.broadcast(buffer, size_t(n));
                    continue;
                }
            }
            // EIO: every slave end is closed; nspawn is exiting.
        }
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (done < 0 && errno != EINTR)
            break;
        if (p.revents & (POLLHUP | POLLERR))
            ::usleep(50 * 1000);
    }
    ::close(master);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int superviseMachine(const QString &machineDir)
{
    ::signal(SIGHUP, SIG_IGN);
    ::signal(SIGPIPE, SIG_IGN);
    // Stopping the supervisor's unit (systemd host) sends SIGTERM to it and to nspawn alike:
    // nspawn then shuts the container down with its kill signal, and the supervisor stays to
    // record how it ended.
    ::signal(SIGTERM, SIG_IGN);
    MachineFiles files{machineDir};
    MachineSpec spec;
    if (!MachineSpec::load(files.specFile(), &spec, nullptr))
        return 2;
    MachineRunState state;
    state.supervisorPid = ::getpid();
    const ProcessIdentity self = ProcessIdentity::of(state.supervisorPid);
    state.bootId = self.bootId;
    state.supervisorStart = self.startTime;
    state.supervisorComm = self.comm;
    state.startedAt = now();
    int status = 0;
    ConsoleClients clients(files.consoleSocket()); // outlives reboots: an attached console stays
    for (;;) {
        status = runOnce(spec, files, state, clients);
        if (status != kRebootStatus)
            break;
        ++state.restarts; // the container asked for a reboot: boot it again
    }
    state.finished = true;
    state.exitStatus = status;
    state.stoppedAt = now();
    state.save(files.stateFile());
    return status;
}

} // namespace initbench
