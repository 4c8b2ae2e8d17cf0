#include "inspect/cgroupusage.h"

#include "inspect/processroles.h"

#include <QFile>
#include <QHash>
#include <QList>

namespace initbench {

namespace {

const qint64 kMaxCgroupList = 16 * 1024; // /proc/PID/cgroup: a line per hierarchy
const qint64 kMaxCounter = 64;           // one number
const qint64 kMaxStat = 8 * 1024;        // cpu.stat, memory.stat

QByteArray readBounded(const QString &path, qint64 max)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(max);
}

qint64 number(const QByteArray &text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

// "key value" lines (cpu.stat, memory.stat): the value of key, or -1.
qint64 statValue(const QByteArray &stat, const QByteArray &key)
{
    for (const QByteArray &line : stat.split('\n')) {
        const int space = line.indexOf(' ');
        if (space > 0 && line.left(space) == key)
            return number(line.mid(space + 1));
    }
    return -1;
}

// A cgroup path as /proc/PID/cgroup gives it, to put below a hierarchy's root: absolute, and
// nothing in it that could lead out (cgroup names cannot hold '/', but a reader must not rely
// on the file being what the kernel wrote).
bool safeCgroupPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')) || path.contains(QChar(0)))
        return false;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    return true;
}

} // namespace

CgroupUsageReader::CgroupUsageReader(QString procRoot, QString cgroupRoot)
    : m_procRoot(std::move(procRoot)), m_cgroupRoot(std::move(cgroupRoot))
{
}

namespace {

struct CgroupPaths {
    QHash<QString, QString> v1;     // "controllers" field (the hierarchy's folder) -> path
    QString unified;                // the v2 path, "" when none
};

CgroupPaths parseCgroupList(const QByteArray &list)
{
    CgroupPaths paths;
    for (const QByteArray &line : list.split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        if (fields.size() < 3)
            continue;
        // The path may hold ':' itself: everything after the second one.
        const QString path = QString::fromUtf8(line.mid(fields[0].size() + fields[1].size() + 2));
        if (fields[1].isEmpty()) {
            if (fields[0] == "0")
                paths.unified = path;
        } else {
            paths.v1.insert(QString::fromUtf8(fields[1]), path);
        }
    }
    return paths;
}

qint64 parentPid(const QByteArray &status)
{
    for (const QByteArray &line : status.split('\n'))
        if (line.startsWith("PPid:"))
            return number(line.mid(5));
    return -1;
}

} // namespace

CgroupUsage CgroupUsageReader::read(qint64 leaderHostPid) const
{
    CgroupUsage usage;
    if (leaderHostPid <= 0)
        return usage;
    const QString proc = QStringLiteral("%1/%2/").arg(m_procRoot).arg(leaderHostPid);
    const CgroupPaths leader = parseCgroupList(readBounded(proc + QStringLiteral("cgroup"), kMaxCgroupList));
    const qint64 ppid = parentPid(readBounded(proc + QStringLiteral("status"), kMaxStat));
    const CgroupPaths parent = ppid > 0 ? parseCgroupList(readBounded(QStringLiteral("%1/%2/cgroup").arg(m_procRoot).arg(ppid), kMaxCgroupList))
                                        : CgroupPaths{};
    // The container's own cgroup: not the root, not its starter's, nothing leading out.
    const auto own = [](const QString &path, const QString &starters) {
        return safeCgroupPath(path) && path != QLatin1String("/") && path != starters;
    };
    bool shared = false;

    QHash<QString, QString> v1Folders; // controller -> root/<hierarchy>/<container's cgroup>
    for (auto it = leader.v1.constBegin(); it != leader.v1.constEnd(); ++it) {
        const QString &controllers = it.key();
        if (controllers.contains(QLatin1Char('/')) || controllers.contains(QLatin1String("..")))
            continue;
        if (!own(it.value(), parent.v1.value(controllers))) {
            shared = shared || safeCgroupPath(it.value());
            continue;
        }
        const QString path = containerCgroupRoot(it.value());
        for (const QString &controller : controllers.split(QLatin1Char(',')))
            v1Folders.insert(controller, m_cgroupRoot + QLatin1Char('/') + controllers + path);
    }
    QString unified;
    if (own(leader.unified, parent.unified))
        unified = containerCgroupRoot(leader.unified);
    else
        shared = shared || (!leader.unified.isEmpty() && safeCgroupPath(leader.unified));
    const auto whyUnknown = [&] {
        if (!usage.known() && shared)
            usage.unknownWhy = QStringLiteral("the container has no cgroup of its own: its init shares the cgroup of the process "
                                              "that started it, which counts more than the container");
    };

    if (!v1Folders.isEmpty()) {
        if (const QString cpu = v1Folders.value(QStringLiteral("cpuacct")); !cpu.isEmpty())
            usage.cpuNanoseconds = number(readBounded(cpu + QStringLiteral("/cpuacct.usage"), kMaxCounter));
        if (const QString memory = v1Folders.value(QStringLiteral("memory")); !memory.isEmpty()) {
            const qint64 used = number(readBounded(memory + QStringLiteral("/memory.usage_in_bytes"), kMaxCounter));
            const qint64 inactive = statValue(readBounded(memory + QStringLiteral("/memory.stat"), kMaxStat), "total_inactive_file");
            usage.memoryBytes = used >= 0 && inactive >= 0 && inactive <= used ? used - inactive : used;
        }
        if (const QString pids = v1Folders.value(QStringLiteral("pids")); !pids.isEmpty())
            usage.processes = int(qMin<qint64>(number(readBounded(pids + QStringLiteral("/pids.current"), kMaxCounter)), 1 << 30));
        whyUnknown();
        return usage;
    }
    if (unified.isEmpty()) {
        whyUnknown();
        return usage;
    }
    const QString folder = m_cgroupRoot + unified;
    const qint64 usec = statValue(readBounded(folder + QStringLiteral("/cpu.stat"), kMaxStat), "usage_usec");
    usage.cpuNanoseconds = usec >= 0 && usec < (qint64(1) << 53) ? usec * 1000 : -1;
    const qint64 used = number(readBounded(folder + QStringLiteral("/memory.current"), kMaxCounter));
    const qint64 inactive = statValue(readBounded(folder + QStringLiteral("/memory.stat"), kMaxStat), "inactive_file");
    usage.memoryBytes = used >= 0 && inactive >= 0 && inactive <= used ? used - inactive : used;
    usage.processes = int(qMin<qint64>(number(readBounded(folder + QStringLiteral("/pids.current"), kMaxCounter)), 1 << 30));
    whyUnknown();
    return usage;
}

} // namespace initbench
