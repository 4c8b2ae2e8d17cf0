#include "util/namelock.h"

#include "process/cancelscope.h"
#include "util/apppaths.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace initbench {

NameLock::NameLock(const QString &dataDir, const QString &name, const QString &operation, Mode mode)
{
    const QString dir = QDir(dataDir).filePath(QStringLiteral("locks"));
    if (const QString e = AppPaths::secureFolder(dir); !e.isEmpty()) {
        m_error = e;
        return;
    }
    const QString path = QDir(dir).filePath(name + QStringLiteral(".lock"));
    // O_CLOEXEC: a supervisor started while the lock is held must not inherit it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        m_error = QStringLiteral("cannot open the lock %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    // Polled rather than blocked on, so that a Cancel ends the wait.
    while (mode == Mode::Wait && ::flock(fd, LOCK_EX | LOCK_NB) != 0 && !CancelScope::cancelled())
        ::usleep(100 * 1000);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char holder[128] = {};
        ::pread(fd, holder, sizeof holder - 1, 0);
        ::close(fd);
        m_error = QStringLiteral("%1 is busy: another Initbench is working on it (%2); try again when it is done")
                      .arg(name, QString::fromUtf8(holder).trimmed().left(100));
        return;
    }
    const QByteArray who = QStringLiteral("%1, process %2\n").arg(operation).arg(::getpid()).toUtf8();
    if (::ftruncate(fd, 0) == 0)
        ::pwrite(fd, who.constData(), size_t(who.size()), 0);
    m_fd = fd;
}

NameLock::~NameLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

} // namespace initbench
