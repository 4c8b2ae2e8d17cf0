#include "recipe/hostfacts.h"

#include "catalog/engines.h"

#include <QFile>
#include <QStandardPaths>
#include <QStorageInfo>

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
    return facts;
}

} // namespace initbench
