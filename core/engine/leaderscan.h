#pragma once
#include <QString>

namespace initbench {

// The host PID of a local container's PID 1, found in /proc without asking the engine: the
// process whose cgroup names the container while its parent's does not (the engine's shim).
// 0 when there is none (not started yet, another machine, or /proc not readable).
qint64 findLeaderByCgroup(const QString &containerId);

// Whether pid runs inside the container: its cgroup path names the container's ID. podman's
// conmon, whose cgroup may be "libpod-conmon-<ID>.scope", is outside.
bool cgroupNamesContainer(qint64 pid, const QString &containerId);

} // namespace initbench
