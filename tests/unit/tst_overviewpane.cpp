// The Overview of the chosen container: its facts, the security summary and commands of the
// recipe it was recorded with, and live usage graphs read from a real cgroup (this test's own
// process stands for a container's init); the history of each container is kept while another
// one is shown, and starts again when the container does.
#include "catalog/catalog.h"
#include "engine/containerrecords.h"
#include "overviewpane.h"
#include "owncgroupchild.h"
#include "profile/profile.h"
#include "usagegraph.h"
#include "util/apppaths.h"

#include "testhostfacts.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace initbench;

class TstOverviewPane : public QObject
{
    Q_OBJECT
    Catalog m_catalog = Catalog::builtin();
    QTemporaryDir m_home;

    HostFacts host() const { return testHostFacts(m_home.filePath(QStringLiteral("data"))); }

    // One reading of every running container, waited for (it runs off the GUI thread).
    static void sampleNow(OverviewPane &pane)
    {
        QSignalSpy sampled(&pane, &OverviewPane::sampled);
        pane.sample();
        QVERIFY(sampled.wait(5000));
    }

    static ContainerState running(const QString &name, int pid)
    {
        ContainerState c;
        c.name = name;
        c.engine = QStringLiteral("docker");
        c.status = QStringLiteral("running");
        c.exists = c.running = true;
        c.hostPid = pid;
        c.sshPort = 2299;
        c.detail = QStringLiteral("Up 2 minutes");
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("INITBENCH_HOME", QFile::encodeName(m_home.path()));
        Profile p;
        p.name = QStringLiteral("web");
        p.distro = QStringLiteral("debian:bookworm");
        p.init = QStringLiteral("openrc");
        p.engine = QStringLiteral("docker");
        p.services = {QStringLiteral("sshd")};
        QCOMPARE(ContainerRecords(AppPaths::dataDir()).save(p), QString());
    }

    void factsSummaryAndCommands()
    {
        OverviewPane pane(m_catalog, host());
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("overviewTitle"))->text(), QStringLiteral("No container chosen"));
        pane.setContainers({running(QStringLiteral("web"), int(QCoreApplication::applicationPid()))});
        pane.setContainer(QStringLiteral("web"), QStringLiteral("docker"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("overviewTitle"))->text(), QStringLiteral("web"));
        const QString facts = pane.findChild<QLabel *>(QStringLiteral("overviewFacts"))->text();
        QVERIFY2(facts.contains(QLatin1String("SSH on 127.0.0.1:2299")), qPrintable(facts));
        const QString summary = pane.findChild<QLabel *>(QStringLiteral("overviewSecurity"))->text();
        QVERIFY2(summary.contains(QLatin1String("loopback only")), qPrintable(summary));
        const QString commands = pane.findChild<QPlainTextEdit *>(QStringLiteral("overviewCommands"))->toPlainText();
        QVERIFY2(commands.contains(QLatin1String("docker run")) && commands.contains(QLatin1String("127.0.0.1:2299:22")), qPrintable(commands));
        // One it has no record of says so instead.
        pane.setContainer(QStringLiteral("stranger"), QStringLiteral("docker"));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("overviewSecurity"))->text().startsWith(QLatin1String("Not known")));
    }

    void liveGraphsKeptPerContainer()
    {
        OverviewPane pane(m_catalog, host());
        // Two "containers": inits in cgroups of their own, one of them busy.
        OwnCgroupChild busy({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
        QVERIFY2(busy.ready(), "cannot make a cgroup under /sys/fs/cgroup (this test needs root)");
        const int self = int(busy.pid());
        pane.setContainers({running(QStringLiteral("web"), self), running(QStringLiteral("db"), self)});
        pane.setContainer(QStringLiteral("web"), QStringLiteral("docker"));
        auto *cpu = pane.findChild<UsageGraph *>(QStringLiteral("overviewCpu"));
        auto *memory = pane.findChild<UsageGraph *>(QStringLiteral("overviewMemory"));
        auto *processes = pane.findChild<UsageGraph *>(QStringLiteral("overviewProcesses"));
        sampleNow(pane);
        QVERIFY2(cpu->caption().contains(QLatin1String("measuring")), qPrintable(cpu->caption()));
        QTest::qWait(300);
        sampleNow(pane);
        QCOMPARE(cpu->values().size(), 2);
        QVERIFY2(cpu->values().last() > 30, qPrintable(cpu->caption())); // a busy loop for all of it
        QVERIFY2(memory->values().last() >= 0 && memory->caption().contains(QLatin1String("MiB")), qPrintable(memory->caption()));
        QCOMPARE(processes->caption(), QStringLiteral("Processes: 1"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("overviewUsageWhy"))->text(), QStringLiteral("Read from its cgroup."));

        // Another one shown and back: the history was kept (and grew meanwhile).
        pane.setContainer(QStringLiteral("db"), QStringLiteral("docker"));
        sampleNow(pane);
        QCOMPARE(cpu->values().size(), 3);
        pane.setContainer(QStringLiteral("web"), QStringLiteral("docker"));
        QCOMPARE(cpu->values().size(), 3);

        // Started again (a new init): its history starts again; stopped: not read.
        // One whose init shares its starter's cgroup and the host's PID namespace (this test's
        // own process) says why nothing is known.
        pane.setContainers({running(QStringLiteral("web"), int(QCoreApplication::applicationPid()))});
        sampleNow(pane);
        QVERIFY2(pane.findChild<QLabel *>(QStringLiteral("overviewUsageWhy"))->text().contains(QLatin1String("no cgroup of its own")),
                 qPrintable(pane.findChild<QLabel *>(QStringLiteral("overviewUsageWhy"))->text()));
        QCOMPARE(processes->caption(), QStringLiteral("Processes: not known"));

        ContainerState restarted = running(QStringLiteral("web"), self + 1000000);
        pane.setContainers({restarted});
        QCOMPARE(cpu->values().size(), 0);
        restarted.running = false;
        restarted.hostPid = 0;
        pane.setContainers({restarted});
        sampleNow(pane);
        QCOMPARE(cpu->values().size(), 0);
        QCOMPARE(cpu->caption(), QStringLiteral("CPU: not running"));
    }
};

QTEST_MAIN(TstOverviewPane)
#include "tst_overviewpane.moc"
