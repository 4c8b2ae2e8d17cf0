#include "engine/access/saferead.h"

#include "util/uniquefd.h"

#include <cerrno>
#include <climits>
#include <cstring>

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace initbench {

namespace {

int openInRoot(int rootFd, const QByteArray &path, quint64 flags)
{
    open_how how{};
    how.flags = flags | O_CLOEXEC;
    how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
    return int(::syscall(SYS_openat2, rootFd, path.constData(), &how, sizeof how));
}

QString errorText(const QString &path, int error)
{
    if (error == ELOOP)
        return QStringLiteral("%1 is a symbolic link; not followed").arg(path);
    return QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

QString typeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device node");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISLNK(mode))
        return QStringLiteral("a symbolic link (not followed)");
    if (S_ISDIR(mode))
        return QStringLiteral("a directory");
    return QStringLiteral("not a regular file");
}

int openRoot(qint64 pid)
{
    return ::open(QByteArray("/proc/" + QByteArray::number(pid) + "/root").constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
}

} // namespace

SafeRead::Result SafeRead::file(int rootFd, const QString &path, qint64 maxBytes, FinalLink link)
{
    Result r;
    // O_PATH first: nothing is opened for reading until fstat says it is a regular file (opening
    // a device node can act, a FIFO can block). The read then reopens that same inode through
    // this process's own fd, so nothing can be swapped in between.
    const quint64 noFollow = link == FinalLink::Refuse ? O_NOFOLLOW : 0;
    UniqueFd handle(openInRoot(rootFd, path.toUtf8(), O_PATH | noFollow));
    if (handle.get() < 0) {
        r.unsupported = errno == ENOSYS;
        r.error = errorText(path, errno);
        return r;
    }
    struct stat st {};
    if (::fstat(handle.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        r.error = QStringLiteral("%1 is %2; not read").arg(path, typeName(st.st_mode));
        return r;
    }
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(handle.get());
    UniqueFd fd(::open(self.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (fd.get() < 0) {
        r.error = errorText(path, errno);
        return r;
    }
    r.bytes.reserve(int(qMin<qint64>(st.st_size, maxBytes) + 1));
    char buf[65536];
    while (r.bytes.size() <= maxBytes) {
        const ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            r.error = errorText(path, errno);
            return r;
        }
        if (n == 0)
            break;
        r.bytes.append(buf, int(n));
    }
    if (r.bytes.size() > maxBytes) {
        r.bytes.truncate(int(maxBytes));
        r.truncated = true;
    }
    r.ok = true;
    return r;
}

SafeRead::Result SafeRead::link(int rootFd, const QString &path)
{
    Result r;
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash <= 0 ? QStringLiteral("/") : path.left(slash);
    UniqueFd parent(openInRoot(rootFd, dir.toUtf8(), O_PATH | O_DIRECTORY));
    if (parent.get() < 0) {
        r.unsupported = errno == ENOSYS;
        r.error = errorText(dir, errno);
        return r;
    }
    char target[PATH_MAX];
    const ssize_t n = ::readlinkat(parent.get(), path.mid(slash + 1).toUtf8().constData(), target, sizeof target);
    if (n < 0) {
        r.error = errorText(path, errno);
        return r;
    }
    r.bytes = QByteArray(target, int(n));
    r.truncated = n == sizeof target;
    r.ok = true;
    return r;
}

bool SafeRead::exists(int rootFd, const QString &path)
{
    UniqueFd handle(openInRoot(rootFd, path.toUtf8(), O_PATH));
    return handle.get() >= 0;
}

SafeRead::Result SafeRead::fileOfProcess(qint64 pid, const QString &path, qint64 maxBytes, FinalLink link)
{
    UniqueFd root(openRoot(pid));
    if (root.get() < 0) {
        Result r;
        r.error = errorText(QStringLiteral("/proc/%1/root").arg(pid), errno);
        return r;
    }
    return file(root.get(), path, maxBytes, link);
}

SafeRead::Result SafeRead::linkOfProcess(qint64 pid, const QString &path)
{
    UniqueFd root(openRoot(pid));
    if (root.get() < 0) {
        Result r;
        r.error = errorText(QStringLiteral("/proc/%1/root").arg(pid), errno);
        return r;
    }
    return link(root.get(), path);
}

bool SafeRead::existsForProcess(qint64 pid, const QString &path)
{
    UniqueFd root(openRoot(pid));
    return root.get() >= 0 && exists(root.get(), path);
}

} // namespace initbench
