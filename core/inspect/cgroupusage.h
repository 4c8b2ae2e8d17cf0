#pragma once
#include <QString>

namespace initbench {

// What a container uses, as its cgroup counts it: every process in it, whatever the init.
// -1: not known (the controller is not mounted, or the file could not be read).
struct CgroupUsage {
    qint64 cpuNanoseconds = -1; // CPU time used since the cgroup was made
    qint64 memoryBytes = -1;    // in use, without the page cache the kernel can drop (as `docker stats`)
    int processes = -1;
    QString unknownWhy; // when nothing is known: why, for the user

    bool known() const { return cpuNanoseconds >= 0 || memoryBytes >= 0 || processes >= 0; }
};

// Reads a running container's usage from the host: the cgroup of its init (/proc/PID/cgroup),
// then that cgroup's counters under /sys/fs/cgroup, cgroup v2 or v1. A cgroup the init shares
// with the process that started it (systemd-nspawn on a host without systemd runs the machine
// in its own cgroup) or the root cgroup counts the host's processes, not the container's: it
// is not read, and unknownWhy says so. Only files the kernel
// writes are read, each bounded; a path the container could have chosen (it may make cgroups
// of its own) is only ever a path below the cgroup root, never followed out of it. Quick (a
// handful of small reads), so it may run on the GUI thread.
class CgroupUsageReader
{
public:
    explicit CgroupUsageReader(QString procRoot = QStringLiteral("/proc"), QString cgroupRoot = QStringLiteral("/sys/fs/cgroup"));

    CgroupUsage read(qint64 leaderHostPid) const;

private:
    QString m_procRoot;
    QString m_cgroupRoot;
};

} // namespace initbench
