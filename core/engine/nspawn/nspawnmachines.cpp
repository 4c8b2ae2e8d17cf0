#include "engine/nspawn/nspawnmachines.h"
#include "process/cancelscope.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <functional>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

namespace initbench {

// Signals pid through a pidfd opened before the check: between the check and the signal the
// PID cannot pass to another process.
static bool signalChecked(qint64 pid, int sig, const std::function<bool()> &stillOurs)
{
    const int fd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
    if (fd < 0)
        return false;
    const bool sent = stillOurs() && ::syscall(SYS_pidfd_send_signal, fd, sig, nullptr, 0) == 0;
    ::close(fd);
    return sent;
}

static qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.read(4096);
    return line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
}

QString NspawnMachines::machinesDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("machines"));
}

MachineFiles NspawnMachines::files(const QString &name) const
{
    return {QDir(machinesDir()).filePath(name)};
}

bool NspawnMachines::exists(const QString &name) const
{
    return QFile::exists(files(name).specFile()) || QDir(files(name).rootTree()).exists();
}

qint64 NspawnMachines::leaderPid(const QString &name) const
{
    const MachineRunState run = MachineRunState::load(files(name).stateFile());
    if (!run.nspawnRuns())
        return 0;
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(run.nspawnPid));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    return children.readAll().trimmed().split(' ').value(0).toLongLong();
}

ContainerState NspawnMachines::state(const QString &name) const
{
    ContainerState s;
    s.name = name;
    s.engine = QStringLiteral("nspawn");
    if (!exists(name))
        return s;
    s.exists = true;
    MachineSpec spec;
    MachineSpec::load(files(name).specFile(), &spec, nullptr);
    s.profile = spec.profile;
    s.sshPort = spec.sshPort;
    s.image = files(name).rootTree();
    const MachineRunState run = MachineRunState::load(files(name).stateFile());
    s.running = !run.finished && run.supervisorRuns() && run.nspawnRuns();
    s.hostPid = s.running ? int(leaderPid(name)) : 0;
    s.exitCode = run.exitStatus;
    if (s.running) {
        s.status = QStringLiteral("running");
        s.detail = QStringLiteral("Up since %1").arg(run.startedAt);
        // The supervisor boots the tree again when the container reboots (nspawn exits with 133).
        if (run.restarts == 1)
            s.detail += QStringLiteral(", rebooted once");
        else if (run.restarts > 1)
            s.detail += QStringLiteral(", rebooted %1 times").arg(run.restarts);
    } else if (run.startedAt.isEmpty()) {
        s.status = QStringLiteral("created");
        s.detail = QStringLiteral("Never started");
    } else {
        s.status = QStringLiteral("exited");
        s.detail = QStringLiteral("Exited (%1) at %2").arg(run.exitStatus).arg(run.stoppedAt.isEmpty() ? QStringLiteral("?") : run.stoppedAt);
    }
    return s;
}

QList<ContainerState> NspawnMachines::list() const
{
    QList<ContainerState> out;
    const QDir dir(machinesDir());
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFile::exists(files(name).specFile()))
            out << state(name);
    if (!m_machined || std::none_of(out.cbegin(), out.cend(), [](const ContainerState &s) { return s.running; }))
        return out;
    // One machinectl call for the whole list: whether `machinectl status` will know each one.
    QString error;
    const QStringList registered = m_machined->machines(&error);
    for (ContainerState &s : out) {
        if (!s.running)
            continue;
        if (!error.isEmpty())
            s.detail += QStringLiteral("; systemd-machined did not answer");
        else if (registered.contains(s.name))
            s.detail += QStringLiteral("; registered with systemd-machined (machine-%1.scope)").arg(s.name);
        else
            s.detail += QStringLiteral("; not registered with systemd-machined");
    }
    return out;
}

OpResult NspawnMachines::start(const MachineSpec &spec)
{
    const MachineFiles f = files(spec.name);
    QString error;
    QFile::remove(f.stateFile());
    QFile::remove(f.consoleLog());
    if (!spec.save(f.specFile(), &error))
        return OpResult::failure(error);
    QStringList args = m_supervisorCommand.mid(1);
    args << f.dir;
    // systemd-run waits only until the unit has started: the supervisor's PID shows in state.json below.
    const bool inUnit = m_systemRunner && m_systemRunner->run(supervisorUnitCommand(spec.name), 30 * 1000).ok();
    if (!inUnit && !QProcess::startDetached(m_supervisorCommand.constFirst(), args))
        return OpResult::failure(QStringLiteral("cannot start the nspawn supervisor (%1)").arg(m_supervisorCommand.join(QLatin1Char(' '))));
    // The supervisor records nspawn's PID as soon as it has forked it.
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        if (MachineRunState::load(f.stateFile()).nspawnPid > 0)
            return {};
        QThread::msleep(50);
    }
    return OpResult::failure(QStringLiteral("the nspawn supervisor did not start systemd-nspawn within 10 s"));
}

CommandLine NspawnMachines::supervisorUnitCommand(const QString &name) const
{
    // --collect: a unit that failed is gone too, so the next start may use the name again.
    return {QStringLiteral("systemd-run"),
            QStringList{QStringLiteral("--unit=") + supervisorUnit(name), QStringLiteral("--description=Initbench nspawn machine ") + name,
                        QStringLiteral("--collect"), QStringLiteral("--quiet"), QStringLiteral("--")}
                + m_supervisorCommand + QStringList{files(name).dir},
            {}};
}

