#pragma once
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace initbench {

// What a process is for the init's structure: PID 1, a per-service supervisor (runsv,
// s6-supervise, supervise-daemon), or the first process of a systemd unit.
enum class ProcessRole { Other, Init, Supervisor, UnitMain };
QString processRoleName(ProcessRole role); // "", "init", "supervisor", "unit"

// One process of a container, from whichever source could see it (host /proc or the engine).
struct ProcessInfo {
    qint64 id = 0;          // unique within a snapshot: the host PID when known, else the container PID
    qint64 parentId = 0;    // the parent's id; a parent that is not in the snapshot makes this a root
    quint64 startTicks = 0; // start in clock ticks since boot (0: the source cannot tell); with id, the identity
    qint64 pid = 0;         // in the container's PID namespace; 0 when the source cannot tell
    qint64 ppid = 0;        // the parent's container PID; 0 when the parent is outside (as ps shows for PID 1)
    qint64 hostPid = 0;     // 0 when the source cannot tell
    QString name;           // comm: the executable's name, 15 characters at most
    QString user;           // from the container's /etc/passwd; the number when it has no entry
    QString state;          // ps-style: "S", "Ss", "R+", "Z"
    double cpuPercent = -1; // -1: not known
    qint64 rssKb = -1;      // -1: not known
    QDateTime started;      // UTC; invalid when not known
    QString command;        // the command line; "[name]" when it is empty (zombies, kernel threads)
    QString unit;           // systemd unit from the cgroup path ("ssh.service"); empty elsewhere
    ProcessRole role = ProcessRole::Other;

    bool operator==(const ProcessInfo &) const = default;
};

// One refresh of a container's processes.
struct ProcessSnapshot {
    QList<ProcessInfo> processes;
    QString source;      // which source answered, for the user: "/proc on this host", "docker top"
    QString error;       // set when nothing could be read
    QStringList warnings;
    bool ok() const { return error.isEmpty(); }
};

// Identity of a process across snapshots: a PID reused by a new process is another process.
struct ProcessKey {
    qint64 id = 0;
    quint64 startTicks = 0;
    bool isRoot() const { return id == 0; }
    bool operator==(const ProcessKey &) const = default;
};
inline ProcessKey keyOf(const ProcessInfo &p) { return {p.id, p.startTicks}; }
inline size_t qHash(const ProcessKey &k, size_t seed = 0) { return qHashMulti(seed, k.id, k.startTicks); }

} // namespace initbench
