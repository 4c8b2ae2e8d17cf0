#include "engine/access/containeraccess.h"

#include "engine/access/saferead.h"
#include "engine/dockercli.h"
#include "engine/leaderscan.h"
#include "engine/nspawn/nspawnmachines.h"

#include <QAtomicInteger>
#include <QFile>

#include <unistd.h>

namespace initbench {

namespace {
const int kQuickMs = 30 * 1000;
const qint64 kSmallFileCap = 4LL << 20;
QAtomicInteger<qint64> g_historyCap = 256LL << 20;

bool isNspawn(const ContainerState &c) { return c.engine == QLatin1String("nspawn"); }

QString sizeText(qint64 bytes) { return QStringLiteral("%1 MiB").arg(double(bytes) / (1 << 20), 0, 'f', bytes % (1 << 20) ? 1 : 0); }

QString whyNotLocal()
{
    return ::geteuid() != 0 ? QStringLiteral("not root") : QStringLiteral("remote engine");
}
} // namespace

qint64 ContainerAccess::capFor(const QString &path)
{
    // Login histories grow for years; everything else read here is a few KiB.
    if (path.endsWith(QLatin1String("/wtmp")) || path.endsWith(QLatin1String("/btmp")) || path.endsWith(QLatin1String(".db")))
        return g_historyCap.loadRelaxed();
    return kSmallFileCap;
}

void ContainerAccess::setHistoryCap(qint64 bytes) { g_historyCap.storeRelaxed(qMax<qint64>(bytes, 1)); }

bool ContainerAccess::leaderIsLocal(const ContainerState &c)
{
    if (::geteuid() != 0 || c.hostPid <= 0)
        return false;
    if (isNspawn(c))
        return true;
    return cgroupNamesContainer(c.hostPid, c.id);
}

OpResult ContainerAccess::readFile(const ContainerState &container, const QString &path, QByteArray *content, QString *how)
{
    const qint64 cap = capFor(path);
    if (leaderIsLocal(container)) {
        // Files distributions ship as links are followed, inside the root (os-release points into
        // /usr/lib; Debian's wtmpdb package links wtmp.db to /var/log). Any other link is refused.
        const bool shippedAsLink = path == QLatin1String("/etc/os-release") || path == QLatin1String("/var/lib/wtmpdb/wtmp.db");
        const auto link = shippedAsLink ? SafeRead::FinalLink::FollowInside : SafeRead::FinalLink::Refuse;
        const SafeRead::Result r = SafeRead::fileOfProcess(container.hostPid, path, cap, link);
        if (!r.unsupported) {
            *how = QStringLiteral("read as data under /proc/%1/root").arg(container.hostPid);
            if (!r.ok)
                return OpResult::failure(QStringLiteral("cannot read %1 in %2: %3").arg(path, container.name, r.error));
            if (r.truncated)
                *how += QStringLiteral("; warning: only its first %1 were read (the file is larger)").arg(sizeText(cap));
            *content = r.bytes;
            return {};
        }
        if (isNspawn(container))
            return OpResult::failure(QStringLiteral("cannot read %1 in %2: this kernel has no openat2 (Linux 5.6+)").arg(path, container.name));
    }
    *how = QStringLiteral("read with head -c through %1 (local fast path off: %2)").arg(container.engine, whyNotLocal());
    const CommandResult r = m_runner.run(execCommand(container, {QStringLiteral("head"), QStringLiteral("-c"), QString::number(cap + 1), QStringLiteral("--"), path}, false), kQuickMs);
    if (!r.ok())
        return OpResult::failure(QStringLiteral("cannot read %1 in %2: %3").arg(path, container.name, r.details()));
    *content = r.standardOutput.left(int(qMin<qint64>(cap, INT_MAX)));
    if (r.standardOutput.size() > cap)
        *how += QStringLiteral("; warning: only its first %1 were read (the file is larger)").arg(sizeText(cap));
    return {};
}

OpResult ContainerAccess::readLink(const ContainerState &container, const QString &path, QString *target, QString *how)
{
    if (leaderIsLocal(container)) {
        const SafeRead::Result r = SafeRead::linkOfProcess(container.hostPid, path);
        if (!r.unsupported) {
            *how = QStringLiteral("read as data under /proc/%1/root").arg(container.hostPid);
            if (!r.ok)
                return OpResult::failure(QStringLiteral("cannot read the link %1 in %2: %3").arg(path, container.name, r.error));
            // Links in /proc name paths as this process sees them: the container's own files lie
            // under its root, wherever the engine mounted it.
            QString link = QString::fromUtf8(r.bytes);
            const QString root = QFile::symLinkTarget(QStringLiteral("/proc/%1/root").arg(container.hostPid));
            if (root != QLatin1String("/") && link.startsWith(root + QLatin1Char('/')))
                link = link.mid(root.size());
            *target = link;
            return {};
        }
    }
    *how = QStringLiteral("read with readlink through %1").arg(container.engine);
    const CommandResult r = m_runner.run(execCommand(container, {QStringLiteral("readlink"), QStringLiteral("--"), path}, false), kQuickMs);
    if (!r.ok())
        return OpResult::failure(QStringLiteral("cannot read the link %1 in %2: %3").arg(path, container.name, r.details()));
    *target = QString::fromUtf8(r.standardOutput.left(4096)).trimmed();
    return {};
}

QStringList ContainerAccess::existingPaths(const ContainerState &container, const QStringList &paths)
{
    QStringList existing;
    if (leaderIsLocal(container)) {
        for (const QString &p : paths)
            if (SafeRead::existsForProcess(container.hostPid, p))
                existing << p;
        return existing;
    }
    // ls -d prints the ones that exist and complains about the others (exit status 2).
    const CommandResult r = m_runner.run(execCommand(container, QStringList{QStringLiteral("ls"), QStringLiteral("-d"), QStringLiteral("--")} + paths, false), kQuickMs);
    for (const QString &line : QString::fromUtf8(r.standardOutput.left(64 * 1024)).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (paths.contains(line.trimmed()))
            existing << line.trimmed();
    return existing;
}

CommandResult ContainerAccess::runInside(const ContainerState &container, const QStringList &argv, int timeoutMs)
{
    return m_runner.run(execCommand(container, argv, false), timeoutMs);
}

CommandLine ContainerAccess::readinessCommand(const ContainerState &container, const QString &condition) const
{
    const QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), condition};
    if (canEnter(container))
        return entry(container.hostPid, argv);
    return execCommand(container, argv, false);
}

CommandLine ContainerAccess::execCommand(const ContainerState &container, const QStringList &argv, bool tty) const
{
    if (isNspawn(container))
        return entry(container.hostPid > 0 ? container.hostPid : m_machines.leaderPid(container.name), argv);
    return DockerCli(container.engine).exec(container.name, argv, tty);
}

CommandLine ContainerAccess::entry(qint64 pid, const QStringList &argv) const
{
    // Without a known path to this binary, the one on PATH: still the confined entry.
    const QStringList base = m_entry.isEmpty() ? QStringList{QStringLiteral("initbench-enter")} : m_entry;
    return {base.constFirst(), base.mid(1) + QStringList{QString::number(pid), QStringLiteral("--")} + argv, {}};
}

} // namespace initbench
