#include "util/netprobe.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace initbench {

static sockaddr_in loopback(int port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

bool loopbackPortInUse(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    // SO_REUSEADDR: a port in TIME_WAIT is free for the engine too; only a listener counts.
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const sockaddr_in addr = loopback(port);
    const bool busy = ::bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0;
    ::close(fd);
    return busy;
}

QString readSshBanner(int port, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return {};
    const sockaddr_in addr = loopback(port);
    ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr);
    QByteArray received;
    while (timer.elapsed() < timeoutMs) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, int(qMax<qint64>(1, timeoutMs - timer.elapsed()))) <= 0)
            break;
        char buffer[256];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break; // refused, or closed before a banner (docker's proxy does this while sshd is down)
        received.append(buffer, n);
        const qsizetype start = received.indexOf("SSH-");
        const qsizetype end = received.indexOf('\n', start);
        if (start >= 0 && end > start) {
            ::close(fd);
            return QString::fromLatin1(received.mid(start, end - start)).trimmed();
        }
        if (received.size() > 4096)
            break;
    }
    ::close(fd);
    return {};
}

} // namespace initbench