int NspawnMachines::signalNumber(const QString &name)
{
    static const QList<QPair<QString, int>> table{{QStringLiteral("SIGTERM"), SIGTERM}, {QStringLiteral("SIGINT"), SIGINT},
                                                  {QStringLiteral("SIGPWR"), SIGPWR},   {QStringLiteral("SIGUSR1"), SIGUSR1},
                                                  {QStringLiteral("SIGUSR2"), SIGUSR2}, {QStringLiteral("SIGCONT"), SIGCONT},
                                                  {QStringLiteral("SIGHUP"), SIGHUP},   {QStringLiteral("SIGKILL"), SIGKILL}};
    for (const auto &[n, number] : table)
        if (n == name)
            return number;
    if (name.startsWith(QLatin1String("SIGRTMIN+")))
        return SIGRTMIN + name.mid(9).toInt();
    return 0;
}

OpResult NspawnMachines::stop(const QString &name, const QString &signalName, int timeoutSeconds, bool *clean, qint64 *elapsedMs)
{
    const MachineRunState run = MachineRunState::load(files(name).stateFile());
    const qint64 leader = leaderPid(name);
    const int sig = signalNumber(signalName);
    if (leader <= 0 || sig == 0)
        return OpResult::failure(QStringLiteral("cannot find %1's init to signal").arg(name));
    QElapsedTimer t;
    t.start();
    // A machine machined does not know (registration failed, or it predates a host change) is
    // still stopped: by signalling its init directly.
    const bool viaMachined = m_machined && m_machined->killLeader(name, signalName).ok();
    if (!viaMachined)
        signalChecked(leader, sig, [&] { return run.nspawnRuns() && parentOf(leader) == run.nspawnPid; });
    while (run.nspawnRuns() && t.elapsed() < timeoutSeconds * 1000LL)
        QThread::msleep(50);
    *clean = !run.nspawnRuns();
    if (!*clean) {
        // The init ignored its signal: end the container the hard way. machined ends every
        // process of the machine's scope; nspawn then exits by itself.
        if (viaMachined && m_machined->terminate(name).ok())
            while (run.nspawnRuns() && t.elapsed() < (timeoutSeconds + 5) * 1000LL)
                QThread::msleep(50);
        // SIGKILL to the container's PID 1 ends its whole PID namespace, and nspawn exits after
        // it. Killing nspawn alone would leave the init and its services running, orphaned
        // (seen: a hostile container whose shutdown hung on a FIFO kept its sshd on the port).
        if (run.nspawnRuns())
            signalChecked(leader, SIGKILL, [&] { return run.nspawnRuns() && parentOf(leader) == run.nspawnPid; });
        while (run.nspawnRuns() && t.elapsed() < (timeoutSeconds + 5) * 1000LL)
            QThread::msleep(50);
        if (run.nspawnRuns())
            signalChecked(run.nspawnPid, SIGKILL, [&] { return run.nspawnRuns(); });
        while (run.nspawnRuns() && t.elapsed() < (timeoutSeconds + 10) * 1000LL)
            QThread::msleep(50);
    }
    *elapsedMs = t.elapsed();
    // The supervisor writes the final state right after nspawn exits.
    while (!MachineRunState::load(files(name).stateFile()).finished && run.supervisorRuns() && t.elapsed() < (timeoutSeconds + 15) * 1000LL)
        QThread::msleep(50);
    return {};
}

void NspawnMachines::recordBuilt(const QString &name, const QString &contextHash) const
{
    QFile f(QDir(files(name).dir).filePath(QStringLiteral("built")));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(contextHash.toLatin1() + '\n');
}

QString NspawnMachines::builtHash(const QString &name) const
{
    QFile f(QDir(files(name).dir).filePath(QStringLiteral("built")));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.read(64)).trimmed() : QString();
}

static bool mountedUnder(const QString &dir)
{
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    return mounts.open(QIODevice::ReadOnly) && mounts.readAll().contains(' ' + dir.toLocal8Bit() + '/');
}

OpResult NspawnMachines::removePartialTree(const QString &name) const
{
    const QString partial = files(name).rootTree() + QStringLiteral(".partial");
    if (!QFileInfo::exists(partial))
        return {};
    // A build whose Initbench died is told to stop (its tools get SIGTERM, see ProcessRunner)
    // and unmounts what it mounted as it goes: it is given a while to finish doing so.
    for (int i = 0; i < 300 && mountedUnder(partial) && !CancelScope::cancelled(); ++i)
        QThread::msleep(100);
    if (mountedUnder(partial))
        return OpResult::failure(QStringLiteral("something is still mounted under %1, left by an interrupted build; not removing it").arg(partial));
    if (!QDir(partial).removeRecursively())
        return OpResult::failure(QStringLiteral("cannot remove %1, left by an interrupted build").arg(partial));
    return {};
}

OpResult NspawnMachines::remove(const QString &name)
{
    const MachineFiles f = files(name);
    // Never delete through a mount: a tree with anything mounted below it is left alone.
    if (mountedUnder(f.rootTree()))
        return OpResult::failure(QStringLiteral("something is still mounted under %1; not removing it").arg(f.rootTree()));
    if (!QDir(f.dir).removeRecursively())
        return OpResult::failure(QStringLiteral("could not remove all of %1").arg(f.dir));
    return {};
}

QString NspawnMachines::consoleText(const QString &name, int tailLines) const
{
    QFile log(files(name).consoleLog());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    // From its end: the last lines are what is asked for, and 1 MiB holds thousands of them.
    const qint64 readFrom = tailLines > 0 ? qMax<qint64>(0, log.size() - (1 << 20)) : 0;
    log.seek(readFrom);
    const QString text = QString::fromUtf8(log.read(8 << 20));
    if (tailLines <= 0)
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    return lines.mid(qMax<qsizetype>(0, lines.size() - tailLines)).join(QLatin1Char('\n'));
}

} // namespace initbench
