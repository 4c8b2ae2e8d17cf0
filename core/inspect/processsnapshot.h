#pragma once
#include "inspect/processsource.h"

#include <QHash>

#include <memory>
#include <utility>
#include <vector>

namespace initbench {

// A local container's processes read straight from the host's /proc (the proc root is a
// parameter so tests lay out a fake one). Members are the processes in the PID namespace of
// the container's init (leaderHostPid); their container PID comes from NSpid and user names
// from the container's own /etc/passwd, read through /proc/LEADER/root.
//
// Built for refreshing every second with thousands of processes. Each refresh lists /proc
// (that is how new processes are found) and reads one stat file per member; everything else is
// read once: whether a PID is in the container, when it first appears in the listing (kept by
// PID and the inode of its /proc entry, which a new process under a reused PID does not share,
// so host processes are never opened again), and a member's command line, cgroup, NSpid and
// user (read again only when stat shows another start time or name: a reused PID, or exec()).
// CPU % is the share of one CPU between two refreshes (on the first, over the process's
// lifetime, as ps shows it). Processes come out ordered by host PID.
class ProcSnapshotSource : public IProcessSource
{
public:
    ProcSnapshotSource(QString procRoot, qint64 leaderHostPid);
    ~ProcSnapshotSource() override;
    ProcSnapshotSource(const ProcSnapshotSource &) = delete;
    ProcSnapshotSource &operator=(const ProcSnapshotSource &) = delete;

    ProcessSnapshot refresh() override;

private:
    struct Member {
        ProcessInfo info;     // what is read once, plus this refresh's stat fields
        QByteArray comm;      // when stat shows another name, the process exec()ed: read it again
        quint64 cpuTicks = 0; // utime + stime at the last refresh
        quint32 stateKey = 0; // what info.state was made from
        bool known = false;   // the read-once parts are in info
    };
    // One PID of the /proc listing. Kept sorted by PID, as procfs lists them, so each refresh
    // merges its listing with the last one instead of hashing every host PID.
    struct Slot {
        qint64 pid = 0;
        quint64 inode = 0; // of /proc/PID; 0 when it must be looked at again
        std::unique_ptr<Member> member; // null: not in the container
    };
    enum class Membership { In, Out, Unknown };

    bool init(QString *error);
    bool list(QString *error); // this refresh's (PID, inode) pairs into m_listing, by PID
    void merge();              // m_slots for m_listing: known PIDs kept, new ones looked at
    Membership membership(qint64 pid) const;
    bool readStat(Slot &slot, double uptime, double elapsed, char *buffer, size_t size);
    bool readStatic(qint64 pid, Member &m, quint64 startTicks);
    Member *memberOf(qint64 pid) const;
    double readUptime() const;
    QString userName(uint uid);
    QString path(qint64 pid, const char *file) const;

    QString m_root;
    qint64 m_leader;
    QString m_sourceText;
    bool m_ready = false;
    int m_procFd = -1;          // the proc root, open for the source's life
    QByteArray m_leaderNs;      // target of the init's ns/pid link
    int m_nsLevel = 0;          // index into NSpid of the container's namespace
    QString m_cgroupRoot;
    qint64 m_bootTime = 0;      // seconds since the epoch
    long m_ticksPerSecond = 100;
    qint64 m_pageKb = 4;
    double m_lastUptime = -1;
    QHash<uint, QString> m_users;
    bool m_usersLoaded = false;
    std::vector<Slot> m_slots;  // by PID
    std::vector<Slot> m_spare;  // the next m_slots, built by merge(); kept for its capacity
    std::vector<std::pair<qint64, quint64>> m_listing;
    std::vector<char> m_dents;  // getdents64 buffer
};

// Reads a small file whole with plain system calls (the refresh loop reads thousands).
// Returns false when it cannot be opened (the process has gone). The At form opens path
// relative to the directory dirFd.
bool readSmallFile(const char *path, QByteArray *content);
bool readSmallFileAt(int dirFd, const char *path, QByteArray *content);

} // namespace initbench
