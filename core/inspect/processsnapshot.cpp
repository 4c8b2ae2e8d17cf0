#include "inspect/processsnapshot.h"

#include "inspect/processroles.h"

#include <QFile>

#include <cstdio>
#include <cstring>
#include <cstdlib>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace initbench {

bool readSmallFile(const char *path, QByteArray *content)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
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

namespace {

// The fields of /proc/PID/stat a refresh needs. The name sits in parentheses and may itself
// hold spaces and ')', so the numbers are counted from the last ')'.
struct Stat {
    const char *comm = nullptr;
    qsizetype commSize = 0;
    char state = '?';
    qint64 ppid = 0, pgrp = 0, session = 0, tpgid = 0, nice = 0, threads = 0;
    quint64 utime = 0, stime = 0, start = 0;
    qint64 rssPages = 0;
};

bool parseStat(const char *text, qsizetype size, Stat *s)
{
    const char *open = static_cast<const char *>(std::memchr(text, '(', size_t(size)));
    const char *close = text + size;
    while (close > text && *(close - 1) != ')')
        --close;
    if (!open || close <= open || close + 1 >= text + size)
        return false;
    --close; // on the ')'
    s->comm = open + 1;
    s->commSize = close - open - 1;
    const char *p = close + 2;
    const char *end = text + size;
    s->state = *p;
    // Fields from "ppid" (index 1 after the state) on, as the kernel's proc(5) numbers them minus 3.
    qint64 values[22] = {};
    int index = 0;
    p += 1;
    while (p < end && index < 22) {
        while (p < end && *p == ' ')
            ++p;
        bool negative = false;
        if (p < end && *p == '-') {
            negative = true;
            ++p;
        }
        qint64 v = 0;
        while (p < end && *p >= '0' && *p <= '9')
            v = v * 10 + (*p++ - '0');
        values[index++] = negative ? -v : v;
        while (p < end && *p != ' ')
            ++p;
    }
    if (index < 22)
        return false;
    s->ppid = values[0];
    s->pgrp = values[1];
    s->session = values[2];
    s->tpgid = values[4];
    s->utime = quint64(values[10]);
    s->stime = quint64(values[11]);
    s->nice = values[15];
    s->threads = values[16];
    s->start = quint64(values[18]);
    s->rssPages = values[20];
    return true;
}

// ps's BSD STAT letters that need nothing but stat: state, priority, session leader,
// multi-threaded, foreground.
QString stateText(const Stat &s, qint64 pid)
{
    QString t(QLatin1Char(s.state));
    if (s.nice < 0)
        t += QLatin1Char('<');
    else if (s.nice > 0)
        t += QLatin1Char('N');
    if (s.session == pid)
        t += QLatin1Char('s');
    if (s.threads > 1)
        t += QLatin1Char('l');
    if (s.tpgid > 0 && s.tpgid == s.pgrp)
        t += QLatin1Char('+');
    return t;
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
    : m_root(std::move(procRoot)), m_leader(leaderHostPid)
{
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
    m_leaderNs = QByteArray(target, n);
    m_nsLevel = int(qMax<qsizetype>(1, words(statusField(status, "NSpid")).size())) - 1;
    QByteArray cgroup;
    readSmallFile(QFile::encodeName(path(m_leader, "cgroup")).constData(), &cgroup);
    m_cgroupRoot = containerCgroupRoot(systemdCgroupPath(cgroup));
    QByteArray stat;
    readSmallFile(QFile::encodeName(m_root + QStringLiteral("/stat")).constData(), &stat);
    for (const QByteArray &line : stat.split('\n'))
        if (line.startsWith("btime "))
            m_bootTime = line.mid(6).trimmed().toLongLong();
    m_ticksPerSecond = qMax(1L, ::sysconf(_SC_CLK_TCK));
    m_pageKb = qMax(1L, ::sysconf(_SC_PAGESIZE) / 1024);
    m_ready = true;
    return true;
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

bool ProcSnapshotSource::readStatic(qint64 pid, Entry &e)
{
    QByteArray status, cmdline, cgroup;
    if (!readSmallFile(QFile::encodeName(path(pid, "status")).constData(), &status))
        return false;
    const QList<QByteArray> nspid = words(statusField(status, "NSpid"));
    ProcessInfo &p = e.info;
    p.hostPid = pid;
    p.id = pid;
    p.pid = nspid.size() > m_nsLevel ? nspid.at(m_nsLevel).toLongLong() : 0;
    p.name = QString::fromUtf8(e.comm);
    const QList<QByteArray> uids = words(statusField(status, "Uid"));
    p.user = uids.size() > 1 ? userName(uids.at(1).toUInt()) : QString(); // effective, as ps shows
    readSmallFile(QFile::encodeName(path(pid, "cmdline")).constData(), &cmdline);
    while (cmdline.endsWith('\0'))
        cmdline.chop(1);
    cmdline.replace('\0', ' ');
    p.command = cmdline.isEmpty() ? QStringLiteral("[%1]").arg(p.name) : QString::fromUtf8(cmdline);
    readSmallFile(QFile::encodeName(path(pid, "cgroup")).constData(), &cgroup);
    p.unit = unitFromCgroupPath(systemdCgroupPath(cgroup), m_cgroupRoot);
    p.startTicks = e.startTicks;
    p.started = QDateTime::fromMSecsSinceEpoch(m_bootTime * 1000 + qint64(e.startTicks) * 1000 / m_ticksPerSecond, Qt::UTC);
    return true;
}

ProcessSnapshot ProcSnapshotSource::refresh()
{
    ProcessSnapshot snap;
    snap.source = QStringLiteral("%1 on this host (the init is host PID %2)").arg(m_root).arg(m_leader);
    if (!m_ready && !init(&snap.error))
        return snap;
    QByteArray text;
    double uptime = -1;
    if (readSmallFile(QFile::encodeName(m_root + QStringLiteral("/uptime")).constData(), &text))
        uptime = text.left(text.indexOf(' ')).toDouble();
    const double elapsed = m_lastUptime >= 0 ? uptime - m_lastUptime : -1;

    DIR *dir = ::opendir(QFile::encodeName(m_root).constData());
    if (!dir) {
        snap.error = QStringLiteral("cannot list %1").arg(m_root);
        return snap;
    }
    for (auto &[pid, e] : m_cache)
        e.seen = false;
    QList<const Entry *> members;
    char file[512];
    char statText[2048];
    const QByteArray root = QFile::encodeName(m_root);
    m_usersLoaded = false;
    while (const dirent *d = ::readdir(dir)) {
        if (d->d_name[0] < '1' || d->d_name[0] > '9')
            continue;
        const qint64 pid = std::strtoll(d->d_name, nullptr, 10);
        Entry &e = m_cache[pid];
        e.seen = true;
        if (e.inode != d->d_ino) { // a process not seen before: is it in the container?
            e = Entry{};
            e.inode = d->d_ino;
            e.seen = true;
            std::snprintf(file, sizeof file, "%s/%lld/ns/pid", root.constData(), static_cast<long long>(pid));
            char target[256];
            const ssize_t n = ::readlink(file, target, sizeof target);
            e.member = n > 0 && QByteArray::fromRawData(target, n) == m_leaderNs;
        }
        if (!e.member)
            continue;
        // The hot path: one open (relative to the listed /proc, so the kernel looks up two path
        // components, not four), one read, one close into the stack, no allocation.
        std::snprintf(file, sizeof file, "%lld/stat", static_cast<long long>(pid));
        Stat s;
        const int fd = ::openat(::dirfd(dir), file, O_RDONLY | O_CLOEXEC);
        const ssize_t size = fd < 0 ? -1 : ::read(fd, statText, sizeof statText);
        if (fd >= 0)
            ::close(fd);
        if (size <= 0 || !parseStat(statText, size, &s)) {
            e.inode = 0; // gone between the listing and now: look again next time
            continue;
        }
        const quint64 ticks = s.utime + s.stime;
        const bool sameName = e.comm.size() == s.commSize && std::memcmp(e.comm.constData(), s.comm, size_t(s.commSize)) == 0;
        if (e.startTicks != s.start || !sameName || e.info.id == 0) {
            const bool sameProcess = e.startTicks == s.start && e.info.id != 0;
            e.startTicks = s.start;
            e.comm = QByteArray(s.comm, s.commSize);
            if (!readStatic(pid, e)) {
                e.inode = 0;
                continue;
            }
            if (!sameProcess)
                e.cpuTicks = ticks, e.info.cpuPercent = -1;
        }
        ProcessInfo &p = e.info;
        p.parentId = s.ppid;
        const quint32 stateKey = quint32(uchar(s.state)) | (s.nice < 0 ? 1u << 8 : 0) | (s.nice > 0 ? 1u << 9 : 0)
            | (s.session == pid ? 1u << 10 : 0) | (s.threads > 1 ? 1u << 11 : 0) | (s.tpgid > 0 && s.tpgid == s.pgrp ? 1u << 12 : 0);
        if (stateKey != e.stateKey || p.state.isEmpty()) { // the text only when it changes
            e.stateKey = stateKey;
            p.state = stateText(s, pid);
        }
        p.rssKb = s.rssPages * m_pageKb;
        if (elapsed > 0 && p.cpuPercent >= 0)
            p.cpuPercent = 100.0 * double(ticks - qMin(ticks, e.cpuTicks)) / double(m_ticksPerSecond) / elapsed;
        else { // first sight: over its lifetime, as ps
            const double age = uptime - double(s.start) / double(m_ticksPerSecond);
            p.cpuPercent = age > 0 ? 100.0 * double(ticks) / double(m_ticksPerSecond) / age : 0.0;
        }
        e.cpuTicks = ticks;
        members.append(&e);
    }
    ::closedir(dir);
    m_lastUptime = uptime;
    for (auto it = m_cache.begin(); it != m_cache.end();)
        it = it->second.seen ? std::next(it) : m_cache.erase(it);
    // Without its init the container has stopped: an empty list would pass for a container
    // with no processes, so the watcher (the Inspect pane) is told instead.
    if (const auto leader = m_cache.find(m_leader); leader == m_cache.end() || !leader->second.member) {
        snap.error = QStringLiteral("the container's init (host PID %1) is gone").arg(m_leader);
        return snap;
    }

    snap.processes.reserve(members.size());
    QHash<qint64, qint64> containerPid;
    containerPid.reserve(members.size());
    for (const Entry *e : members)
        containerPid.insert(e->info.id, e->info.pid);
    for (const Entry *e : members) {
        ProcessInfo p = e->info;
        p.ppid = containerPid.value(p.parentId, 0);
        snap.processes.append(p);
    }
    markRoles(snap.processes, m_leader);
    return snap;
}

} // namespace initbench
