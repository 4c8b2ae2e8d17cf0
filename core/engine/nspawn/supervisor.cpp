#include "engine/nspawn/supervisor.h"

#include "engine/nspawn/machinefiles.h"

#include <QDateTime>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace initbench {

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

// One run of nspawn on a new pty; returns its exit status (128+signal when killed).
static int runOnce(const MachineSpec &spec, MachineFiles files, MachineRunState &state)
{
    int master = -1;
    const pid_t child = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (child < 0)
        return 127;
    if (child == 0) {
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
    state.save(files.stateFile());

    QFile log(files.consoleLog());
    log.open(QIODevice::WriteOnly | QIODevice::Append);
    char buffer[4096];
    int status = 0;
    for (;;) {
        pollfd p{master, POLLIN, 0};
        if (::poll(&p, 1, 500) > 0) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n > 0) {
                log.write(buffer, n);
                log.flush();
                continue;
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
    MachineFiles files{machineDir};
    MachineSpec spec;
    if (!MachineSpec::load(files.specFile(), &spec, nullptr))
        return 2;
    MachineRunState state;
    state.supervisorPid = ::getpid();
    state.startedAt = now();
    int status = 0;
    for (;;) {
        status = runOnce(spec, files, state);
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
