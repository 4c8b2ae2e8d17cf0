// The process tree's refresh against its floor, with a container of 2,000 processes (root and
// docker needed; it says so and exits 0 without them):
//   (a) floor: a bare loop reading each of the container's /proc/PID/stat once;
//   (b) ProcSnapshotSource::refresh() plus the diff against the previous snapshot, steady state;
//   (c) one `docker top` of the same container (what a remote engine costs).
// Targets: b/a <= 1.3, c/b >= 5. Medians of several rounds. (a) and (b) take turns going first,
// so neither always meets the caches the other warmed; besides wall time, the thread's CPU time
// is printed, which a loaded machine disturbs less.
#include "inspect/enginetopparser.h"
#include "inspect/processdiff.h"
#include "inspect/processsnapshot.h"
#include "process/processrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

using namespace initbench;

namespace {

const QString kName = QStringLiteral("ib-bench-ps");
const int kProcesses = 2000;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// Wall and this thread's CPU time, in milliseconds.
struct Clock {
    QElapsedTimer wall;
    double cpuStart = cpuNow();
    Clock() { wall.start(); }
    static double cpuNow()
    {
        timespec t{};
        ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return cpuNow() - cpuStart; }
};

// The floor: (wall, CPU) milliseconds.
QPair<double, double> floorMs(const QList<QByteArray> &statPaths)
{
    const Clock t;
    char buffer[1024];
    for (const QByteArray &path : statPaths) {
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            if (::read(fd, buffer, sizeof buffer) < 0)
                std::perror("read");
            ::close(fd);
        }
    }
    return {t.wallMs(), t.cpuMs()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(3, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    ProcessRunner runner;
    const auto docker = [&](const QStringList &args, int timeoutMs = 60000) {
        return runner.run({QStringLiteral("docker"), args, {}}, timeoutMs);
    };
    if (::geteuid() != 0 || !docker({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.ServerVersion}}")}, 20000).ok()) {
        std::printf("bench_ps needs root and a running docker engine; skipped\n");
        return 0;
    }
    const QString image = QStringLiteral("debian:bookworm");
    docker({QStringLiteral("rm"), QStringLiteral("-f"), kName});
    const CommandResult started = docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--rm"), QStringLiteral("--name"), kName,
                                          image, QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral("i=0; while [ $i -lt %1 ]; do sleep 100000 & i=$((i+1)); done; wait").arg(kProcesses)});
    if (!started.ok()) {
        std::printf("bench_ps: cannot start a %s container (%s); skipped\n", qPrintable(image), qPrintable(started.details()));
        return 0;
    }
    const qint64 leader = docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Pid}}"), kName})
                              .standardOutput.trimmed().toLongLong();
    ProcSnapshotSource source(QStringLiteral("/proc"), leader);
    ProcessSnapshot previous;
    for (int wait = 0; wait < 300; ++wait) { // the shell forks its sleeps
        previous = source.refresh();
        if (previous.processes.size() > kProcesses)
            break;
        QThread::msleep(100);
    }
    std::printf("container %s: %lld processes (host PID of its init: %lld)\n", qPrintable(kName),
                static_cast<long long>(previous.processes.size()), static_cast<long long>(leader));
    QList<QByteArray> statPaths;
    for (const ProcessInfo &p : previous.processes)
        statPaths << QStringLiteral("/proc/%1/stat").arg(p.hostPid).toLatin1();

    QList<double> floors, ours, tops, ratios, snapshots, cpuRatios;
    qint64 changes = 0;
    for (int r = 0; r < rounds; ++r) {
        QPair<double, double> floor;
        if (r % 2 == 0)
            floor = floorMs(statPaths);
        const Clock t;
        const ProcessSnapshot next = source.refresh();
        snapshots << t.wallMs();
        const ProcessDiff diff = diffProcesses(previous.processes, next.processes);
        ours << t.wallMs();
        const double ourCpu = t.cpuMs();
        if (r % 2 == 1)
            floor = floorMs(statPaths);
        floors << floor.first;
        ratios << ours.constLast() / floor.first; // same moment: the machine's load cancels out
        cpuRatios << ourCpu / floor.second;
        changes += diff.changed.size() + diff.added.size() + diff.removed.size();
        previous = next;
    }
    for (int r = 0; r < qMax(3, rounds / 3); ++r) {
        QElapsedTimer t;
        t.start();
        const CommandResult top = runner.run({QStringLiteral("docker"), enginetop::dockerTopArguments(kName), {}}, 60000);
        const auto parsed = enginetop::parse(top.standardOutput, QDateTime::currentDateTimeUtc());
        tops << double(t.nsecsElapsed()) / 1e6;
        if (r == 0 && parsed.processes.size() != previous.processes.size())
            std::printf("note: docker top listed %lld processes\n", static_cast<long long>(parsed.processes.size()));
    }
    docker({QStringLiteral("rm"), QStringLiteral("-f"), kName});

    const double a = median(floors), b = median(ours), c = median(tops), ba = median(ratios);
    std::printf("(a) floor, read every stat once: %.2f ms\n", a);
    std::printf("(b) snapshot + diff (steady state): %.2f ms, of which the snapshot %.2f ms (%lld rows changed in %d refreshes)\n", b,
                median(snapshots), static_cast<long long>(changes), rounds);
    std::printf("(c) docker top: %.2f ms\n", c);
    std::printf("in CPU time of this thread, b/a %.2f (median of per-round ratios)\n", median(cpuRatios));
    std::printf("ratio b/a %.2f (median of per-round ratios; target <= 1.30: %s); ratio c/b %.1f (target >= 5: %s)\n", ba,
                ba <= 1.3 ? "met" : "NOT met", c / b, c / b >= 5 ? "met" : "NOT met");
#ifndef NDEBUG
    std::printf("note: a debug build; measure with -DCMAKE_BUILD_TYPE=Release for the real ratio\n");
#endif
    return 0;
}
