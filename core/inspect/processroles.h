#pragma once
#include "inspect/processinfo.h"

#include <QByteArray>

namespace initbench {

// The cgroup path systemd manages, from a /proc/PID/cgroup file: the "name=systemd" hierarchy
// on a cgroup v1 host, else the unified ("0::") one. Empty when there is neither.
QString systemdCgroupPath(const QByteArray &cgroupFile);

// The systemd unit a process runs in: the last component of its cgroup path below the
// container's own cgroup (containerRoot), when it names a unit ("ssh.service", "init.scope").
// A process in the container's root cgroup (any init but systemd) has none.
QString unitFromCgroupPath(const QString &path, const QString &containerRoot);

// The container's own cgroup from its PID 1's path: systemd moves itself into "init.scope".
QString containerCgroupRoot(const QString &leaderPath);

// Marks PID 1 (or the process with the init's host PID, when container PIDs are unknown),
// supervisors by name, and the first process of each systemd unit.
void markRoles(QList<ProcessInfo> &processes, qint64 leaderHostPid);

// One process's role, as markRoles gives it: parent is the process with its parentId in the
// same snapshot, null when there is none. For sources that already index their processes.
ProcessRole roleOf(const ProcessInfo &process, const ProcessInfo *parent, qint64 leaderHostPid);

} // namespace initbench
