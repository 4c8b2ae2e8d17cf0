// The boot doctor over real consoles and errors (tests/data/doctor/): each was captured from a
// container started with one thing wrong, or from a boot that worked. Two rules describe
// failures that cannot happen on this project's machines (a cgroup v2 host, s6-overlay); their
// lines are quoted from the upstream reports and marked so.
#include "doctor/bootdoctor.h"
#include "doctor/consolereport.h"
#include "doctor/doctorrules.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "capturedoutput.h"

using namespace initbench;
using initbench::test::capture;

namespace {

QString captured(const QString &name) { return QString::fromUtf8(capture(QStringLiteral("doctor/") + name)); }

QStringList ids(const QList<DoctorFinding> &findings, bool withHarmless)
{
    QStringList out;
    for (const DoctorFinding &f : findings)
        if (withHarmless || f.rule.severity != DoctorRule::Severity::Harmless)
            out << f.rule.id;
    return out;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TstBootDoctor : public QObject
{
    Q_OBJECT

    QList<DoctorRule> m_rules;
    QSet<QString> m_exercised; // rule ids some case below expects

private slots:
    void initTestCase()
    {
        QStringList errors;
        m_rules = builtinDoctorRules(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(m_rules.size() >= 21);
    }

    // Each rule's id is its file's name, once.
    void ruleIdsAreFileNames()
    {
        QSet<QString> seen;
        for (const DoctorRule &r : std::as_const(m_rules)) {
            QCOMPARE(QFileInfo(r.sourceFile).completeBaseName(), r.id);
            QVERIFY2(!seen.contains(r.id), qPrintable(r.id));
            seen.insert(r.id);
            QVERIFY2(!r.what.isEmpty() && !r.fix.isEmpty() && !r.source.isEmpty(), qPrintable(r.id));
        }
    }

    void recognisesTheCause_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // fatal and problem findings, in order
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<QString>("firstText");

        QTest::newRow("openrc without --tmpfs /run") << captured(QStringLiteral("docker-openrc-without-tmpfs-run.console"))
                                                       << QStringList{QStringLiteral("openrc-run-not-a-mount")} << 10
                                                       << QStringLiteral("* Unable to mount tmpfs on /run.");
        QTest::newRow("systemd without tmpfs mounts") << captured(QStringLiteral("docker-systemd-without-tmpfs.console"))
                                                        << QStringList{QStringLiteral("systemd-run-not-tmpfs")} << 1
                                                        << QStringLiteral("Failed to mount tmpfs at /run: Operation not permitted");
        QTest::newRow("systemd without the cgroup volume")
            << captured(QStringLiteral("docker-systemd-without-cgroup-volume.console")) << QStringList{QStringLiteral("systemd-cgroup-missing")} << 10
            << QStringLiteral("Failed to create /docker/34c4e1d691fd2db8e5df445d03306f5662235d70d3645aa65a638c2513af7521/init.scope control "
                              "group: No such file or directory");
        QTest::newRow("systemd under rootless podman, cgroup v1") << captured(QStringLiteral("../podman/rootless-systemd-cgroupv1.console"))
                                                                    << QStringList{QStringLiteral("systemd-cgroup-denied")} << -1 << QString();
        QTest::newRow("systemd under --init") << captured(QStringLiteral("docker-systemd-under-engine-init.console"))
                                                << QStringList{QStringLiteral("systemd-not-pid1")} << 1
                                                << QStringLiteral("Explicit --user argument required to run as user manager.");
        QTest::newRow("sysvinit under --init") << captured(QStringLiteral("docker-sysvinit-under-engine-init.console"))
                                                 << QStringList{QStringLiteral("sysvinit-not-pid1")} << 1 << QString();
        QTest::newRow("runit under --init") << captured(QStringLiteral("docker-runit-under-engine-init.console"))
                                              << QStringList{QStringLiteral("runit-not-pid1")} << 1 << QStringLiteral("usage: /sbin/init 0|6");
        QTest::newRow("nspawn -b, no os-release") << captured(QStringLiteral("nspawn-tree-without-os-release.stderr"))
                                                    << QStringList{QStringLiteral("nspawn-not-an-os-tree")} << 1 << QString();
        QTest::newRow("nspawn registering, no systemd host") << captured(QStringLiteral("nspawn-register-on-host-without-systemd.stderr"))
                                                               << QStringList{QStringLiteral("nspawn-no-system-bus")} << 1
                                                               << QStringLiteral("Failed to open system bus: No such file or directory");
        QTest::newRow("systemctl without systemd") << captured(QStringLiteral("systemctl-without-systemd.stderr"))
                                                     << QStringList{QStringLiteral("systemctl-without-systemd")} << 1 << QString();
        QTest::newRow("sshd without /run/sshd") << captured(QStringLiteral("sshd-without-run-sshd.stderr"))
                                                  << QStringList{QStringLiteral("sshd-no-privsep-dir")} << 1 << QString();
        QTest::newRow("sshd without host keys") << captured(QStringLiteral("sshd-without-host-keys.stderr"))
                                                  << QStringList{QStringLiteral("sshd-no-host-keys")} << 1 << QString();
        // machinectl's words are checked against the real machinectl by e2e_nspawn-on-systemd-host.
        QTest::newRow("machinectl shell, sysvinit inside") << QStringLiteral("There is no system bus in container sdh.\n")
                                                             << QStringList{QStringLiteral("machinectl-needs-systemd-inside")} << 1 << QString();
        // Quoted from moby/moby#42275 (cgroup v2 host) and pi-hole/docker-pi-hole#1176.
        QTest::newRow("upstream: cgroup v2, read-only")
            << QStringLiteral("systemd 247.3-1 running in system mode.\nFailed to create /init.scope control group: Read-only file system\n"
                              "Failed to allocate manager object: Read-only file system\n")
            << QStringList{QStringLiteral("systemd-cgroup-read-only")} << 2 << QString();
        QTest::newRow("upstream: s6-overlay under --init") << QStringLiteral("s6-overlay-suexec: fatal: can only run as pid 1\n")
                                                             << QStringList{QStringLiteral("s6-overlay-not-pid1")} << 1 << QString();
    }

    void recognisesTheCause()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(int, firstLine);
        QFETCH(QString, firstText);
        const QList<DoctorFinding> found = BootDoctor(m_rules).examine(text);
        QCOMPARE(ids(found, false), expected);
        if (firstLine > 0)
            QCOMPARE(found.constFirst().line, firstLine);
        if (!firstText.isEmpty())
            QCOMPARE(found.constFirst().text, firstText); // colours and \r gone
        for (const QString &id : expected)
            m_exercised.insert(id);
    }

    // Boots that reached their runlevel or target hold only lines the doctor calls harmless: it
    // must not send a user after noise.
    void goodBootsHaveOnlyNoise_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("harmless");
        QTest::newRow("docker sysvinit") << QStringLiteral("docker-bookworm-sysvinit-good.console")
                                         << QStringList{QStringLiteral("mount-denied-noise"), QStringLiteral("sysctl-denied-noise"),
                                                        QStringLiteral("hostname-denied-noise"), QStringLiteral("dmesg-denied-noise")};
        QTest::newRow("docker openrc") << QStringLiteral("docker-bookworm-openrc-good.console")
                                       << QStringList{QStringLiteral("mount-denied-noise"), QStringLiteral("hostname-denied-noise"),
                                                      QStringLiteral("openrc-skips-after-hostname-noise"), QStringLiteral("sysctl-denied-noise")};
        QTest::newRow("docker runit") << QStringLiteral("docker-bookworm-runit-good.console")
                                      << QStringList{QStringLiteral("mount-denied-noise"), QStringLiteral("sysctl-denied-noise"),
                                                     QStringLiteral("dmesg-denied-noise")};
        QTest::newRow("docker systemd") << QStringLiteral("docker-bookworm-systemd-good.console")
                                        << QStringList{QStringLiteral("systemd-cgroup-v1-noise")};
        QTest::newRow("docker trixie runit") << QStringLiteral("docker-trixie-runit-good.console") << QStringList();
        QTest::newRow("nspawn sysvinit") << QStringLiteral("nspawn-bookworm-sysvinit-good.console")
                                         << QStringList{QStringLiteral("sysctl-denied-noise"), QStringLiteral("hostname-denied-noise"),
                                                        QStringLiteral("dmesg-denied-noise")};
    }

