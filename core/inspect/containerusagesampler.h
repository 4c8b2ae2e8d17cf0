#pragma once
#include "inspect/cgroupusage.h"
#include "inspect/resourcehistory.h"

#include <QString>

#include <memory>

namespace initbench {

class ProcSnapshotSource;

// Reads one running container's usage into its history: from its cgroup when it has one of its
// own (every process in it counted by the kernel), else summed over the processes in its PID
// namespace, read from /proc (systemd-nspawn on a host without systemd runs the machine in its
// supervisor's cgroup): CPU shares between readings, resident memory (pages shared between
// processes counted for each) and the number of processes. source() says which, for the user.
class ContainerUsageSampler
{
public:
    explicit ContainerUsageSampler(qint64 leaderHostPid, QString procRoot = QStringLiteral("/proc"),
                                   QString cgroupRoot = QStringLiteral("/sys/fs/cgroup"));
    ~ContainerUsageSampler();
    ContainerUsageSampler(const ContainerUsageSampler &) = delete;
    ContainerUsageSampler &operator=(const ContainerUsageSampler &) = delete;

    void sampleInto(ResourceHistory &history, qint64 atMs);
    QString source() const { return m_source; }
    QString unknownWhy() const { return m_unknownWhy; }

private:
    qint64 m_leader;
    QString m_procRoot;
    CgroupUsageReader m_cgroups;
    std::unique_ptr<ProcSnapshotSource> m_processes; // made when the cgroup cannot be read
    bool m_processesRead = false;
    QString m_source;
    QString m_unknownWhy;
};

} // namespace initbench
