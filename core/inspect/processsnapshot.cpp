#include "inspect/processsnapshot.h"

#include "inspect/processroles.h"
#include "inspect/procstat.h"

#include <QFile>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace initbench {

bool readSmallFileAt(int dirFd, const char *path, QByteArray *content)
{
    const int fd = ::openat(dirFd, path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buffer[4096];
    content->clear();
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        content->append(buffer, n);
        if (size_t(n) < sizeof buffer) // procfs answers in one read; a short read is the end
            break;
    }
    ::close(fd);
    return true;
}

bool readSmallFile(const char *path, QByteArray *content)
{
    return readSmallFileAt(AT_FDCWD, path, content);
}

namespace {

// "PID/file" into out, for openat() relative to the proc root: no allocation, no printf.
const char *procPath(char (&out)[64], qint64 pid, const char *file)
{
    char digits[24];
    int n = 0;
    for (quint64 v = quint64(pid); n == 0 || v != 0; v /= 10)
        digits[n++] = char('0' + v % 10);
    char *p = out;
    while (n > 0)
        *p++ = digits[--n];
    *p++ = '/';
    const size_t length = std::min(std::strlen(file), size_t(out + sizeof out - p - 1));
    std::memcpy(p, file, length);
    p[length] = '\0';
    return out;
}

// A /proc entry's name as a PID; 0 for the others ("self", "sys", ...).
qint64 pidOf(const char *name)
{
    if (*name < '1' || *name > '9')
        return 0;
    qint64 pid = 0;
    for (; *name; ++name) {
        if (*name < '0' || *name > '9')
            return 0;
        pid = pid * 10 + (*name - '0');
    }
    return pid;
}

QByteArray statusField(const QByteArray &status, const char *name)
{
    const QByteArray key = QByteArray("\n") + name + ':';
    const qsizetype at = QByteArray('\n' + status).indexOf(key);
    if (at < 0)
        return {};
    const qsizetype start = at + key.size() - 1;
    const qsizetype end = status.indexOf('\n', start);
    return status.mid(start, end < 0 ? -1 : end - start).trimmed();
}

QList<QByteArray> words(const QByteArray &text)
{
    QList<QByteArray> out;
    for (const QByteArray &w : text.simplified().split(' '))
        if (!w.isEmpty())
            out << w;
    return out;
}

} // namespace

ProcSnapshotSource::ProcSnapshotSource(QString procRoot, qint64 leaderHostPid)
    : m_root(std::move(procRoot)), m_leader(leaderHostPid),
      m_sourceText(QStringLiteral("%1 on this host (the init is host PID %2)").arg(m_root).arg(m_leader))
{
}

ProcSnapshotSource::~ProcSnapshotSource()
{
    if (m_procFd >= 0)
        ::close(m_procFd);
}

QString ProcSnapshotSource::path(qint64 pid, const char *file) const
{
    return QStringLiteral("%1/%2/%3").arg(m_root).arg(pid).arg(QLatin1String(file));
}

bool ProcSnapshotSource::init(QString *error)
{
    const QByteArray nsLink = QFile::encodeName(path(m_leader, "ns/pid"));
    char target[256];
    const ssize_t n = ::readlink(nsLink.constData(), target, sizeof target);
    QByteArray status;
    if (m_leader <= 0 || n <= 0 || !readSmallFile(QFile::encodeName(path(m_leader, "status")).constData(), &status)) {
        *error = QStringLiteral("the container's init (host PID %1) is not readable in %2 (gone, or not root)").arg(m_leader).arg(m_root);
        return false;
    }
    m_procFd = ::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_procFd < 0) {
        *error = QStringLiteral("cannot list %1").arg(m_root);
        return false;
    }
    m_leaderNs = QByteArray(target, n);
    m_nsLevel = int(qMax<qsizetype>(1, words(statusField(status, "NSpid")).size())) - 1;
    QByteArray cgroup;
    readSmallFileAt(m_procFd, QByteArray::number(m_leader).append("/cgroup").constData(), &cgroup);
    m_cgroupRoot = containerCgroupRoot(systemdCgroupPath(cgroup));
    QByteArray stat;
    readSmallFileAt(m_procFd, "stat", &stat);
    for (const QByteArray &line : stat.split('\n'))
        if (line.startsWith("btime "))
            m_bootTime = line.mid(6).trimmed().toLongLong();
    m_ticksPerSecond = qMax(1L, ::sysconf(_SC_CLK_TCK));
    m_pageKb = qMax(1L, ::sysconf(_SC_PAGESIZE) / 1024);
    m_ready = true;
    return true;
}

