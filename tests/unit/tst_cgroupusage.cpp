// A container's usage from its cgroup: cgroup v1 and v2 trees as the kernel lays them out (made
// in a temporary folder: this machine can only show one of them), real cgroups made for a
// child process, a path that tries to lead out of the cgroup root, and the history the graphs draw.
#include "inspect/cgroupusage.h"
#include "inspect/containerusagesampler.h"
#include "inspect/resourcehistory.h"
#include "owncgroupchild.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace initbench;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TstCgroupUsage : public QObject
{
    Q_OBJECT
private slots:
    // Debian 12 with docker on cgroup v1: cpu and cpuacct mounted together, systemd's own
    // hierarchy, and the init of a systemd container in init.scope.
    void cgroupV1()
    {
        QTemporaryDir root;
        const QString id = QStringLiteral("/docker/4f1c");
        write(root.filePath(QStringLiteral("proc/4242/cgroup")),
              "12:pids:/docker/4f1c\n11:cpu,cpuacct:/docker/4f1c\n9:memory:/docker/4f1c\n"
              "1:name=systemd:/docker/4f1c/init.scope\n0::/system.slice/containerd.service\n");
        write(root.filePath(QStringLiteral("cg/cpu,cpuacct") + id + QStringLiteral("/cpuacct.usage")), "1234567890\n");
        write(root.filePath(QStringLiteral("cg/memory") + id + QStringLiteral("/memory.usage_in_bytes")), "50000000\n");
        write(root.filePath(QStringLiteral("cg/memory") + id + QStringLiteral("/memory.stat")),
              "cache 100\ntotal_cache 20000000\ntotal_inactive_file 8000000\n");
        write(root.filePath(QStringLiteral("cg/pids") + id + QStringLiteral("/pids.current")), "17\n");
        const CgroupUsage u = CgroupUsageReader(root.filePath(QStringLiteral("proc")), root.filePath(QStringLiteral("cg"))).read(4242);
        QCOMPARE(u.cpuNanoseconds, 1234567890LL);
        QCOMPARE(u.memoryBytes, 42000000LL); // without the inactive page cache, as docker stats
        QCOMPARE(u.processes, 17);
    }

    // cgroup v2 (Debian 13, Fedora, Arch): one hierarchy; systemd inside moved itself to init.scope.
    void cgroupV2()
    {
        QTemporaryDir root;
        const QString path = QStringLiteral("/system.slice/docker-4f1c.scope");
        write(root.filePath(QStringLiteral("proc/7/cgroup")), "0::/system.slice/docker-4f1c.scope/init.scope\n");
        write(root.filePath(QStringLiteral("cg") + path + QStringLiteral("/cpu.stat")),
              "usage_usec 2500000\nuser_usec 2000000\nsystem_usec 500000\n");
        write(root.filePath(QStringLiteral("cg") + path + QStringLiteral("/memory.current")), "30000000\n");
        write(root.filePath(QStringLiteral("cg") + path + QStringLiteral("/memory.stat")), "anon 1\ninactive_file 10000000\n");
        write(root.filePath(QStringLiteral("cg") + path + QStringLiteral("/pids.current")), "9\n");
        const CgroupUsage u = CgroupUsageReader(root.filePath(QStringLiteral("proc")), root.filePath(QStringLiteral("cg"))).read(7);
        QCOMPARE(u.cpuNanoseconds, 2500000000LL);
        QCOMPARE(u.memoryBytes, 20000000LL);
        QCOMPARE(u.processes, 9);
    }

    // The file is the kernel's, but nothing is followed out of the cgroup root even if it were
    // not: a path with ".." is not read, and garbage in a counter is "not known".
    void hostilePathsAndGarbage()
    {
        QTemporaryDir root;
        write(root.filePath(QStringLiteral("proc/9/cgroup")), "4:memory:/../../secret\n0::/a/../../secret\n");
        write(root.filePath(QStringLiteral("secret/memory.usage_in_bytes")), "777\n");
        write(root.filePath(QStringLiteral("secret/memory.current")), "777\n");
        const CgroupUsageReader reader(root.filePath(QStringLiteral("proc")), root.filePath(QStringLiteral("cg/x")));
        QVERIFY(!reader.read(9).known());
        write(root.filePath(QStringLiteral("proc/10/cgroup")), "0::/c\n");
        write(root.filePath(QStringLiteral("cg/x/c/memory.current")), "-5\n");
        write(root.filePath(QStringLiteral("cg/x/c/pids.current")), QByteArray(5000, '9'));
        write(root.filePath(QStringLiteral("cg/x/c/cpu.stat")), "usage_usec 99999999999999999999\n");
        QVERIFY(!reader.read(10).known());
        QVERIFY(!reader.read(0).known());
        QVERIFY(!reader.read(999999).known()); // no such process
    }

    // Real cgroups: a child moved into a cgroup of its own is read; this test's own process,
    // which shares its cgroup with whoever started it (as an nspawn machine started without
    // systemd shares its supervisor's), is not, and the reason is given.
    void realCgroups()
    {
        OwnCgroupChild child({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
        QVERIFY2(child.ready(), "cannot make a cgroup under /sys/fs/cgroup (this test needs root)");
        QTest::qWait(300);
        const CgroupUsage u = CgroupUsageReader().read(child.pid());
        QVERIFY2(u.cpuNanoseconds > 100 * 1000 * 1000, qPrintable(QString::number(u.cpuNanoseconds))); // busy since it moved
        QVERIFY(u.memoryBytes >= 0);
        QCOMPARE(u.processes, 1);
        QVERIFY(u.unknownWhy.isEmpty());

        const CgroupUsage self = CgroupUsageReader().read(QCoreApplication::applicationPid());
        QVERIFY(!self.known());
        QVERIFY2(self.unknownWhy.contains(QLatin1String("no cgroup of its own")), qPrintable(self.unknownWhy));
    }

    // An init in a PID namespace of its own but in its starter's cgroup (as an nspawn machine
    // started without systemd): its processes are summed from /proc instead, found by their
    // namespace. Made for real with unshare(1).
    void processesWhenNoCgroupOfItsOwn()
    {
        QProcess unshare;
        unshare.start(QStringLiteral("unshare"), {QStringLiteral("--pid"), QStringLiteral("--fork"), QStringLiteral("sh"), QStringLiteral("-c"),
                                                  QStringLiteral("sleep 30 & sleep 30")});
        QVERIFY(unshare.waitForStarted());
        qint64 leader = 0;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(unshare.processId()));
            leader = children.open(QIODevice::ReadOnly) ? children.readAll().trimmed().toLongLong() : 0;
            return leader > 0;
        }(), 5000);
        QTest::qWait(200); // its two sleeps started
        ResourceHistory history;
        ContainerUsageSampler sampler(leader);
        sampler.sampleInto(history, 1000);
        sampler.sampleInto(history, 3000);
        unshare.kill();
        unshare.waitForFinished();
        QVERIFY2(sampler.unknownWhy().isEmpty(), qPrintable(sampler.unknownWhy()));
        QVERIFY2(sampler.source().contains(QLatin1String("/proc")), qPrintable(sampler.source()));
        QCOMPARE(history.samples().size(), 2);
        QCOMPARE(history.samples().first().cpuPercent, -1.0); // the first: over their lifetimes
        QVERIFY(history.samples().last().cpuPercent >= 0);
        QVERIFY(history.samples().last().processes >= 2); // sh and its sleeps (or a sleep sh became)
        QVERIFY(history.samples().last().memoryBytes > 100 * 1024);

        // This test's own process shares the host's PID namespace: not summed (it would be the host).
        ContainerUsageSampler self(QCoreApplication::applicationPid());
        self.sampleInto(history, 5000);
        QVERIFY2(self.unknownWhy().contains(QLatin1String("host's PID namespace")), qPrintable(self.unknownWhy()));
        QCOMPARE(history.samples().last().processes, -1);
    }

    // The same in made-up trees: the cgroup its parent (the starter) is in is not read.
    void sharedWithTheStarter()
    {
        QTemporaryDir root;
        write(root.filePath(QStringLiteral("proc/50/cgroup")), "4:memory:/supervisor\n0::/supervisor\n");
        write(root.filePath(QStringLiteral("proc/50/status")), "Name:\tsh\nPPid:\t40\n");
        write(root.filePath(QStringLiteral("proc/40/cgroup")), "4:memory:/supervisor\n0::/supervisor\n");
        write(root.filePath(QStringLiteral("cg/memory/supervisor/memory.usage_in_bytes")), "999999999\n");
        const CgroupUsage u = CgroupUsageReader(root.filePath(QStringLiteral("proc")), root.filePath(QStringLiteral("cg"))).read(50);
        QVERIFY(!u.known());
        QVERIFY(!u.unknownWhy.isEmpty());
    }

    // Counters to a share of one core per interval; a counter that goes back is a new start.
    void historyOfShares()
    {
        ResourceHistory h(3);
        h.add(1000, CgroupUsage{1000000000, 100, 3, {}});
        QCOMPARE(h.samples().last().cpuPercent, -1.0);
        h.add(3000, CgroupUsage{1500000000, 200, 4, {}}); // 0.5 s of CPU in 2 s
        QCOMPARE(h.samples().last().cpuPercent, 25.0);
        h.add(4000, CgroupUsage{3500000000, 300, 5, {}}); // two cores busy for 1 s
        QCOMPARE(h.samples().last().cpuPercent, 200.0);
        h.add(5000, CgroupUsage{10000000, 50, 2, {}}); // started again
        QCOMPARE(h.samples().last().cpuPercent, -1.0);
        QCOMPARE(h.samples().size(), 3);
        QCOMPARE(h.samples().first().atMs, 3000);
        QCOMPARE(h.samples().last().memoryBytes, 50);
        QCOMPARE(h.samples().last().processes, 2);
    }
};

QTEST_GUILESS_MAIN(TstCgroupUsage)
#include "tst_cgroupusage.moc"
