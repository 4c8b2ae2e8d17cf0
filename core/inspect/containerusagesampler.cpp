#include "inspect/containerusagesampler.h"

#include "inspect/processsnapshot.h"

#include <QFile>

#include <unistd.h>

namespace initbench {

namespace {

QByteArray linkTarget(const QString &path)
{
    char target[128];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
    return n > 0 ? QByteArray(target, int(n)) : QByteArray();
}

} // namespace

ContainerUsageSampler::ContainerUsageSampler(qint64 leaderHostPid, QString procRoot, QString cgroupRoot)
    : m_leader(leaderHostPid), m_procRoot(procRoot), m_cgroups(std::move(procRoot), std::move(cgroupRoot))
{
}

ContainerUsageSampler::~ContainerUsageSampler() = default;

void ContainerUsageSampler::sampleInto(ResourceHistory &history, qint64 atMs)
{
    const CgroupUsage usage = m_cgroups.read(m_leader);
    if (usage.known() || usage.unknownWhy.isEmpty()) {
        m_source = QStringLiteral("its cgroup");
        m_unknownWhy.clear();
        history.add(atMs, usage);
        return;
    }
    // No cgroup of its own: its processes, found by its PID namespace, unless that is this
    // process's own (the host's), where they would be all of the host's.
    const QByteArray namespaceOf = linkTarget(QStringLiteral("%1/%2/ns/pid").arg(m_procRoot).arg(m_leader));
    if (namespaceOf.isEmpty() || namespaceOf == linkTarget(QStringLiteral("%1/self/ns/pid").arg(m_procRoot))) {
        m_source.clear();
        m_unknownWhy = usage.unknownWhy + QStringLiteral(", and its processes share the host's PID namespace");
        history.add(atMs, CgroupUsage{});
        return;
    }
    if (!m_processes)
        m_processes = std::make_unique<ProcSnapshotSource>(m_procRoot, m_leader);
    const ProcessSnapshot snapshot = m_processes->refresh();
    if (!snapshot.ok() || snapshot.processes.isEmpty()) {
        m_source.clear();
        m_unknownWhy = usage.unknownWhy + QStringLiteral(", and its processes could not be read: ") + snapshot.error;
        history.add(atMs, CgroupUsage{});
        return;
    }
    ResourceSample s;
    s.atMs = atMs;
    s.processes = int(snapshot.processes.size());
    s.cpuPercent = 0;
    s.memoryBytes = 0;
    for (const ProcessInfo &p : snapshot.processes) {
        if (p.cpuPercent > 0)
            s.cpuPercent += p.cpuPercent;
        if (p.rssKb > 0)
            s.memoryBytes += p.rssKb * 1024;
    }
    // The first reading's shares are over each process's lifetime, not since the last reading.
    if (!m_processesRead)
        s.cpuPercent = -1;
    m_processesRead = true;
    m_source = QStringLiteral("its processes in /proc (it has no cgroup of its own; memory counts shared pages for each)");
    m_unknownWhy.clear();
    history.addSample(s);
}

} // namespace initbench