double ProcSnapshotSource::readUptime() const
{
    char text[128];
    const int fd = ::openat(m_procFd, "uptime", O_RDONLY | O_CLOEXEC);
    const ssize_t n = fd < 0 ? -1 : ::read(fd, text, sizeof text - 1);
    if (fd >= 0)
        ::close(fd);
    if (n <= 0)
        return -1;
    text[n] = '\0';
    return std::strtod(text, nullptr);
}

QString ProcSnapshotSource::userName(uint uid)
{
    const auto found = m_users.constFind(uid);
    if (found != m_users.constEnd())
        return *found;
    if (!m_usersLoaded) { // first use, or a user added since: read the container's passwd again
        m_usersLoaded = true;
        QByteArray passwd;
        readSmallFile(QFile::encodeName(path(m_leader, "root/etc/passwd")).constData(), &passwd);
        for (const QByteArray &line : passwd.split('\n')) {
            const QList<QByteArray> f = line.split(':');
            bool ok = false;
            const uint id = f.value(2).toUInt(&ok);
            if (f.size() >= 3 && ok && !m_users.contains(id))
                m_users.insert(id, QString::fromUtf8(f.at(0)));
        }
        if (m_users.contains(uid))
            return m_users.value(uid);
    }
    return QString::number(uid);
}

bool ProcSnapshotSource::list(QString *error)
{
    m_listing.clear();
    m_dents.resize(64 * 1024); // a few calls for thousands of PIDs
    bool sorted = true;
    if (::lseek(m_procFd, 0, SEEK_SET) < 0) {
        *error = QStringLiteral("cannot list %1").arg(m_root);
        return false;
    }
    for (;;) {
        const ssize_t n = ::getdents64(m_procFd, m_dents.data(), m_dents.size());
        if (n < 0) {
            *error = QStringLiteral("cannot list %1").arg(m_root);
            return false;
        }
        if (n == 0)
            break;
        for (ssize_t at = 0; at < n;) {
            const auto *d = reinterpret_cast<const dirent64 *>(m_dents.data() + at);
            at += d->d_reclen;
            const qint64 pid = pidOf(d->d_name);
            if (pid == 0)
                continue;
            sorted = sorted && (m_listing.empty() || m_listing.back().first < pid);
            m_listing.emplace_back(pid, quint64(d->d_ino));
        }
    }
    if (!sorted) // procfs lists by PID; a fake root (the tests') in any order
        std::sort(m_listing.begin(), m_listing.end());
    return true;
}

ProcSnapshotSource::Membership ProcSnapshotSource::membership(qint64 pid) const
{
    char file[64];
    char target[256];
    const ssize_t n = ::readlinkat(m_procFd, procPath(file, pid, "ns/pid"), target, sizeof target);
    if (n <= 0)
        return Membership::Unknown; // gone already, or not readable right now: look again next time
    return QByteArray::fromRawData(target, n) == m_leaderNs ? Membership::In : Membership::Out;
}

void ProcSnapshotSource::merge()
{
    m_spare.clear();
    m_spare.reserve(m_listing.size());
    auto old = m_slots.begin();
    for (const auto &[pid, inode] : m_listing) {
        while (old != m_slots.end() && old->pid < pid)
            ++old; // gone: freed below with the rest of the old list
        const bool samePid = old != m_slots.end() && old->pid == pid;
        Slot slot{pid, inode, nullptr};
        if (samePid && old->inode == inode) {
            slot.member = std::move(old->member);
        } else {
            const Membership m = membership(pid);
            if (m == Membership::In) // an entry made again for a known member keeps it: stat tells a reused PID
                slot.member = samePid && old->member ? std::move(old->member) : std::make_unique<Member>();
            else if (m == Membership::Unknown)
                slot.inode = 0;
        }
        m_spare.push_back(std::move(slot));
    }
    std::swap(m_slots, m_spare);
    m_spare.clear();
}

bool ProcSnapshotSource::readStatic(qint64 pid, Member &m, quint64 startTicks)
{
    char file[64];
    QByteArray status, cmdline, cgroup;
    if (!readSmallFileAt(m_procFd, procPath(file, pid, "status"), &status))
        return false;
    const QList<QByteArray> nspid = words(statusField(status, "NSpid"));
    ProcessInfo &p = m.info;
    p.hostPid = pid;
    p.id = pid;
    p.pid = nspid.size() > m_nsLevel ? nspid.at(m_nsLevel).toLongLong() : 0;
    p.name = QString::fromUtf8(m.comm);
    const QList<QByteArray> uids = words(statusField(status, "Uid"));
    p.user = uids.size() > 1 ? userName(uids.at(1).toUInt()) : QString(); // effective, as ps shows
    readSmallFileAt(m_procFd, procPath(file, pid, "cmdline"), &cmdline);
    while (cmdline.endsWith('\0'))
        cmdline.chop(1);
    cmdline.replace('\0', ' ');
    p.command = cmdline.isEmpty() ? QStringLiteral("[%1]").arg(p.name) : QString::fromUtf8(cmdline);
    readSmallFileAt(m_procFd, procPath(file, pid, "cgroup"), &cgroup);
    p.unit = unitFromCgroupPath(systemdCgroupPath(cgroup), m_cgroupRoot);
    p.startTicks = startTicks;
    p.started = QDateTime::fromMSecsSinceEpoch(m_bootTime * 1000 + qint64(startTicks) * 1000 / m_ticksPerSecond, Qt::UTC);
    m.known = true;
    return true;
}

