// Process snapshots: ProcSnapshotSource over fake /proc trees laid out file by file, then over
// the real /proc with a real PID namespace (unshare, root only), and the engines' process
// tables (docker top, podman top, ps) captured for real under tests/data/.
#include "inspect/enginetopparser.h"
#include "inspect/enginetopsource.h"
#include "inspect/processroles.h"
#include "inspect/processsnapshot.h"
#include "inspect/procstat.h"
#include "process/fakecommandrunner.h"

#include "capturedoutput.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace initbench;
using namespace initbench::test;

namespace {

const QByteArray kContainerNs = "pid:[4026532258]";
const QByteArray kHostNs = "pid:[4026531836]";
constexpr qint64 kBoot = 1795342989;

struct FakeProc {
    qint64 hostPid = 0;
    QList<qint64> nspid; // host first, as the kernel writes it
    qint64 ppid = 0;
    QByteArray comm = "sleep";
    char state = 'S';
    quint64 utime = 0, stime = 0, start = 1000;
    qint64 rssPages = 250;
    uint uid = 0;
    QByteArray cmdline = QByteArray("sleep\0" "6000\0", 11);
    QByteArray cgroup = "0::/docker/abc\n";
    QByteArray ns = kContainerNs;
    qint64 session = 0;
};

// A directory laid out like /proc with what ProcSnapshotSource reads.
class FakeProcRoot
{
public:
    FakeProcRoot() { setUptime(1000.0); }
    QString path() const { return m_dir.path(); }
    void write(const QString &relative, const QByteArray &content)
    {
        const QString file = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(file).path());
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    void setUptime(double seconds)
    {
        write(QStringLiteral("uptime"), QByteArray::number(seconds, 'f', 2) + " 500.00\n");
        write(QStringLiteral("stat"), "cpu  1 2 3\nbtime " + QByteArray::number(kBoot) + "\nprocesses 5\n");
    }
    void add(const FakeProc &p)
    {
        const QString d = QString::number(p.hostPid) + QLatin1Char('/');
        // Field order of proc(5): pid (comm) state ppid pgrp session tty_nr tpgid flags minflt
        // cminflt majflt cmajflt utime stime cutime cstime priority nice num_threads itrealvalue
        // starttime vsize rss ...
        write(d + QStringLiteral("stat"), QByteArray::number(p.hostPid) + " (" + p.comm + ") " + p.state + ' '
                                              + QByteArray::number(p.ppid) + ' ' + QByteArray::number(p.hostPid) + ' '
                                              + QByteArray::number(p.session) + " 0 -1 4194560 100 0 0 0 "
                                              + QByteArray::number(p.utime) + ' ' + QByteArray::number(p.stime)
                                              + " 0 0 20 0 1 0 " + QByteArray::number(p.start) + " 2408448 "
                                              + QByteArray::number(p.rssPages) + " 18446744073709551615 1 1 0 0 0\n");
        QByteArray nspid;
        for (qint64 n : p.nspid)
            nspid += '\t' + QByteArray::number(n);
        const QByteArray uid = QByteArray::number(p.uid);
        write(d + QStringLiteral("status"), "Name:\t" + p.comm + "\nPPid:\t" + QByteArray::number(p.ppid) + "\nUid:\t" + uid + '\t'
                                                + uid + '\t' + uid + '\t' + uid + "\nNSpid:" + nspid + "\n");
        write(d + QStringLiteral("cmdline"), p.cmdline);
        write(d + QStringLiteral("cgroup"), p.cgroup);
        QDir().mkpath(m_dir.filePath(d + QStringLiteral("ns")));
        QFile::remove(m_dir.filePath(d + QStringLiteral("ns/pid")));
        QVERIFY(QFile::link(QString::fromLatin1(p.ns), m_dir.filePath(d + QStringLiteral("ns/pid"))));
    }
    void remove(qint64 hostPid) { QDir(m_dir.filePath(QString::number(hostPid))).removeRecursively(); }

private:
    QTemporaryDir m_dir;
};

const ProcessInfo *find(const ProcessSnapshot &s, qint64 pid)
{
    for (const ProcessInfo &p : s.processes)
        if (p.pid == pid)
            return &p;
    return nullptr;
}

// The runit container of tests/data/docker/top-runit.txt, as the host's /proc shows it.
void layOutRunit(FakeProcRoot &root)
{
    const QByteArray cg = "0::/docker/5c326dfdf5ba\n";
    root.add({.hostPid = 12362, .nspid = {12362, 1}, .ppid = 12337, .comm = "runit", .utime = 3, .start = 1000,
              .cmdline = QByteArray("runit\0", 6), .cgroup = cg, .session = 12362});
    root.add({.hostPid = 12337, .nspid = {12337}, .ppid = 1, .comm = "containerd-shim", .cmdline = QByteArray("shim\0", 5),
              .cgroup = "0::/system.slice/containerd.service\n", .ns = kHostNs});
    root.add({.hostPid = 13102, .nspid = {13102, 583}, .ppid = 12362, .comm = "runsvdir", .start = 1100,
              .cmdline = QByteArray("runsvdir\0-P\0/etc/service\0", 25), .cgroup = cg});
    root.add({.hostPid = 13193, .nspid = {13193, 600}, .ppid = 13102, .comm = "runsv", .start = 1100,
              .cmdline = QByteArray("runsv\0ssh\0", 10), .cgroup = cg});
    root.add({.hostPid = 13200, .nspid = {13200, 610}, .ppid = 13193, .comm = "svlogd", .start = 1100, .uid = 998,
              .cmdline = QByteArray("svlogd\0-tt\0/var/log/runit/ssh\0", 31), .cgroup = cg});
    root.add({.hostPid = 13201, .nspid = {13201, 611}, .ppid = 13193, .comm = "sshd", .start = 1100,
              .cmdline = "sshd: /usr/sbin/sshd -D -e [listener] 0 of 10-100 startups", .cgroup = cg});
    root.write(QStringLiteral("12362/root/etc/passwd"), "root:x:0:0:root:/root:/bin/bash\n_runit-log:x:998:998::/nonexistent:/usr/sbin/nologin\n");
}

} // namespace

class TestProcessSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void fakeProcMembersPidsUsers()
    {
        FakeProcRoot root;
        layOutRunit(root);
        ProcSnapshotSource source(root.path(), 12362);
        const ProcessSnapshot s = source.refresh();
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.processes.size(), 5); // the shim, in the host's namespace, is not a member
        const ProcessInfo *init = find(s, 1);
        QVERIFY(init);
        QCOMPARE(init->hostPid, 12362);
        QCOMPARE(init->ppid, 0); // its parent is outside, as ps inside shows
        QCOMPARE(init->role, ProcessRole::Init);
        QCOMPARE(init->state, QStringLiteral("Ss"));
        QCOMPARE(init->rssKb, 250 * (::sysconf(_SC_PAGESIZE) / 1024));
        QCOMPARE(init->started, QDateTime::fromSecsSinceEpoch(kBoot + 1000 / ::sysconf(_SC_CLK_TCK), Qt::UTC));
        QCOMPARE(find(s, 583)->ppid, 1);
        QCOMPARE(find(s, 583)->command, QStringLiteral("runsvdir -P /etc/service"));
        QCOMPARE(find(s, 583)->role, ProcessRole::Supervisor);
        QCOMPARE(find(s, 600)->role, ProcessRole::Supervisor);
        QCOMPARE(find(s, 610)->user, QStringLiteral("_runit-log")); // the container's name for 998, not the host's
        QCOMPARE(find(s, 610)->ppid, 600);
        QCOMPARE(find(s, 611)->command, QStringLiteral("sshd: /usr/sbin/sshd -D -e [listener] 0 of 10-100 startups"));
        QCOMPARE(find(s, 611)->role, ProcessRole::Other);
        QVERIFY(s.source.contains(QStringLiteral("12362")));
    }

    void cpuBetweenRefreshesReuseExecAndExit()
    {
        FakeProcRoot root;
        layOutRunit(root);
        ProcSnapshotSource source(root.path(), 12362);
        const ProcessSnapshot first = source.refresh();
        // First sight: over the lifetime, as ps. runit: 3 ticks over (1000 s - start) of uptime.
        const double age = 1000.0 - 1000.0 / double(::sysconf(_SC_CLK_TCK));
        QVERIFY(qAbs(find(first, 1)->cpuPercent - 100.0 * 3 / double(::sysconf(_SC_CLK_TCK)) / age) < 1e-6);

        // 2 s later: sshd used 50 ticks (0.5 s at 100 Hz); svlogd exec'd another program; 600's
        // PID now belongs to a new process; 583 is gone.
        const long hz = ::sysconf(_SC_CLK_TCK);
        root.setUptime(1002.0);
        root.add({.hostPid = 13201, .nspid = {13201, 611}, .ppid = 13193, .comm = "sshd", .utime = quint64(hz / 2), .start = 1100,
                  .cmdline = "sshd: root@pts/0", .cgroup = "0::/docker/5c326dfdf5ba\n"});
        root.add({.hostPid = 13200, .nspid = {13200, 610}, .ppid = 13193, .comm = "cat", .start = 1100,
                  .cmdline = QByteArray("cat\0", 4), .cgroup = "0::/docker/5c326dfdf5ba\n"});
        root.remove(13193);
        root.add({.hostPid = 13193, .nspid = {13193, 600}, .ppid = 1, .comm = "getty", .start = 99000,
                  .cmdline = QByteArray("/sbin/getty\0console\0", 20), .cgroup = "0::/docker/5c326dfdf5ba\n"});
        root.remove(13102);
        const ProcessSnapshot second = source.refresh();
        QVERIFY(second.ok());
        QCOMPARE(second.processes.size(), 4);
        QVERIFY(!find(second, 583));
        QVERIFY(qAbs(find(second, 611)->cpuPercent - 25.0) < 0.01); // 0.5 s of CPU in 2 s
        // The title sshd set for itself is read once; a new program (another comm) is read again.
        QCOMPARE(find(second, 611)->command, QStringLiteral("sshd: /usr/sbin/sshd -D -e [listener] 0 of 10-100 startups"));
        QCOMPARE(find(second, 610)->command, QStringLiteral("cat"));
        QCOMPARE(find(second, 610)->user, QStringLiteral("root"));
        QCOMPARE(find(second, 600)->command, QStringLiteral("/sbin/getty console"));
        QCOMPARE(find(second, 600)->startTicks, 99000u);
        QCOMPARE(find(second, 600)->role, ProcessRole::Other);
    }

    void systemdUnitsAndOddNames()
    {
        FakeProcRoot root;
        const QByteArray base = "9:name=systemd:/docker/f3d1";
        root.add({.hostPid = 500, .nspid = {500, 1}, .ppid = 400, .comm = "systemd", .cmdline = QByteArray("/lib/systemd/systemd\0", 21),
                  .cgroup = base + "/init.scope\n0::/docker/f3d1/init.scope\n"});
        root.add({.hostPid = 501, .nspid = {501, 20}, .ppid = 500, .comm = "sshd",
                  .cgroup = base + "/system.slice/ssh.service\n0::/docker/f3d1/system.slice/ssh.service\n"});
        root.add({.hostPid = 502, .nspid = {502, 21}, .ppid = 501, .comm = "sshd",
                  .cgroup = base + "/system.slice/ssh.service\n"});
        // A name with spaces and parentheses, no command line (a zombie), a namespace within the container.
        root.add({.hostPid = 503, .nspid = {503, 22}, .ppid = 500, .comm = "a) (b", .state = 'Z', .cmdline = {}, .cgroup = base + "\n"});
        root.write(QStringLiteral("500/root/etc/passwd"), "root:x:0:0::/root:/bin/sh\n");
        ProcSnapshotSource source(root.path(), 500);
        const ProcessSnapshot s = source.refresh();
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(find(s, 1)->unit, QStringLiteral("init.scope"));
        QCOMPARE(find(s, 1)->role, ProcessRole::Init);
        QCOMPARE(find(s, 20)->unit, QStringLiteral("ssh.service"));
        QCOMPARE(find(s, 20)->role, ProcessRole::UnitMain);
        QCOMPARE(find(s, 21)->role, ProcessRole::Other); // same unit as its parent
        QCOMPARE(find(s, 22)->command, QStringLiteral("[a) (b]"));
        QCOMPARE(find(s, 22)->state, QStringLiteral("Z"));
        QCOMPARE(find(s, 22)->unit, QString());
    }

    // Refreshes after the first: new processes are found (and looked at once), host ones left
    // out, and one whose namespace could not be read is looked at again on the next refresh.
    void laterRefreshesFindNewProcesses()
    {
        FakeProcRoot root;
        layOutRunit(root);
        ProcSnapshotSource source(root.path(), 12362);
        QCOMPARE(source.refresh().processes.size(), 5);
        root.add({.hostPid = 14000, .nspid = {14000, 700}, .ppid = 13201, .comm = "bash", .start = 5000,
                  .cmdline = QByteArray("-bash\0", 6), .cgroup = "0::/docker/5c326dfdf5ba\n"});
        root.add({.hostPid = 14001, .nspid = {14001}, .ppid = 1, .comm = "cron", .cmdline = QByteArray("cron\0", 5),
                  .cgroup = "0::/system.slice/cron.service\n", .ns = kHostNs});
        root.add({.hostPid = 9, .nspid = {9, 701}, .ppid = 12362, .comm = "getty", .start = 5000,
                  .cmdline = QByteArray("getty\0", 6), .cgroup = "0::/docker/5c326dfdf5ba\n"});
        QVERIFY(QFile::remove(root.path() + QStringLiteral("/9/ns/pid"))); // not readable this time
        const ProcessSnapshot second = source.refresh();
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.processes.size(), 6);
        QCOMPARE(find(second, 700)->command, QStringLiteral("-bash"));
        QCOMPARE(find(second, 700)->ppid, 611);
        QVERIFY(!find(second, 701));
        QVERIFY(QFile::link(QString::fromLatin1(kContainerNs), root.path() + QStringLiteral("/9/ns/pid")));
        const ProcessSnapshot third = source.refresh();
        QCOMPARE(third.processes.size(), 7);
        QCOMPARE(find(third, 701)->ppid, 1);
        QCOMPARE(third.processes.first().hostPid, 9); // by host PID, whatever order the folder lists
        for (qsizetype i = 1; i < third.processes.size(); ++i)
            QVERIFY(third.processes.at(i - 1).hostPid < third.processes.at(i).hostPid);
    }

    void statLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("comm");
        QTest::addColumn<QString>("state");
        QTest::addColumn<qint64>("rssPages");
        const QByteArray tail = " 0 -1 4194560 100 0 0 0 7 3 0 0 20 -5 2 0 4242 2408448 321 18446744073709551615 1 1 0 0 0\n";
        QTest::newRow("plain") << QByteArray("77 (sleep) S 1 77 77" + tail) << true << QByteArray("sleep") << QStringLiteral("S<sl") << qint64(321);
        QTest::newRow("name with ) (") << QByteArray("77 (a) (b) R 1 5 77 0 5" + tail.mid(5)) << true << QByteArray("a) (b")
                                       << QStringLiteral("R<sl+") << qint64(321);
        QTest::newRow("cut short") << QByteArray("77 (sleep) S 1 77 77 0 -1 4194560") << false << QByteArray() << QString() << qint64(0);
        QTest::newRow("no name") << QByteArray("77 sleep S 1") << false << QByteArray() << QString() << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << QByteArray() << QString() << qint64(0);
    }
    void statLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ok);
        ProcStat s;
        QCOMPARE(parseProcStat(line.constData(), size_t(line.size()), &s), ok);
        if (!ok)
            return;
        QFETCH(QByteArray, comm);
        QFETCH(QString, state);
        QFETCH(qint64, rssPages);
        QCOMPARE(QByteArray(s.comm, qsizetype(s.commSize)), comm);
        QCOMPARE(procStateText(s, 77), state);
        QCOMPARE(s.rssPages, rssPages);
        QCOMPARE(s.utime + s.stime, 10u);
        QCOMPARE(s.start, 4242u);
        QCOMPARE(s.ppid, 1);
    }

    void cgroupPaths_data()
    {
        QTest::addColumn<QByteArray>("cgroup");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("unit");
        QTest::newRow("v1 docker, runit") << QByteArray("9:name=systemd:/docker/5c32\n0::/docker/5c32\n") << QStringLiteral("/docker/5c32") << QString();
        QTest::newRow("podman scope is not a unit") << QByteArray("0::/machine.slice/libpod-5c32.scope\n") << QStringLiteral("/machine.slice/libpod-5c32.scope") << QString();
        QTest::newRow("v2 unit below") << QByteArray("0::/machine.slice/libpod-5c32.scope/system.slice/cron.service\n")
                                       << QStringLiteral("/machine.slice/libpod-5c32.scope") << QStringLiteral("cron.service");
        QTest::newRow("garbage") << QByteArray("nonsense") << QStringLiteral("/docker/x") << QString();
    }
    void cgroupPaths()
    {
        QFETCH(QByteArray, cgroup);
        QFETCH(QString, root);
        QFETCH(QString, unit);
        QCOMPARE(unitFromCgroupPath(systemdCgroupPath(cgroup), root), unit);
    }

    void leaderGoneOrGarbage()
    {
        FakeProcRoot root;
        ProcSnapshotSource gone(root.path(), 4242);
        const ProcessSnapshot s = gone.refresh();
        QVERIFY(!s.ok());
        QVERIFY(s.error.contains(QStringLiteral("4242")));
        layOutRunit(root);
        root.write(QStringLiteral("13102/stat"), "13102 (runsvdir"); // truncated
        root.write(QStringLiteral("13193/stat"), QByteArray());
        ProcSnapshotSource source(root.path(), 12362);
        const ProcessSnapshot ok = source.refresh();
        QVERIFY(ok.ok());
        QCOMPARE(ok.processes.size(), 3);
        QCOMPARE(find(ok, 610)->ppid, 0); // its parent could not be read
    }

    void realPidNamespace()
    {
        if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
            QSKIP("needs root and util-linux unshare");
        QProcess ns;
        ns.start(QStringLiteral("unshare"), {QStringLiteral("--pid"), QStringLiteral("--fork"), QStringLiteral("--mount-proc"),
                                             QStringLiteral("sh"), QStringLiteral("-c"),
                                             QStringLiteral("sleep 300 & sleep 301 & (sleep 302 & wait) & echo ready; wait")});
        QVERIFY(ns.waitForReadyRead(5000));
        // The namespace's PID 1 is unshare's child.
        QByteArray children;
        QVERIFY(readSmallFile(QStringLiteral("/proc/%1/task/%1/children").arg(ns.processId()).toLatin1().constData(), &children));
        const qint64 leader = children.trimmed().toLongLong();
        QVERIFY(leader > 0);
        QTest::qWait(200); // let the sleeps exec
        ProcSnapshotSource source(QStringLiteral("/proc"), leader);
        const ProcessSnapshot s = source.refresh();
        QVERIFY2(s.ok(), qPrintable(s.error));
        // What ps inside the namespace sees, to compare with.
        QProcess ps;
        ps.start(QStringLiteral("nsenter"), {QStringLiteral("-t"), QString::number(leader), QStringLiteral("-p"), QStringLiteral("-m"),
                                             QStringLiteral("ps"), QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("pid=,ppid=,comm=")});
        QVERIFY(ps.waitForFinished(10000));
        QStringList expected;
        for (const QString &line : QString::fromUtf8(ps.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.trimmed().endsWith(QLatin1String(" ps")))
                expected << line.simplified();
        QStringList got;
        for (const ProcessInfo &p : s.processes)
            got << QStringLiteral("%1 %2 %3").arg(p.pid).arg(p.ppid).arg(p.name);
        expected.sort();
        got.sort();
        ns.kill();
        ::kill(pid_t(leader), SIGKILL);
        ns.waitForFinished();
        // The init gone (reaped once unshare died) is an error, not an empty container.
        QTRY_VERIFY_WITH_TIMEOUT(source.refresh().error.contains(QLatin1String("is gone")), 5000);
        QCOMPARE(got, expected);
        QCOMPARE(s.processes.size(), 5);
        QCOMPARE(find(s, 1)->role, ProcessRole::Init);
        QCOMPARE(find(s, 1)->user, QStringLiteral("root"));
    }

    void dockerTop()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1795353000, Qt::UTC);
        const auto parsed = enginetop::parse(capture(QStringLiteral("docker/top-runit.txt")), now,
                                             enginetop::parsePasswd("root:x:0:0::/root:/bin/sh\n_runit-log:x:998:998::/:/bin/false\n"));
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.processes.size(), 9);
        const ProcessInfo &svlogd = parsed.processes.at(6);
        QCOMPARE(svlogd.hostPid, 13200);
        QCOMPARE(svlogd.pid, 0); // docker top knows host PIDs only
        QCOMPARE(svlogd.parentId, 13193);
        QCOMPARE(svlogd.user, QStringLiteral("_runit-log"));
        QCOMPARE(svlogd.rssKb, 1400);
        QCOMPARE(svlogd.started, now.addSecs(-73));
        QCOMPARE(svlogd.command, QStringLiteral("svlogd -tt /var/log/runit/ssh"));
        QCOMPARE(parsed.processes.at(7).name, QStringLiteral("sshd"));
        QCOMPARE(parsed.processes.at(7).command, QStringLiteral("sshd: /usr/sbin/sshd -D -e [listener] 0 of 10-100 startups"));

        FakeCommandRunner runner;
        runner.expect(QStringLiteral("docker top ib *"), 0, capture(QStringLiteral("docker/top-runit.txt")));
        EngineTopSource source(runner, {QStringLiteral("docker"), enginetop::dockerTopArguments(QStringLiteral("ib")), {}},
                               QStringLiteral("docker top"), {}, 12362);
        const ProcessSnapshot s = source.refresh();
        QVERIFY(s.ok());
        QCOMPARE(s.processes.at(0).pid, 1);
        QCOMPARE(s.processes.at(0).role, ProcessRole::Init);
        QCOMPARE(s.processes.at(3).role, ProcessRole::Supervisor);
        QCOMPARE(s.processes.at(6).user, QStringLiteral("998")); // no passwd given: the number
    }

    void podmanTop()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1795353000, Qt::UTC);
        const auto parsed = enginetop::parse(capture(QStringLiteral("podman/top-systemd.txt")), now);
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.processes.size(), 5);
        const ProcessInfo &dbus = parsed.processes.at(2);
        QCOMPARE(dbus.pid, 28);
        QCOMPARE(dbus.hostPid, 21749);
        QCOMPARE(dbus.ppid, 1);
        QCOMPARE(dbus.id, 28);
        QCOMPARE(dbus.user, QStringLiteral("messagebus"));
        QCOMPARE(dbus.rssKb, 4360);
        QCOMPARE(dbus.started, now.addMSecs(-10874));
        QCOMPARE(enginetop::parseGoDuration(QStringLiteral("1h2m3.5s")), 3723.5);
        QCOMPARE(enginetop::parseGoDuration(QStringLiteral("15ms")), 0.015);
        QCOMPARE(enginetop::parseGoDuration(QStringLiteral("3 days")), -1.0);
    }

    // Regression (fuzz_engineoutput): an elapsed time past qRound64's range (a float-cast
    // overflow under UBSan) leaves the start unknown.
    void absurdElapsedTimes()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1795353000, Qt::UTC);
        const QByteArray top = "PID HPID PPID USER STATE %CPU RSS ELAPSED COMMAND\n"
                               "1 21576 0 root S 0.0 11420 111111111111111111111111111111111110.87s /sbin/init\n"
                               "2 21577 1 root S 0.0 11420 99999999999999999999 sleep\n"
                               "3 21578 1 root S 0.0 11420 12.5s sshd\n";
        const auto parsed = enginetop::parse(top, now);
        QCOMPARE(parsed.processes.size(), 3);
        QVERIFY(!parsed.processes.at(0).started.isValid());
        QVERIFY(!parsed.processes.at(1).started.isValid());
        QCOMPARE(parsed.processes.at(2).started, now.addMSecs(-12500));
    }

    void psInside()
    {
        const auto parsed = enginetop::parse(capture(QStringLiteral("proc/ps-sysvinit.txt")), QDateTime::currentDateTimeUtc());
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.processes.size(), 4);
        QCOMPARE(parsed.processes.at(0).command, QStringLiteral("init [2]"));
        QCOMPARE(parsed.processes.at(0).name, QStringLiteral("init"));
        QCOMPARE(parsed.processes.at(1).pid, 576);
        QCOMPARE(parsed.processes.at(1).hostPid, 0);
        QCOMPARE(parsed.processes.at(3).cpuPercent, 22.2);
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("error");
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << QByteArray() << true << 0;
        QTest::newRow("no header") << QByteArray("12 1 root S sleep\n") << true << 0;
        QTest::newRow("error text") << QByteArray("Error response from daemon: container x is not running\n") << true << 0;
        QTest::newRow("bad row") << QByteArray("PID PPID COMMAND\nabc 1 sleep\n5 1 sleep 5\n6 1\n") << false << 1;
    }
    void badTables()
    {
        QFETCH(QByteArray, output);
        QFETCH(bool, error);
        QFETCH(int, rows);
        const auto parsed = enginetop::parse(output, QDateTime::currentDateTimeUtc());
        QCOMPARE(!parsed.error.isEmpty(), error);
        QCOMPARE(parsed.processes.size(), rows);
        if (rows > 0)
            QCOMPARE(parsed.warnings.size(), 1);
    }

    void engineFailureIsReported()
    {
        FakeCommandRunner runner;
        runner.expect(QStringLiteral("podman top *"), 125, {}, "Error: no container with name or ID \"x\" found\n");
        EngineTopSource source(runner, {QStringLiteral("podman"), enginetop::podmanTopArguments(QStringLiteral("x")), {}},
                               QStringLiteral("podman top"));
        const ProcessSnapshot s = source.refresh();
        QVERIFY(!s.ok());
        QVERIFY(s.error.contains(QStringLiteral("no container")));
    }
};

QTEST_GUILESS_MAIN(TestProcessSnapshot)
#include "tst_processsnapshot.moc"
