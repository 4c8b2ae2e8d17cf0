// probeInit and queryServices through the engine's exec (the path used without root or with a
// remote engine), on a fake runner fed with output captured from the e2e containers. The local
// path (/proc/PID/root, nsenter) is exercised against running containers by `initbench init`.
#include "catalog/catalog.h"
#include "engine/containercontroller.h"
#include "engine/initprobe.h"
#include "process/fakecommandrunner.h"

#include "capturedoutput.h"

#include <QTemporaryDir>
#include <QTest>

using namespace initbench;

class TstInitProbe : public QObject
{
    Q_OBJECT
    Catalog m_catalog;
    QTemporaryDir m_dataDir;

    ContainerController controller(FakeCommandRunner &fake)
    {
        HostFacts host;
        host.stateDir = m_dataDir.filePath(QStringLiteral("state"));
        return ContainerController(fake, m_catalog, host, m_dataDir.path());
    }
    static ContainerState remote()
    {
        ContainerState s;
        s.name = QStringLiteral("c1");
        s.engine = QStringLiteral("docker");
        s.exists = s.running = true;
        s.hostPid = 0; // no PID of this machine: everything goes through docker exec
        return s;
    }

private slots:
    void initTestCase()
    {
        QStringList errors;
        m_catalog = Catalog::builtin(&errors);
        QVERIFY(errors.isEmpty());
    }

    void openrcThroughExec()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker exec --interactive c1 head -c 4194305 -- /proc/1/comm"), 0, "init\n");
        fake.expect(QStringLiteral("docker exec --interactive c1 head -c 4194305 -- /proc/1/cmdline"), 0, QByteArray("init [2]\0\0\0", 11));
        fake.expect(QStringLiteral("docker exec --interactive c1 readlink -- /proc/1/exe"), 0, "/usr/sbin/init\n");
        // ls -d lists what exists and fails for the rest.
        fake.expect(QStringLiteral("docker exec --interactive c1 ls -d --*"), 2, "/run/initctl\n/run/openrc/softlevel\n",
                    "ls: cannot access '/run/systemd/system': No such file or directory\n");
        ContainerController c = controller(fake);
        const InitReport r = probeInit(c, remote(), m_catalog);
        QCOMPARE(r.detection.init, QStringLiteral("openrc"));
        QCOMPARE(r.evidence.cmdline, QStringList{QStringLiteral("init [2]")});
        QCOMPARE(r.evidence.markers, (QStringList{QStringLiteral("/run/initctl"), QStringLiteral("/run/openrc/softlevel")}));
        QVERIFY(r.how.contains(QLatin1String("head -c through docker")));

        fake.expect(QStringLiteral("docker exec --interactive c1 rc-status -a"), 0, test::capture(QStringLiteral("services/openrc/rc-status-a-booted.txt")));
        fake.expect(QStringLiteral("docker exec --interactive c1 rc-status -r"), 0, "default\n");
        const ServiceList list = queryServices(c, remote(), r.detection.init);
        QCOMPARE(list.runlevel, QStringLiteral("default"));
        QCOMPARE(list.rows.size(), 27);
        QVERIFY(list.warnings.isEmpty());
        QCOMPARE(list.command, QStringLiteral("rc-status -a"));
    }

    void wrapperThroughExec()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker exec --interactive c1 head -c 4194305 -- /proc/1/comm"), 0, "docker-init\n");
        fake.expect(QStringLiteral("docker exec --interactive c1 head -c 4194305 -- /proc/1/cmdline"), 0, QByteArray("/sbin/docker-init\0--\0sleep\0" "600\0", 31));
        fake.expect(QStringLiteral("docker exec --interactive c1 readlink -- /proc/1/exe"), 0, "/usr/sbin/docker-init\n");
        fake.expect(QStringLiteral("docker exec --interactive c1 ls -d --*"), 2, "");
        fake.expect(QStringLiteral("docker exec --interactive c1 head -c 4194305 -- /proc/1/task/1/children"), 0, "7 ");
        fake.expect(QStringLiteral("docker exec --interactive c1 head -c 4194305 -- /proc/7/comm"), 0, "sleep\n");
        fake.expect(QStringLiteral("docker exec --interactive c1 head -c 4194305 -- /proc/7/cmdline"), 0, QByteArray("sleep\0" "600\0", 10));
        fake.expect(QStringLiteral("docker exec --interactive c1 readlink -- /proc/7/exe"), 0, "/usr/bin/sleep\n");
        ContainerController c = controller(fake);
        const InitReport r = probeInit(c, remote(), m_catalog);
        QCOMPARE(r.detection.wrapper, QStringLiteral("docker-init"));
        QCOMPARE(r.evidence.childComm, QStringLiteral("sleep"));
        QVERIFY(r.detection.init.isEmpty());
        QVERIFY2(r.detection.evidence.constFirst().contains(QLatin1String("'sleep 600'")), qPrintable(r.detection.evidence.constFirst()));
    }

    // A status command that cannot run: a warning with the engine's words, no rows, no crash.
    void missingStatusCommand()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker exec --interactive c1 herd status"), 127, "",
                    "OCI runtime exec failed: exec failed: unable to start container process: exec: \"herd\": executable file not found in $PATH\n");
        ContainerController c = controller(fake);
        const ServiceList list = queryServices(c, remote(), QStringLiteral("shepherd"));
        QVERIFY(list.rows.isEmpty());
        QCOMPARE(list.warnings.size(), 1);
        QVERIFY2(list.warnings.constFirst().contains(QLatin1String("executable file not found")), qPrintable(list.warnings.constFirst()));
    }

    // systemctl exits 0 with rows; the PIDs come from the second command, whose failure only costs the PIDs.
    void systemdPidsOptional()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker exec --interactive c1 systemctl list-units*"), 0,
                    test::capture(QStringLiteral("services/systemd/list-units-mixed.txt")));
        fake.expect(QStringLiteral("docker exec --interactive c1 systemctl show*"), 1, "", "Failed to connect to bus\n");
        ContainerController c = controller(fake);
        const ServiceList list = queryServices(c, remote(), QStringLiteral("systemd"));
        QCOMPARE(list.rows.size(), 69);
        QVERIFY(list.warnings.isEmpty());
        for (const ServiceRow &r : list.rows)
            QCOMPARE(r.pid, 0);
        QCOMPARE(fake.history.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstInitProbe)
#include "tst_initprobe.moc"
