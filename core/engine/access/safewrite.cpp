#include "engine/access/safewrite.h"

#include "util/uniquefd.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace initbench {

namespace {

QString failure(const QString &what, int error)
{
    return QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace

QString SafeWrite::file(const QString &rootTree, const QString &path, const QByteArray &content, int mode)
{
    const QString folder = QFileInfo(path).path();
    const QByteArray name = QFileInfo(path).fileName().toUtf8();
    if (!path.startsWith(QLatin1Char('/')) || name.isEmpty() || name == "." || name == "..")
        return QStringLiteral("%1 is not a file path inside the container").arg(path);
    UniqueFd root(::open(QFile::encodeName(rootTree).constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    struct stat rootStat{};
    if (root.get() < 0 || ::fstat(root.get(), &rootStat) != 0)
        return failure(rootTree, errno);

    open_how how{};
    how.flags = O_PATH | O_DIRECTORY | O_CLOEXEC;
    how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
    UniqueFd dir(int(::syscall(SYS_openat2, root.get(), folder.toUtf8().constData(), &how, sizeof how)));
    if (dir.get() < 0)
        return failure(QStringLiteral("%1 in %2").arg(folder, rootTree), errno);

    const QByteArray temporary = "." + name + ".initbench-new";
    ::unlinkat(dir.get(), temporary.constData(), 0);
    UniqueFd out(::openat(dir.get(), temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (out.get() < 0)
        return failure(QStringLiteral("creating %1 in %2").arg(path, rootTree), errno);
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(out.get(), content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    // No fsync: the file is written again before every boot that needs it, and a boot waits.
    const int saved = errno;
    const bool ok = written == content.size() && ::fchown(out.get(), rootStat.st_uid, rootStat.st_gid) == 0
                    && ::fchmod(out.get(), mode_t(mode)) == 0
                    && ::renameat(dir.get(), temporary.constData(), dir.get(), name.constData()) == 0;
    if (!ok) {
        const int error = written == content.size() ? errno : saved;
        ::unlinkat(dir.get(), temporary.constData(), 0);
        return failure(QStringLiteral("writing %1 in %2").arg(path, rootTree), error);
    }
    return {};
}

} // namespace initbench
