// Parsing a 1,000,000-record wtmp into `last` records (WtmpLast, what `initbench last` runs on a
// wtmp, file mapping included) against util-linux `last -f FILE > /dev/null` on the same file,
// in the same run, median of interleaved rounds. Target (issue 4): at least 10 times faster.
// Before the rounds, the answer is checked against the record-by-record path (UtmpFormat::parse +
// LoginHistory::last), whose time is printed too. Usage: bench_last [RECORDS [ROUNDS]]
#include "inspect/loginhistory.h"
#include "inspect/utmpformat.h"
#include "inspect/wtmplast.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

#include <sys/resource.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace initbench;

namespace {

// glibc x86_64 `struct utmp`, 384 bytes: the offsets documented in core/inspect/utmplayout.cpp.
QByteArray glibcRecord(qint16 type, qint32 pid, const char *line, const char *user, const char *host, qint32 sec)
{
    QByteArray r(384, '\0');
    std::memcpy(r.data() + 0, &type, 2);
    std::memcpy(r.data() + 4, &pid, 4);
    std::memcpy(r.data() + 8, line, std::min<size_t>(std::strlen(line), 32));
    const char *id = std::strchr(line, '/') ? std::strchr(line, '/') + 1 : line;
    std::memcpy(r.data() + 40, id, std::min<size_t>(std::strlen(id), 4));
    std::memcpy(r.data() + 44, user, std::min<size_t>(std::strlen(user), 32));
    std::memcpy(r.data() + 76, host, std::min<size_t>(std::strlen(host), 256));
    std::memcpy(r.data() + 340, &sec, 4);
    return r;
}

// A busy machine's history: a boot every 2,000 records, SSH logins on pts/0..63 from a few
// hundred hosts, most ended by a logout, some left open until the next boot (a crash).
QByteArray syntheticWtmp(int records)
{
    QByteArray out;
    out.reserve(qsizetype(records) * 384);
    qint32 t = 1700000000;
    bool open[64] = {};
    for (int i = 0; i < records; ++i) {
        t += 7;
        if (i % 2000 == 0) {
            out += glibcRecord(2, 0, "~", "reboot", "6.1.0-13-amd64", t);
            std::fill(std::begin(open), std::end(open), false);
            continue;
        }
        const int tty = (i * 37) % 64;
        char line[16], host[32];
        std::snprintf(line, sizeof line, "pts/%d", tty);
        std::snprintf(host, sizeof host, "10.0.%d.%d", (i / 251) % 250, i % 251);
        if (open[tty] && i % 11 != 0) {
            out += glibcRecord(8, 1000 + i, line, "", "", t);
            open[tty] = false;
        } else {
            out += glibcRecord(7, 1000 + i, line, i % 3 ? "root" : "alice", host, t);
            open[tty] = true;
        }
    }
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// CPU time too, as a detail: on a loaded machine wall time also counts the waits for a CPU.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double childrenCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    const auto ms = [](const timeval &t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    return ms(u.ru_utime) + ms(u.ru_stime);
}

bool sameSession(const LoginSession &a, const LoginSession &b)
{
    return a.kind == b.kind && a.user == b.user && a.line == b.line && a.host == b.host && a.pid == b.pid
        && a.runLevel == b.runLevel && a.start == b.start && a.end == b.end && a.endKind == b.endKind
        && a.start.timeSpec() == b.start.timeSpec() && a.end.timeSpec() == b.end.timeSpec();
}

// The file mapped, not copied: the parser only needs the bytes in memory, as last's reads do.
// Unmapped when the QFile goes.
QByteArray mapped(QFile &f)
{
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const uchar *bytes = f.map(0, f.size());
    return bytes ? QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), f.size()) : QByteArray();
}

