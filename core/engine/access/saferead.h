#pragma once
#include <QByteArray>
#include <QString>

namespace initbench {

// Reads files of a container as data, confined to its root: paths resolve with openat2 under
// RESOLVE_IN_ROOT (an absolute symlink inside the container points inside it, never at the
// host's /etc or /dev) and RESOLVE_NO_MAGICLINKS; only regular files are opened for reading (a
// FIFO, device node or socket is refused before it is opened), and at most maxBytes are read.
class SafeRead
{
public:
    struct Result {
        bool ok = false;
        bool truncated = false; // the file holds more than maxBytes; bytes has the first maxBytes
        bool unsupported = false; // the kernel has no openat2: read another way
        QByteArray bytes;
        QString error;
    };
    enum class FinalLink { Refuse, FollowInside };

    // rootFd: a directory standing for "/" (a container's /proc/PID/root).
    static Result file(int rootFd, const QString &path, qint64 maxBytes, FinalLink link = FinalLink::Refuse);
    static Result link(int rootFd, const QString &path); // the target, in bytes
    static bool exists(int rootFd, const QString &path);

    // The same, with a container's init as host PID: its /proc/PID/root is the root.
    // (Named apart from the root-fd ones: an int PID must never be taken for a descriptor.)
    static Result fileOfProcess(qint64 pid, const QString &path, qint64 maxBytes, FinalLink link = FinalLink::Refuse);
    static Result linkOfProcess(qint64 pid, const QString &path);
    static bool existsForProcess(qint64 pid, const QString &path);
};

} // namespace initbench
