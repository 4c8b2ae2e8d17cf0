#include "engine/leaderscan.h"

#include <QDir>
#include <QFile>

namespace initbench {

static bool inContainer(qint64 pid, const QByteArray &id)
{
    QFile f(QStringLiteral("/proc/%1/cgroup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray cgroups = f.readAll();
    return cgroups.contains(id) && !cgroups.contains("conmon");
}

bool cgroupNamesContainer(qint64 pid, const QString &containerId)
{
    return pid > 0 && containerId.size() >= 12 && inContainer(pid, containerId.toLatin1());
}

static qint64 parentOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.value(1).toLongLong();
}

qint64 findLeaderByCgroup(const QString &containerId)
{
    if (containerId.size() < 12)
        return 0;
    const QByteArray id = containerId.toLatin1();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric && inContainer(pid, id) && !inContainer(parentOf(pid), id))
            return pid;
    }
    return 0;
}

} // namespace initbench
