#pragma once
#include "inspect/processsource.h"

#include <QHash>

#include <unordered_map>

namespace initbench {

// A local container's processes read straight from the host's /proc (the proc root is a
// parameter so tests lay out a fake one). Members are the processes in the PID namespace of
// the container's init (leaderHostPid); their container PID comes from NSpid and user names
// from the container's own /etc/passwd, read through /proc/LEADER/root.
//
// Built for refreshing every second with thousands of processes: a process's command line,
// cgroup, namespace and user are read once (cached by host PID and start time, and read again
// only when it exec()s another program), so a refresh reads one stat file per member. CPU %
// is the share of one CPU between two refreshes (on the first, over the process's lifetime,
// as ps shows it).
class ProcSnapshotSource : public IProcessSource
{
public:
    ProcSnapshotSource(QString procRoot, qint64 leaderHostPid);
    ProcessSnapshot refresh() override;

private:
    struct Entry {
        quint64 inode = 0;  // of /proc/PID in the listing: a new process there gets a new one
        bool member = false;
        quint64 startTicks = 0;
        QByteArray comm;    // when stat shows another name, the process exec()ed: read it again
        ProcessInfo info;   // the parts that do not change between refreshes
        quint64 cpuTicks = 0;
        quint32 stateKey = 0; // the stat fields the state text is made of
        bool seen = false;
    };

    bool init(QString *error);
    bool readStatic(qint64 pid, Entry &e);
    QString userName(uint uid);
    QString path(qint64 pid, const char *file) const;

    QString m_root;
    qint64 m_leader;
    bool m_ready = false;
    QByteArray m_leaderNs;      // target of the init's ns/pid link
    int m_nsLevel = 0;          // index into NSpid of the container's namespace
    QString m_cgroupRoot;
    qint64 m_bootTime = 0;      // seconds since the epoch
    long m_ticksPerSecond = 100;
    qint64 m_pageKb = 4;
    double m_lastUptime = -1;
    QHash<uint, QString> m_users;
    bool m_usersLoaded = false;
    std::unordered_map<qint64, Entry> m_cache; // node-based: entries keep their address while it grows
};

// Reads a small file whole with plain system calls (the refresh loop reads thousands).
// Returns false when it cannot be opened (the process has gone).
bool readSmallFile(const char *path, QByteArray *content);

} // namespace initbench
