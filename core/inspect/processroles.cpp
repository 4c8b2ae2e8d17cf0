#include "inspect/processroles.h"

#include <QHash>

namespace initbench {

QString processRoleName(ProcessRole role)
{
    switch (role) {
    case ProcessRole::Other: return {};
    case ProcessRole::Init: return QStringLiteral("init");
    case ProcessRole::Supervisor: return QStringLiteral("supervisor");
    case ProcessRole::UnitMain: return QStringLiteral("unit");
    }
    return {};
}

QString systemdCgroupPath(const QByteArray &cgroupFile)
{
    QByteArray unified;
    for (const QByteArray &line : cgroupFile.split('\n')) {
        // "hierarchy-ID:controllers:path"; the path itself may hold ':'.
        const int first = line.indexOf(':');
        const int second = first < 0 ? -1 : line.indexOf(':', first + 1);
        if (second < 0)
            continue;
        const QByteArray controllers = line.mid(first + 1, second - first - 1);
        if (controllers == "name=systemd")
            return QString::fromUtf8(line.mid(second + 1));
        if (line.startsWith("0::"))
            unified = line.mid(second + 1);
    }
    return QString::fromUtf8(unified);
}

QString containerCgroupRoot(const QString &leaderPath)
{
    const QString scope = QStringLiteral("/init.scope");
    return leaderPath.endsWith(scope) ? leaderPath.chopped(scope.size()) : leaderPath;
}

QString unitFromCgroupPath(const QString &path, const QString &containerRoot)
{
    if (containerRoot.isEmpty() || path.size() <= containerRoot.size() || !path.startsWith(containerRoot)
        || path.at(containerRoot.size()) != QLatin1Char('/'))
        return {};
    const QString last = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    static const char *const suffixes[] = {".service", ".scope", ".socket", ".mount", ".swap", ".timer"};
    for (const char *s : suffixes)
        if (last.endsWith(QLatin1String(s)))
            return last;
    return {};
}

static bool isSupervisor(const QString &name)
{
    // One supervisor per service (and runit's/s6's scanners above them): the level between
    // the init and the daemons, which is what shows how the init is built. Compared in place
    // (sizes first), not hashed: this runs for every process on every refresh.
    static const QLatin1String names[] = {QLatin1String("runsv"), QLatin1String("runsvdir"), QLatin1String("s6-supervise"),
                                          QLatin1String("s6-svscan"), QLatin1String("supervise-daemon")};
    for (const QLatin1String n : names)
        if (name == n)
            return true;
    return false;
}

ProcessRole roleOf(const ProcessInfo &p, const ProcessInfo *parent, qint64 leaderHostPid)
{
    if (p.pid == 1 || (leaderHostPid != 0 && p.hostPid == leaderHostPid))
        return ProcessRole::Init;
    if (isSupervisor(p.name))
        return ProcessRole::Supervisor;
    if (p.unit.isEmpty())
        return ProcessRole::Other;
    return parent && parent->unit == p.unit ? ProcessRole::Other : ProcessRole::UnitMain;
}

void markRoles(QList<ProcessInfo> &processes, qint64 leaderHostPid)
{
    QHash<qint64, qsizetype> byId;
    byId.reserve(processes.size());
    for (qsizetype i = 0; i < processes.size(); ++i)
        byId.insert(processes.at(i).id, i);
    for (ProcessInfo &p : processes) {
        const auto parent = byId.constFind(p.parentId);
        p.role = roleOf(p, parent == byId.constEnd() ? nullptr : &processes.at(*parent), leaderHostPid);
    }
}

} // namespace initbench
