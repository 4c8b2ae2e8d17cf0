#include "terminal/ptytransport.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

Q_LOGGING_CATEGORY(lcPty, "initbench.terminal.pty", QtInfoMsg)

namespace initbench {

namespace {

constexpr int kWatchMs = 250;     // how often a running child is checked for having exited
constexpr int kReapMs = 20;       // after the pty hung up: the child is about to exit
constexpr int kHangupGraceMs = 2000; // after close(): SIGKILL if SIGHUP was ignored

QString describeStatus(int status, int *code)
{
    if (WIFEXITED(status)) {
        *code = WEXITSTATUS(status);
        return QStringLiteral("exited with status %1").arg(*code);
    }
    if (WIFSIGNALED(status)) {
        *code = 128 + WTERMSIG(status);
        return QStringLiteral("killed by signal %1 (%2)").arg(WTERMSIG(status)).arg(QString::fromLocal8Bit(::strsignal(WTERMSIG(status))));
    }
    *code = -1;
    return QStringLiteral("ended with wait status %1").arg(status);
}

// The child's environment: ours, with TERM and the caller's variables replacing same-named ones.
QList<QByteArray> childEnvironment(const QStringList &extra)
{
    QList<QByteArray> overrides{QByteArrayLiteral("TERM=xterm-256color")};
    for (const QString &v : extra)
        overrides << v.toLocal8Bit();
    QList<QByteArray> env;
    for (char **e = environ; e && *e; ++e) {
        const QByteArray entry(*e);
        const QByteArray name = entry.left(entry.indexOf('=') + 1);
        bool replaced = false;
        for (const QByteArray &o : overrides)
            replaced = replaced || o.startsWith(name);
        if (!replaced)
            env << entry;
    }
    // Later overrides of the same name win: keep only the last one.
    for (qsizetype i = 0; i < overrides.size(); ++i) {
        const QByteArray name = overrides.at(i).left(overrides.at(i).indexOf('=') + 1);
        bool later = false;
        for (qsizetype j = i + 1; j < overrides.size(); ++j)
            later = later || overrides.at(j).startsWith(name);
        if (!later)
            env << overrides.at(i);
    }
    return env;
}

std::vector<char *> pointers(QList<QByteArray> &strings)
{
    std::vector<char *> out;
    for (QByteArray &s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

} // namespace

PtyTransport::PtyTransport(QStringList argv, QString label, bool loginRecord, QObject *parent)
    : ITerminalTransport(parent), m_argv(std::move(argv)), m_label(std::move(label)), m_loginRecord(loginRecord)
{
}

PtyTransport::~PtyTransport()
{
    if (m_pid > 0 && !m_finished) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0); // immediate after SIGKILL; leaves no zombie behind
    }
    if (m_master >= 0)
        ::close(m_master);
}

void PtyTransport::setInitialSize(int columns, int rows)
{
    m_columns = static_cast<unsigned short>(qBound(1, columns, 0xffff));
    m_rows = static_cast<unsigned short>(qBound(1, rows, 0xffff));
}

void PtyTransport::start()
{
    if (m_pid > 0 || m_finished)
        return;
    // Reported through the event loop so that a caller connecting after start() still hears it.
    auto failLater = [this](const QString &reason) {
        m_finished = true;
        QMetaObject::invokeMethod(this, [this, reason] { emit finished(-1, reason); }, Qt::QueuedConnection);
    };
    if (m_argv.isEmpty() || m_argv.constFirst().isEmpty())
        return failLater(QStringLiteral("nothing to run"));

    // Everything the child needs is built before fork: after it, only async-signal-safe calls.
    QList<QByteArray> argStrings;
    for (const QString &a : std::as_const(m_argv))
        argStrings << a.toLocal8Bit();
    QList<QByteArray> envStrings = childEnvironment(m_extraEnvironment);
    std::vector<char *> argv = pointers(argStrings);
    std::vector<char *> envp = pointers(envStrings);
    // exec failure travels back on a close-on-exec pipe: EOF means exec worked.
    int errorPipe[2];
    if (::pipe2(errorPipe, O_CLOEXEC) != 0)
        return failLater(QStringLiteral("cannot create a pipe: %1").arg(QString::fromLocal8Bit(::strerror(errno))));
    winsize size{};
    size.ws_col = m_columns;
    size.ws_row = m_rows;
    const pid_t pid = ::forkpty(&m_master, nullptr, nullptr, &size);
    if (pid < 0) {
        const int error = errno;
        ::close(errorPipe[0]);
        ::close(errorPipe[1]);
        return failLater(QStringLiteral("cannot create a pseudo-terminal: %1").arg(QString::fromLocal8Bit(::strerror(error))));
    }
    if (pid == 0) {
        ::close(errorPipe[0]);
        // Qt's threads may block or catch signals; the program must start with the defaults.
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        struct sigaction dfl{};
        dfl.sa_handler = SIG_DFL;
        for (int s = 1; s < NSIG; ++s)
            ::sigaction(s, &dfl, nullptr);
        ::execvpe(argv[0], argv.data(), envp.data());
        const int error = errno;
        [[maybe_unused]] const ssize_t n = ::write(errorPipe[1], &error, sizeof error);
        ::_exit(127);
    }
    ::close(errorPipe[1]);
    int execError = 0;
    ssize_t n;
    do
        n = ::read(errorPipe[0], &execError, sizeof execError);
    while (n < 0 && errno == EINTR);
    ::close(errorPipe[0]);
    m_pid = pid;
    if (n == sizeof execError) {
        ::waitpid(m_pid, nullptr, 0);
        ::close(m_master);
        m_master = -1;
        return failLater(QStringLiteral("cannot run %1: %2").arg(m_argv.constFirst(), QString::fromLocal8Bit(::strerror(execError))));
    }
    qCDebug(lcPty) << "started" << m_argv << "pid" << m_pid;
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_readNotifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &PtyTransport::readMaster);
    m_writeNotifier = new QSocketNotifier(m_master, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &PtyTransport::flushPending);
    // A child can exit while something it started keeps the pty open: watch the child too.
    m_reapTimer = new QTimer(this);
    m_reapTimer->setInterval(kWatchMs);
    connect(m_reapTimer, &QTimer::timeout, this, &PtyTransport::reap);
    m_reapTimer->start();
    QMetaObject::invokeMethod(this, [this] { if (!m_finished) emit started(); }, Qt::QueuedConnection);
}