// The old way round, record by record, must give the same sessions.
bool sameAsRecordPath(const QString &path, const WtmpLastResult &fast)
{
    QFile f(path);
    QElapsedTimer t;
    t.start();
    const UtmpParseResult parsed = UtmpFormat::parse(mapped(f));
    const qint64 decoded = t.nsecsElapsed();
    const QList<LoginSession> slow = LoginHistory::last(parsed.records);
    std::printf("  record path (UtmpFormat::parse + LoginHistory::last): decode %.0f ms, pair %.0f ms\n", decoded / 1e6,
                (t.nsecsElapsed() - decoded) / 1e6);
    if (parsed.layout != fast.layout || parsed.warnings != fast.warnings || slow.size() != fast.sessions.size())
        return false;
    for (qsizetype i = 0; i < slow.size(); ++i) {
        if (!sameSession(slow.at(i), fast.sessions.at(i)))
            return false;
    }
    return true;
}

struct OurRun {
    bool ok = false;
    double wall = 0, cpu = 0, mapWall = 0; // ms
    qsizetype sessions = 0;
};

// One `initbench last` over the file: mapped, then WtmpLast. The result is freed on return,
// outside the timing (as before: the frees are not part of the parse).
OurRun runOurs(const QString &path, bool check)
{
    OurRun run;
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    QFile f(path);
    const QByteArray bytes = mapped(f);
    if (bytes.isEmpty())
        return run;
    run.mapWall = t.nsecsElapsed() / 1e6;
    const WtmpLastResult result = WtmpLast::read(bytes);
    run.wall = t.nsecsElapsed() / 1e6;
    run.cpu = threadCpuMs() - cpu0;
    run.sessions = result.sessions.size();
    if (check && !sameAsRecordPath(path, result)) {
        std::fprintf(stderr, "bench_last: WtmpLast and the record path disagree\n");
        return run;
    }
    run.ok = true;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int records = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 9;
    const QString last = QStandardPaths::findExecutable(QStringLiteral("last"));
    if (last.isEmpty()) {
        std::printf("bench_last: util-linux `last` is not installed; nothing to compare with\n");
        return 0;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wtmp"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(syntheticWtmp(records)) < 0) {
            std::fprintf(stderr, "bench_last: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    std::printf("bench_last: %d records, %.0f MiB, %d rounds\n", records, QFileInfo(path).size() / 1048576.0, rounds);

    QList<double> ours, theirs, ratios, cpuRatios;
    qsizetype sessions = 0;
    for (int round = 0; round < rounds; ++round) {
        const OurRun run = runOurs(path, round == 0);
        if (!run.ok)
            return 1;
        sessions = run.sessions;
        ours << run.wall;
#ifdef __GLIBC__
        // glibc frees lazily: half a million freed strings are only merged by the next large
        // allocation, which would bill this round's frees to the next round's parse. A fresh
        // `initbench last` starts with a fresh heap, so settle (and give back) the heap here,
        // outside the timing.
        malloc_trim(0);
#endif

        QElapsedTimer t;
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        const double children0 = childrenCpuMs();
        t.start();
        p.start(last, {QStringLiteral("-f"), path});
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "bench_last: last -f failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        theirs << t.nsecsElapsed() / 1e6;
        const double theirCpu = childrenCpuMs() - children0;
        ratios << theirs.last() / ours.last();
        cpuRatios << theirCpu / run.cpu;
        std::printf("  round %d: initbench %.0f ms (mapping %.1f ms; CPU %.0f ms), last -f %.0f ms (CPU %.0f ms): ratio %.1f "
                    "(CPU %.1f)\n",
                    round, run.wall, run.mapWall, run.cpu, theirs.last(), theirCpu, ratios.last(), cpuRatios.last());
    }
    const double o = median(ours), l = median(theirs);
    std::printf("initbench last: %.0f ms (%lld sessions); util-linux last -f: %.0f ms (medians); ratio %.1fx faster, "
                "median of the rounds' ratios %.1fx (target >= 10x); in CPU time %.1fx\n",
                o, qlonglong(sessions), l, l / o, median(ratios), median(cpuRatios));
    return 0;
}
