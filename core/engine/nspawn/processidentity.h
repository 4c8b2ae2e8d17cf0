#pragma once
#include <QString>

namespace initbench {

// Who a PID stored on disk was: the boot it ran in, its start time (clock ticks after boot, from
// /proc/PID/stat) and its name. A PID alone can belong to another process after a crash or a
// host reboot; with these, a stale state file names nobody and nothing gets signalled.
struct ProcessIdentity {
    qint64 pid = 0;
    quint64 startTime = 0; // 0: not recorded (a state file from before this was kept)
    QString comm;          // empty: not recorded
    QString bootId;        // empty: not recorded

    // The identity of a running process now (startTime 0 when it is gone).
    static ProcessIdentity of(qint64 pid);
    static QString currentBootId();
    // This PID still names the recorded process: alive and not a zombie, and every recorded
    // part (boot, start time, name) is what it is now.
    bool stillRuns() const;
};

} // namespace initbench
