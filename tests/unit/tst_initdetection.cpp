// Init detection from PID 1's evidence. The rows marked "captured" are what the e2e images
// showed under docker (comm, exe, cmdline and marker files, read with `docker exec`); the
// others follow init-systems.md section 5 and the inits' sources.
#include "catalog/catalog.h"
#include "inspect/initdetection.h"

#include <QTest>

using namespace initbench;

class TstInitDetection : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        QStringList errors;
        m_catalog = Catalog::builtin(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void detect_data()
    {
        QTest::addColumn<QString>("comm");
        QTest::addColumn<QString>("exe");
        QTest::addColumn<QStringList>("cmdline");
        QTest::addColumn<QStringList>("markers");
        QTest::addColumn<QString>("expected");
        const QString initctl = QStringLiteral("/run/initctl"), softlevel = QStringLiteral("/run/openrc/softlevel");
        QTest::newRow("systemd (captured)") << QStringLiteral("systemd") << QStringLiteral("/usr/lib/systemd/systemd")
                                            << QStringList{QStringLiteral("/lib/systemd/systemd")}
                                            << QStringList{initctl, QStringLiteral("/run/systemd/system")} << QStringLiteral("systemd");
        QTest::newRow("sysvinit (captured)") << QStringLiteral("init") << QStringLiteral("/usr/sbin/init")
                                             << QStringList{QStringLiteral("init [2]")} << QStringList{initctl} << QStringLiteral("sysvinit");
        QTest::newRow("openrc under sysvinit (captured)") << QStringLiteral("init") << QStringLiteral("/usr/sbin/init")
                                                          << QStringList{QStringLiteral("init [2]")} << QStringList{initctl, softlevel}
                                                          << QStringLiteral("openrc");
        QTest::newRow("runit (captured)") << QStringLiteral("runit") << QStringLiteral("/usr/sbin/runit") << QStringList{QStringLiteral("runit")}
                                          << QStringList{QStringLiteral("/etc/service"), QStringLiteral("/run/runit")} << QStringLiteral("runit");
        // Debian's /sbin/init is runit-init, which execs runit: the name changes, the exe tells.
        QTest::newRow("runit renamed") << QStringLiteral("runsvdir-ish") << QStringLiteral("/sbin/runit") << QStringList{}
                                       << QStringList{} << QStringLiteral("runit");
        QTest::newRow("busybox init alone") << QStringLiteral("init") << QStringLiteral("/bin/busybox") << QStringList{QStringLiteral("/sbin/init")}
                                            << QStringList{} << QStringLiteral("busybox-init");
        QTest::newRow("openrc under busybox init") << QStringLiteral("init") << QStringLiteral("/bin/busybox")
                                                   << QStringList{QStringLiteral("/sbin/init")} << QStringList{softlevel} << QStringLiteral("openrc");
        QTest::newRow("openrc-init") << QStringLiteral("openrc-init") << QStringLiteral("/sbin/openrc-init") << QStringList{}
                                     << QStringList{softlevel} << QStringLiteral("openrc");
        QTest::newRow("s6-overlay") << QStringLiteral("s6-svscan") << QStringLiteral("/package/admin/s6-2.12.0.3/command/s6-svscan")
                                    << QStringList{QStringLiteral("s6-svscan"), QStringLiteral("-d4"), QStringLiteral("--"), QStringLiteral("/run/service")}
                                    << QStringList{QStringLiteral("/run/s6/basedir")} << QStringLiteral("s6-overlay");
        QTest::newRow("shepherd as a script") << QStringLiteral("shepherd") << QStringLiteral("/gnu/store/abc-guile-3.0.9/bin/guile")
                                              << QStringList{QStringLiteral("/gnu/store/abc-guile-3.0.9/bin/guile"), QStringLiteral("--no-auto-compile"),
                                                             QStringLiteral("/gnu/store/def-shepherd-0.10.2/bin/shepherd")}
                                              << QStringList{} << QStringLiteral("shepherd");
        QTest::newRow("shepherd under guile") << QStringLiteral("guile") << QStringLiteral("/usr/bin/guile-3.0")
                                              << QStringList{QStringLiteral("guile"), QStringLiteral("/usr/bin/shepherd"), QStringLiteral("--config=/etc/shepherd.scm")}
                                              << QStringList{} << QStringLiteral("shepherd");
        QTest::newRow("plain guile is not shepherd") << QStringLiteral("guile") << QStringLiteral("/usr/bin/guile-3.0")
                                                     << QStringList{QStringLiteral("guile"), QStringLiteral("server.scm")} << QStringList{} << QString();
        // Without root the exe link cannot be read: the control FIFO still says sysvinit.
        QTest::newRow("init, exe unreadable, initctl") << QStringLiteral("init") << QString() << QStringList{QStringLiteral("init [2]")}
                                                       << QStringList{initctl} << QStringLiteral("sysvinit");
        QTest::newRow("init, nothing else known") << QStringLiteral("init") << QString() << QStringList{} << QStringList{} << QString();
        QTest::newRow("not an init") << QStringLiteral("sleep") << QStringLiteral("/usr/bin/sleep")
                                     << QStringList{QStringLiteral("sleep"), QStringLiteral("600")} << QStringList{} << QString();
        QTest::newRow("empty") << QString() << QString() << QStringList{} << QStringList{} << QString();
    }
    void detect()
    {
        QFETCH(QString, comm);
        QFETCH(QString, exe);
        QFETCH(QStringList, cmdline);
        QFETCH(QStringList, markers);
        QFETCH(QString, expected);
        Pid1Evidence e;
        e.comm = comm;
        e.exe = exe;
        e.cmdline = cmdline;
        e.markers = markers;
        const InitDetection d = InitDetector(m_catalog.inits()).detect(e);
        QCOMPARE(d.init, expected);
        QVERIFY(d.wrapper.isEmpty());
        QVERIFY(!d.evidence.isEmpty());
        QVERIFY2(d.evidence.constFirst().contains(QLatin1String("/proc/1/comm")), qPrintable(d.evidence.join(QLatin1Char('\n'))));
    }

    void evidenceSaysWhy()
    {
        Pid1Evidence e;
        e.comm = QStringLiteral("init");
        e.exe = QStringLiteral("/usr/sbin/init");
        e.markers = {QStringLiteral("/run/initctl"), QStringLiteral("/run/openrc/softlevel")};
        const InitDetection d = InitDetector(m_catalog.inits()).detect(e);
        QCOMPARE(d.evidence, (QStringList{QStringLiteral("/proc/1/comm is 'init'"), QStringLiteral("/proc/1/exe is /usr/sbin/init"),
                                          QStringLiteral("'init' could be busybox-init, openrc, sysvinit"),
                                          QStringLiteral("/run/openrc/softlevel exists: sysvinit runs OpenRC")}));
    }

    // docker run --init (captured: comm docker-init, exe /usr/sbin/docker-init, cmdline
    // "/sbin/docker-init -- sleep 600", child "sleep"), and the same wrapping a real init.
    void wrappers_data()
    {
        QTest::addColumn<QString>("wrapper");
        QTest::addColumn<QString>("childComm");
        QTest::addColumn<QString>("childExe");
        QTest::addColumn<QString>("expected");
        QTest::newRow("docker-init + sleep (captured)") << QStringLiteral("docker-init") << QStringLiteral("sleep") << QStringLiteral("/usr/bin/sleep") << QString();
        QTest::newRow("docker-init + systemd") << QStringLiteral("docker-init") << QStringLiteral("systemd") << QStringLiteral("/usr/lib/systemd/systemd")
                                               << QStringLiteral("systemd");
        QTest::newRow("tini + runit") << QStringLiteral("tini") << QStringLiteral("runit") << QStringLiteral("/usr/sbin/runit") << QStringLiteral("runit");
        QTest::newRow("catatonit, no child") << QStringLiteral("catatonit") << QString() << QString() << QString();
    }
    void wrappers()
    {
        QFETCH(QString, wrapper);
        QFETCH(QString, childComm);
        QFETCH(QString, childExe);
        QFETCH(QString, expected);
        Pid1Evidence e;
        e.comm = wrapper;
        e.exe = QStringLiteral("/usr/sbin/") + wrapper;
        e.cmdline = {QStringLiteral("/sbin/") + wrapper, QStringLiteral("--"), QStringLiteral("/sbin/init")};
        e.childComm = childComm;
        e.childExe = childExe;
        const InitDetection d = InitDetector(m_catalog.inits()).detect(e);
        QCOMPARE(d.init, expected);
        QCOMPARE(d.wrapper, wrapper);
        QVERIFY2(d.evidence.constFirst().contains(QLatin1String("a wrapper")), qPrintable(d.evidence.constFirst()));
        QVERIFY(d.evidence.constFirst().contains(QLatin1String("'/sbin/init'")));
    }

    // The names the catalog gives each init's PID 1 are what detection knows: a catalog init
    // whose pid1 is unique is found by that name alone.
    void everyCatalogPid1IsRecognised()
    {
        int checked = 0;
        for (const InitSystem &init : m_catalog.inits()) {
            for (const InitVariant &v : init.variants) {
                Pid1Evidence e;
                e.comm = v.pid1;
                e.exe = v.exec;
                const InitDetection d = InitDetector(m_catalog.inits()).detect(e);
                QVERIFY2(!d.init.isEmpty(), qPrintable(init.id + QLatin1Char(' ') + v.pid1));
                if (v.pid1 != QLatin1String("init"))
                    QCOMPARE(d.init, init.id);
                ++checked;
            }
        }
        QVERIFY(checked >= 6);
    }

    void markerPathsAreAbsolute()
    {
        for (const QString &p : InitDetector::markerPaths())
            QVERIFY(p.startsWith(QLatin1Char('/')));
    }
};

QTEST_GUILESS_MAIN(TstInitDetection)
#include "tst_initdetection.moc"