void PtyTransport::readMaster()
{
    if (drainMaster())
        masterClosed();
}

bool PtyTransport::drainMaster()
{
    if (m_master < 0)
        return false;
    QByteArray data;
    char buffer[65536];
    bool hungUp = false;
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            data.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        // EIO: every slave descriptor is closed (Linux's way of saying end of file on a pty).
        hungUp = n == 0 || errno != EAGAIN;
        break;
    }
    if (!data.isEmpty())
        emit received(data);
    return hungUp;
}

void PtyTransport::write(const QByteArray &data)
{
    if (m_master < 0 || data.isEmpty())
        return;
    m_pending.append(data);
    flushPending();
}

void PtyTransport::flushPending()
{
    while (m_master >= 0 && !m_pending.isEmpty()) {
        const ssize_t n = ::write(m_master, m_pending.constData(), size_t(m_pending.size()));
        if (n > 0) {
            m_pending.remove(0, n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && errno == EAGAIN) {
            m_writeNotifier->setEnabled(true); // the program is not reading: wait until it does
            return;
        } else {
            m_pending.clear();
        }
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
}

void PtyTransport::resize(int columns, int rows)
{
    setInitialSize(columns, rows);
    if (m_master < 0)
        return;
    winsize size{};
    size.ws_col = m_columns;
    size.ws_row = m_rows;
    // The kernel sends SIGWINCH to the pty's foreground process group.
    if (::ioctl(m_master, TIOCSWINSZ, &size) != 0)
        qCWarning(lcPty) << "TIOCSWINSZ failed:" << ::strerror(errno);
}

void PtyTransport::close()
{
    if (m_pid <= 0 || m_finished)
        return;
    ::kill(m_pid, SIGHUP);
    masterClosed(); // closing the master also hangs up the session's foreground group
    QTimer::singleShot(kHangupGraceMs, this, [this] {
        if (!m_finished)
            ::kill(m_pid, SIGKILL);
    });
}

void PtyTransport::masterClosed()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_master >= 0)
        ::close(m_master);
    m_master = -1;
    m_pending.clear();
    if (m_reapTimer)
        m_reapTimer->setInterval(kReapMs);
    reap();
}

void PtyTransport::reap()
{
    if (m_finished || m_pid <= 0)
        return;
    int status = 0;
    const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
    if (r == 0)
        return; // still running: the timer asks again
    drainMaster(); // what the child wrote just before it exited
    int code = -1;
    const QString reason = r == m_pid ? describeStatus(status, &code)
                                      : QStringLiteral("lost track of the process: %1").arg(QString::fromLocal8Bit(::strerror(errno)));
    finish(code, reason);
}

void PtyTransport::finish(int status, const QString &reason)
{
    m_finished = true;
    if (m_reapTimer)
        m_reapTimer->stop();
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_master >= 0)
        ::close(m_master);
    m_master = -1;
    qCDebug(lcPty) << m_argv.value(0) << reason;
    emit finished(status, reason);
}

} // namespace initbench
