#include "recipe/hostfacts.h"

#include "catalog/engines.h"
#include "engine/dockeruserremap.h"
#include "process/processrunner.h"
#include "util/usersettings.h"

#include <QFile>
#include <QStandardPaths>
#include <QStorageInfo>

#include <sys/resource.h>

namespace initbench {

static QString engineCommand(const QString &engine)
{
    return engine == QLatin1String("nspawn") ? QStringLiteral("systemd-nspawn") : engine;
}

QString firstAvailableEngine()
{
    for (const QString &engine : knownEngines())
        if (!QStandardPaths::findExecutable(engineCommand(engine)).isEmpty())
            return engine;
    return QStringLiteral("docker");
}

static quint64 pidMax()
{
    QFile f(QStringLiteral("/proc/sys/kernel/pid_max"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toULongLong() : 0;
}

QStringList HostFacts::detectUlimits()
{
    QStringList out;
    rlimit r{};
    if (::getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_max != RLIM_INFINITY)
        out << QStringLiteral("nofile=%1:%1").arg(quint64(r.rlim_max));
    // Seen on the build machines: runc cannot set an nproc limit above kernel.pid_max
    // ("error setting rlimit type 6"), even when the hard limit is higher.
    if (::getrlimit(RLIMIT_NPROC, &r) == 0) {
        quint64 nproc = r.rlim_max == RLIM_INFINITY ? pidMax() : quint64(r.rlim_max);
        if (const quint64 cap = pidMax(); cap > 0)
            nproc = qMin(nproc, cap);
        if (nproc > 0)
            out << QStringLiteral("nproc=%1:%1").arg(nproc);
    }
    return out;
}

bool HostFacts::detectDockerRemapsUsers()
{
    if (QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty())
        return false;
    ProcessRunner runner;
    return DockerUserRemap::ask(runner).remaps;
}

HostFacts HostFacts::detect(const QString &stateDir)
{
    HostFacts facts;
    // On a unified host /sys/fs/cgroup is itself a cgroup2 mount; on v1 and hybrid hosts it is a tmpfs.
    facts.cgroupVersion = QStorageInfo(QStringLiteral("/sys/fs/cgroup")).fileSystemType() == "cgroup2" ? 2 : 1;
    QFile comm(QStringLiteral("/proc/1/comm"));
    if (comm.open(QIODevice::ReadOnly))
        facts.pid1IsSystemd = comm.readAll().trimmed() == "systemd";
    if (QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty())
        facts.exportEngine = QStringLiteral("podman");
    facts.stateDir = stateDir;
    QFile userns(QStringLiteral("/proc/sys/user/max_user_namespaces"));
    facts.userNamespaces = userns.open(QIODevice::ReadOnly) && userns.readAll().trimmed().toLongLong() > 0;
    facts.podmanUlimits = UserSettings::load().podmanUlimits.value_or(detectUlimits());
    if (facts.cgroupVersion == 2)
        facts.dockerRemapsUsers = detectDockerRemapsUsers();
    return facts;
}

} // namespace initbench
