#include "engine/sshportreservations.h"

#include "util/apppaths.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <unistd.h>

namespace initbench {

namespace {

// A port the kernel gives for 127.0.0.1 right now: free there, and in its ephemeral range,
// away from the well-known ports people set by hand.
// Binds 127.0.0.1:port (0: a port the kernel chooses) and says which port that was; 0 when
// the port is taken.
int bindablePort(int wanted)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(quint16(wanted));
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

constexpr qint64 kMaxFileBytes = 16;

} // namespace

SshPortReservations::SshPortReservations(QString dataDir) : m_dataDir(std::move(dataDir)) { }

QString SshPortReservations::directory() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("ports"));
}

QString SshPortReservations::fileOf(const QString &name) const
{
    return QDir(directory()).filePath(name);
}

int SshPortReservations::reserved(const QString &name) const
{
    QFile f(fileOf(name));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const int port = f.read(kMaxFileBytes).trimmed().toInt(&ok);
    return ok && port > 0 && port <= 65535 ? port : 0;
}

QSet<int> SshPortReservations::allReserved() const
{
    QSet<int> ports;
    for (const QString &name : QDir(directory()).entryList(QDir::Files | QDir::NoDotAndDotDot))
        if (const int port = reserved(name); port > 0)
            ports.insert(port);
    return ports;
}

int SshPortReservations::pickFree(const QSet<int> &taken, int preferred) const
{
    if (preferred > 0 && preferred <= 65535 && !taken.contains(preferred) && bindablePort(preferred) == preferred)
        return preferred;
    // The kernel hands out ports in turn; a few tries step over ports kept for stopped containers.
    for (int attempt = 0; attempt < 64; ++attempt)
        if (const int port = bindablePort(0); port > 0 && !taken.contains(port))
            return port;
    return 0;
}

int SshPortReservations::peekFree() const
{
    return pickFree(allReserved());
}

int SshPortReservations::previewPort(const QString &name, int shownBefore) const
{
    if (const int kept = reserved(name); kept > 0)
        return kept;
    return pickFree(allReserved(), shownBefore);
}

int SshPortReservations::reserveFree(const QString &name, QString *error, int preferred)
{
    if (const QString e = AppPaths::secureFolder(directory()); !e.isEmpty()) {
        *error = e;
        return 0;
    }
    const QString lockPath = QDir(directory()).filePath(QStringLiteral(".lock"));
    const int lock = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (lock < 0 || ::flock(lock, LOCK_EX) != 0) {
        *error = QStringLiteral("cannot lock %1: %2").arg(lockPath, QString::fromLocal8Bit(std::strerror(errno)));
        if (lock >= 0)
            ::close(lock);
        return 0;
    }
    QSet<int> taken = allReserved();
    taken.remove(reserved(name)); // its own old port may come back if the kernel offers it
    const int port = pickFree(taken, preferred);
    QSaveFile out(fileOf(name));
    if (port == 0) {
        *error = QStringLiteral("no free port on 127.0.0.1 for %1's SSH; set ssh_port in the profile").arg(name);
    } else if (!out.open(QIODevice::WriteOnly) || out.write(QByteArray::number(port) + '\n') < 0 || !out.commit()) {
        *error = QStringLiteral("cannot keep port %1 for %2 in %3: %4").arg(port).arg(name, out.fileName(), out.errorString());
        ::close(lock);
        return 0;
    }
    ::close(lock);
    return port;
}

bool SshPortReservations::release(const QString &name, QString *error)
{
    QFile f(fileOf(name));
    if (f.exists() && !f.remove()) {
        *error = QStringLiteral("cannot forget the port kept for %1 (%2): %3").arg(name, f.fileName(), f.errorString());
        return false;
    }
    return true;
}

} // namespace initbench