    void goodBootsHaveOnlyNoise()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, harmless);
        const QList<DoctorFinding> found = BootDoctor(m_rules).examine(captured(file));
        QCOMPARE(ids(found, false), QStringList());
        for (const QString &id : harmless) {
            QVERIFY2(ids(found, true).contains(id), qPrintable(id + QStringLiteral(" not found in ") + file));
            m_exercised.insert(id);
        }
    }

    // A rule no capture exercises is a rule nobody has seen work.
    void everyRuleIsExercised()
    {
        for (const DoctorRule &r : std::as_const(m_rules))
            QVERIFY2(m_exercised.contains(r.id), qPrintable(r.id + QStringLiteral(" has no case in this test")));
    }

    void explainsInOrderAndCounts()
    {
        const QList<DoctorFinding> found = BootDoctor(m_rules).examine(captured(QStringLiteral("docker-openrc-without-tmpfs-run.console")));
        // The cause first, noise after it, whatever their order in the console.
        QCOMPARE(found.constFirst().rule.id, QStringLiteral("openrc-run-not-a-mount"));
        QCOMPARE(found.constLast().rule.severity, DoctorRule::Severity::Harmless);
        const QString withNoise = BootDoctor::explain(found, true);
        QVERIFY2(withNoise.startsWith(QLatin1String("line 10: * Unable to mount tmpfs on /run.\n  stops the boot: OpenRC found")),
                 qPrintable(withNoise));
        // Five "mount: ...: permission denied" lines in that console: the first is shown, the rest counted.
        QVERIFY2(withNoise.contains(QLatin1String("line 8: mount: /run: permission denied.\n  (and 4 more lines like it)\n"
                                                  "  harmless here: A boot script tried to mount")),
                 qPrintable(withNoise));
        QVERIFY(withNoise.contains(QLatin1String("  why: The engine already mounted")));
        const QString causes = BootDoctor::explain(found, false);
        QVERIFY(!causes.contains(QLatin1String("harmless")));
        QVERIFY(causes.contains(QLatin1String("  fix: Give the container a tmpfs on /run")));
    }

    void plainLineDropsTerminalCodes()
    {
        QCOMPARE(BootDoctor::plainLine(QStringLiteral("\x1b[0;1;31mExiting PID 1...\x1b[0m\r")), QStringLiteral("Exiting PID 1..."));
        QCOMPARE(BootDoctor::plainLine(QStringLiteral(" \x1b[1m\x1b[31m*\x1b[m ERROR: x\x1b[K")), QStringLiteral(" * ERROR: x"));
        QCOMPARE(BootDoctor::plainLine(QStringLiteral("\x1b]0;title\x07" "done")), QStringLiteral("done"));
    }

    // The failure message of `up`: the console's end, then what is recognised anywhere in it.
    void consoleReportShowsTheEndAndTheCause()
    {
        const QString report = consoleReport(captured(QStringLiteral("docker-openrc-without-tmpfs-run.console")), 3);
        QVERIFY2(report.startsWith(QLatin1String("last console lines:\n")), qPrintable(report));
        const QString shown = report.section(QStringLiteral("\n\n"), 0, 0);
        QCOMPARE(shown.count(QLatin1Char('\n')), 3);
        QVERIFY2(report.contains(QLatin1String("\n\nWhat Initbench recognises in the console:\nline 10: * Unable to mount tmpfs on /run.")),
                 qPrintable(report));
        QVERIFY(!report.contains(QLatin1String("harmless here")));
        // Nothing recognised: no section at all.
        QCOMPARE(consoleReport(QStringLiteral("Welcome\nlogin: "), 20), QStringLiteral("last console lines:\nWelcome\nlogin:"));
    }

    // A broken rule file is named with its line and column, and the others still load.
    void brokenRulesAreReportedAndSkipped()
    {
        QTemporaryDir dir;
        const QByteArray good = "id: good\nseverity: problem\nmatch: 'x'\nwhat: w\nfix: f\nsource: s\n";
        writeFile(dir.filePath(QStringLiteral("good.yaml")), good);
        writeFile(dir.filePath(QStringLiteral("regex.yaml")), QByteArray(good).replace("match: 'x'", "match: '(unclosed'"));
        writeFile(dir.filePath(QStringLiteral("severity.yaml")), QByteArray(good).replace("problem", "dire"));
        writeFile(dir.filePath(QStringLiteral("unknown.yaml")), good + "fixx: y\n");
        writeFile(dir.filePath(QStringLiteral("missing.yaml")), QByteArray(good).replace("fix: f\n", ""));
        QStringList errors;
        const QList<DoctorRule> rules = loadDoctorRules(dir.path(), &errors);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.constFirst().id, QStringLiteral("good"));
        QCOMPARE(errors.size(), 4);
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(dir.filePath(QStringLiteral("regex.yaml")) + QStringLiteral(":3:8: match is not a valid regular expression")),
                 qPrintable(all));
        QVERIFY2(all.contains(dir.filePath(QStringLiteral("severity.yaml")) + QStringLiteral(":2:11: severity must be fatal, problem or harmless, not 'dire'")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("fixx")), qPrintable(all));
        QVERIFY2(all.contains(dir.filePath(QStringLiteral("missing.yaml"))), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TstBootDoctor)
#include "tst_bootdoctor.moc"
