#pragma once
#include "engine/containerstate.h"
#include "engine/progresssink.h"
#include "process/commandline.h"
#include "process/commandresult.h"
#include "process/icommandrunner.h"

#include <QStringList>

namespace initbench {

class NspawnMachines;

// The only way Initbench looks into or acts inside a running container.
//  - Programs run confined: docker/podman exec (the engine's capabilities, seccomp, cgroup and
//    LSM profile), or, for a local init, `initbench-enter` (app/enter), which takes the
//    same from the container's init. Never nsenter with the host's capabilities.
//  - Files are read as data under the container's root (SafeRead): regular files only, size
//    capped, symlinks resolved inside the container. Without openat2, through the engine's exec.
class ContainerAccess
{
public:
    ContainerAccess(ICommandRunner &runner, const NspawnMachines &machines) : m_runner(runner), m_machines(machines) {}

    // The command that runs `initbench-enter` (beside this binary); without it no local init is
    // entered: docker and podman go through their exec, nspawn cannot be entered.
    void setEntryCommand(QStringList command) { m_entry = std::move(command); }

    // The most read of one file; 256 MiB for login histories (wtmp, wtmpdb), a few MiB otherwise.
    static qint64 capFor(const QString &path);
    static void setHistoryCap(qint64 bytes);

    // Reads a file inside a running container. *how says which way, and that only the first
    // part was read when the file is larger than its cap.
    OpResult readFile(const ContainerState &container, const QString &path, QByteArray *content, QString *how);
    // The target of a symbolic link inside a running container (never followed).
    OpResult readLink(const ContainerState &container, const QString &path, QString *target, QString *how);
    // Which of paths exist inside a running container.
    QStringList existingPaths(const ContainerState &container, const QStringList &paths);
    // Runs argv inside a running container, confined, and returns its result.
    CommandResult runInside(const ContainerState &container, const QStringList &argv, int timeoutMs = 30 * 1000);
    // The command that runs argv inside (docker/podman exec, or the confined entry for nspawn).
    CommandLine execCommand(const ContainerState &container, const QStringList &argv, bool tty) const;
    // up's readiness check: a local init is entered directly (a few ms, where the engine's exec
    // takes 0.1 s or more), through the same confined entry.
    CommandLine readinessCommand(const ContainerState &container, const QString &condition) const;

    // Whether the container's init is a process of this machine we may read (root, and its
    // cgroup names the container): the fast paths through /proc then apply.
    static bool leaderIsLocal(const ContainerState &container);
    // Whether a local init can be entered confined here (the entry command is known).
    bool canEnter(const ContainerState &container) const { return !m_entry.isEmpty() && leaderIsLocal(container); }

private:
    CommandLine entry(qint64 pid, const QStringList &argv) const;

    ICommandRunner &m_runner;
    const NspawnMachines &m_machines;
    QStringList m_entry;
};

} // namespace initbench