// The hot path, once per member and refresh: one openat (relative to the open proc root, so
// the kernel looks up two path components, not four), one read into the caller's buffer, one
// close, a parse in place; strings are only made when something changed.
bool ProcSnapshotSource::readStat(Slot &slot, double uptime, double elapsed, char *buffer, size_t size)
{
    char file[64];
    const int fd = ::openat(m_procFd, procPath(file, slot.pid, "stat"), O_RDONLY | O_CLOEXEC);
    const ssize_t n = fd < 0 ? -1 : ::read(fd, buffer, size);
    if (fd >= 0)
        ::close(fd);
    ProcStat s;
    if (n <= 0 || !parseProcStat(buffer, size_t(n), &s))
        return false;
    Member &m = *slot.member;
    const quint64 ticks = s.utime + s.stime;
    const bool sameName = size_t(m.comm.size()) == s.commSize && std::memcmp(m.comm.constData(), s.comm, s.commSize) == 0;
    if (!m.known || m.info.startTicks != s.start || !sameName) {
        const bool sameProcess = m.known && m.info.startTicks == s.start;
        m.comm = QByteArray(s.comm, qsizetype(s.commSize));
        if (!readStatic(slot.pid, m, s.start))
            return false;
        if (!sameProcess)
            m.cpuTicks = ticks, m.info.cpuPercent = -1;
    }
    ProcessInfo &p = m.info;
    p.parentId = s.ppid;
    const quint32 stateKey = procStateKey(s, slot.pid);
    if (stateKey != m.stateKey || p.state.isEmpty()) {
        m.stateKey = stateKey;
        p.state = procStateText(s, slot.pid);
    }
    p.rssKb = s.rssPages * m_pageKb;
    if (elapsed > 0 && p.cpuPercent >= 0) {
        p.cpuPercent = 100.0 * double(ticks - qMin(ticks, m.cpuTicks)) / double(m_ticksPerSecond) / elapsed;
    } else { // first sight: over its lifetime, as ps
        const double age = uptime - double(s.start) / double(m_ticksPerSecond);
        p.cpuPercent = age > 0 ? 100.0 * double(ticks) / double(m_ticksPerSecond) / age : 0.0;
    }
    m.cpuTicks = ticks;
    return true;
}

ProcSnapshotSource::Member *ProcSnapshotSource::memberOf(qint64 pid) const
{
    const auto at = std::lower_bound(m_slots.cbegin(), m_slots.cend(), pid, [](const Slot &s, qint64 v) { return s.pid < v; });
    return at != m_slots.cend() && at->pid == pid ? at->member.get() : nullptr;
}

ProcessSnapshot ProcSnapshotSource::refresh()
{
    ProcessSnapshot snap;
    snap.source = m_sourceText;
    if (!m_ready && !init(&snap.error))
        return snap;
    const double uptime = readUptime();
    const double elapsed = m_lastUptime >= 0 && uptime >= 0 ? uptime - m_lastUptime : -1;
    if (!list(&snap.error))
        return snap;
    m_usersLoaded = false;
    merge();
    char buffer[2048];
    qsizetype members = 0;
    for (Slot &slot : m_slots) {
        if (!slot.member)
            continue;
        if (readStat(slot, uptime, elapsed, buffer, sizeof buffer)) {
            ++members;
        } else { // gone between the listing and now: look again next time
            slot.member.reset();
            slot.inode = 0;
        }
    }
    m_lastUptime = uptime;
    // Without its init the container has stopped: an empty list would pass for a container
    // with no processes, so the watcher (the Inspect pane) is told instead.
    if (!memberOf(m_leader)) {
        snap.error = QStringLiteral("the container's init (host PID %1) is gone").arg(m_leader);
        return snap;
    }
    snap.processes.reserve(members);
    for (const Slot &slot : m_slots) {
        if (!slot.member)
            continue;
        ProcessInfo &p = slot.member->info;
        const Member *parent = memberOf(p.parentId);
        p.ppid = parent ? parent->info.pid : 0; // 0: the parent is outside, as ps inside shows
        p.role = roleOf(p, parent ? &parent->info : nullptr, m_leader);
        snap.processes.append(p);
    }
    return snap;
}

} // namespace initbench
