#include "ssh/sshtransport.h"

#include <QMutexLocker>

#include <cerrno>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace initbench {

namespace {
constexpr int kPollMs = 250; // a safety net: libssh may hold data the socket no longer signals
}

SshTransport::SshTransport(SshTransportOptions options, QObject *parent)
    : ITerminalTransport(parent), m_options(std::move(options)), m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)),
      m_columns(m_options.columns), m_rows(m_options.rows)
{
}

SshTransport::~SshTransport()
{
    close();
    if (m_worker.joinable())
        m_worker.join(); // at most a connect timeout when closed while still connecting
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

QString SshTransport::label() const
{
    // With resolvePort the port is not known yet: the container's name says enough.
    const QString where = m_options.target.pinName.isEmpty() ? m_options.target.address()
        : m_options.resolvePort                              ? m_options.target.pinName
                                                             : QStringLiteral("%1 (%2)").arg(m_options.target.pinName, m_options.target.address());
    return m_options.pty ? QStringLiteral("SSH to %1 as %2: a login, recorded in utmp and wtmp").arg(where, m_options.target.user)
                         : QStringLiteral("SSH command on %1 as %2: no terminal, no login record").arg(where, m_options.target.user);
}

void SshTransport::start()
{
    if (m_started.exchange(true))
        return;
    m_worker = std::thread([this] { run(); });
}

void SshTransport::write(const QByteArray &data)
{
    {
        QMutexLocker lock(&m_mutex);
        m_outgoing += data;
    }
    wake();
}

void SshTransport::resize(int columns, int rows)
{
    {
        QMutexLocker lock(&m_mutex);
        m_columns = columns;
        m_rows = rows;
        m_resizePending = true;
    }
    wake();
}

void SshTransport::close()
{
    {
        QMutexLocker lock(&m_mutex);
        m_closeRequested = true;
    }
    wake();
}

void SshTransport::wake()
{
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
}

void SshTransport::report(int status, const QString &reason)
{
    QMetaObject::invokeMethod(this, [this, status, reason] { emit finished(status, reason); }, Qt::QueuedConnection);
}

void SshTransport::run()
{
    SshSession session;
    HostKeyPins pins(m_options.pinsPath);
    if (m_wakeFd < 0)
        return report(-1, QStringLiteral("cannot create an event descriptor"));
    SshTarget target = m_options.target;
    if (m_options.resolvePort) {
        QString error;
        const std::optional<int> port = m_options.resolvePort(&error);
        if (!port)
            return report(-1, error);
        target.port = *port;
    }
    if (!session.connect(target, pins, m_options.credentials)) {
        if (session.hostKeyRefused())
            QMetaObject::invokeMethod(this, [this, w = session.error()] { emit hostKeyRefused(w); }, Qt::QueuedConnection);
        return report(-1, session.error());
    }
    if (session.keyPinnedNow())
        QMetaObject::invokeMethod(this, [this, f = session.serverKey().fingerprint()] { emit hostKeyPinned(f); }, Qt::QueuedConnection);
    int columns, rows;
    {
        QMutexLocker lock(&m_mutex);
        columns = m_columns;
        rows = m_rows;
        m_resizePending = false;
    }
    if (!session.open(m_options.command, m_options.pty, columns, rows))
        return report(-1, session.error());
    QMetaObject::invokeMethod(this, [this] { emit started(); }, Qt::QueuedConnection);

    for (;;) {
        QByteArray outgoing;
        bool resizeNow = false, closeNow = false;
        {
            QMutexLocker lock(&m_mutex);
            outgoing.swap(m_outgoing);
            std::swap(resizeNow, m_resizePending);
            closeNow = m_closeRequested;
            columns = m_columns;
            rows = m_rows;
        }
        if (closeNow) {
            session.disconnect();
            return report(-1, QStringLiteral("closed"));
        }
        // A resize first: what is typed next is usually meant for the new size.
        if (resizeNow && m_options.pty)
            session.resize(columns, rows); // a refused resize leaves the old size; not worth ending for
        if (!outgoing.isEmpty() && !session.write(outgoing))
            return report(-1, session.error());
        QByteArray out, errorOut;
        const SshSession::ReadState state = session.read(&out, &errorOut);
        if (!out.isEmpty() || !errorOut.isEmpty())
            QMetaObject::invokeMethod(this, [this, data = out + errorOut] { emit received(data); }, Qt::QueuedConnection);
        if (state == SshSession::ReadState::Failed)
            return report(-1, session.error());
        if (state == SshSession::ReadState::Ended) {
            const int status = session.exitStatus();
            return report(status, status < 0 ? QStringLiteral("the session ended without an exit status (killed by a signal?)")
                                             : QStringLiteral("exited with status %1").arg(status));
        }
        pollfd fds[2] = {{session.socket(), POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
        if (::poll(fds, 2, kPollMs) < 0 && errno != EINTR)
            return report(-1, QStringLiteral("poll failed"));
        if (fds[1].revents & POLLIN) {
            uint64_t count;
            [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &count, sizeof count);
        }
    }
}

} // namespace initbench
