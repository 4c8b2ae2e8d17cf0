// Service-status parsers on outputs captured from the e2e images (tests/data/services/README.md
// says how each was made), plus hand-written inputs in the documented formats for s6-overlay
// and shepherd, which cannot be run here, and broken inputs that must give warnings, not rows.
#include "inspect/serviceparsers.h"
#include "inspect/servicequery.h"

#include "capturedoutput.h"

#include <QTest>

using namespace initbench;

namespace {

QString text(const QString &relative) { return QString::fromUtf8(test::capture(QStringLiteral("services/") + relative)); }

// "name state pid group" of one row, "-" for an empty field, "missing" when no such row.
QString row(const QList<ServiceRow> &rows, const QString &name)
{
    for (const ServiceRow &r : rows)
        if (r.name == name)
            return QStringLiteral("%1 %2 %3 %4").arg(r.name, serviceStateName(r.state), r.pid > 0 ? QString::number(r.pid) : QStringLiteral("-"),
                                                     r.group.isEmpty() ? QStringLiteral("-") : r.group);
    return QStringLiteral("missing");
}

int count(const QList<ServiceRow> &rows, ServiceState state)
{
    return int(std::count_if(rows.begin(), rows.end(), [state](const ServiceRow &r) { return r.state == state; }));
}

} // namespace

class TstServiceParsers : public QObject
{
    Q_OBJECT

private slots:
    void systemdBooted()
    {
        const ServiceParse p = ServiceParsers::systemdUnits(text(QStringLiteral("systemd/list-units-booted.txt")));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(p.rows.size(), 66);
        QCOMPARE(row(p.rows, QStringLiteral("ssh.service")), QStringLiteral("ssh.service running - -"));
        QCOMPARE(row(p.rows, QStringLiteral("apt-daily.service")), QStringLiteral("apt-daily.service stopped - -"));
        QCOMPARE(count(p.rows, ServiceState::Failed), 0);
        // Oneshots that ran are "active (exited)": running as systemd counts it, with its words kept.
        for (const ServiceRow &r : p.rows)
            if (r.name == QLatin1String("systemd-update-utmp.service"))
                QCOMPARE(r.detail, QStringLiteral("active (exited)"));
        for (const ServiceRow &r : p.rows)
            if (r.name == QLatin1String("auditd.service"))
                QCOMPARE(r.detail, QStringLiteral("inactive (dead), not-found"));
    }
    void systemdMixedStates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << QStringLiteral("systemd/list-units-mixed.txt");
        QTest::newRow("bullets") << QStringLiteral("systemd/list-units-bullets.txt");
    }
    void systemdMixedStates()
    {
        QFETCH(QString, file);
        ServiceParse p = ServiceParsers::systemdUnits(text(file));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(p.rows.size(), 69);
        ServiceParsers::applySystemdMainPids(p.rows, text(QStringLiteral("systemd/show-mainpid-mixed.txt")));
        QCOMPARE(row(p.rows, QStringLiteral("ssh.service")), QStringLiteral("ssh.service stopped - -"));
        QCOMPARE(row(p.rows, QStringLiteral("ib-fail.service")), QStringLiteral("ib-fail.service failed - -"));
        QCOMPARE(row(p.rows, QStringLiteral("ib-slow.service")), QStringLiteral("ib-slow.service starting 107 -"));
        QCOMPARE(row(p.rows, QStringLiteral("ib-sleeper.service")), QStringLiteral("ib-sleeper.service running 108 -"));
        QCOMPARE(row(p.rows, QStringLiteral("dbus.service")), QStringLiteral("dbus.service running 30 -"));
        QCOMPARE(row(p.rows, QStringLiteral("systemd-logind.service")), QStringLiteral("systemd-logind.service running 32 -"));
    }
    void sysvinit()
    {
        const QString out = text(QStringLiteral("sysvinit/status-all-booted.stdout")) + text(QStringLiteral("sysvinit/status-all-booted.stderr"));
        const ServiceParse p = ServiceParsers::sysvStatusAll(out);
        QVERIFY(p.warnings.isEmpty());
        QCOMPARE(p.rows.size(), 25);
        QCOMPARE(row(p.rows, QStringLiteral("ssh")), QStringLiteral("ssh running - -"));
        QCOMPARE(row(p.rows, QStringLiteral("procps")), QStringLiteral("procps stopped - -"));
        QCOMPARE(row(p.rows, QStringLiteral("hwclock.sh")), QStringLiteral("hwclock.sh unknown - -")); // from stderr
        QCOMPARE(p.rows.constFirst().name, QStringLiteral("bootlogs")); // the stderr rows sorted in
        QCOMPARE(p.rows.at(7).name, QStringLiteral("hwclock.sh"));
        const ServiceParse stopped = ServiceParsers::sysvStatusAll(text(QStringLiteral("sysvinit/status-all-ssh-stopped.stdout")));
        QCOMPARE(row(stopped.rows, QStringLiteral("ssh")), QStringLiteral("ssh stopped - -"));
        QCOMPARE(ServiceParsers::sysvRunlevel(text(QStringLiteral("sysvinit/runlevel.txt"))), QStringLiteral("2"));
        QCOMPARE(ServiceParsers::sysvRunlevel(QStringLiteral("unknown\n")), QString());
    }
    void openrcBooted()
    {
        const ServiceParse p = ServiceParsers::openrcStatus(text(QStringLiteral("openrc/rc-status-a-booted.txt")));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(row(p.rows, QStringLiteral("ssh")), QStringLiteral("ssh running - default"));
        QCOMPARE(row(p.rows, QStringLiteral("umountfs")), QStringLiteral("umountfs stopped - off"));
        QCOMPARE(row(p.rows, QStringLiteral("procps")), QStringLiteral("procps running - sysinit"));
        // Listed under two runlevels: one row naming both.
        QCOMPARE(row(p.rows, QStringLiteral("bootlogs")), QStringLiteral("bootlogs stopped - default, recovery"));
        QCOMPARE(p.rows.size(), 27);
    }
    void openrcMixed()
    {
        const ServiceParse p = ServiceParsers::openrcStatus(text(QStringLiteral("openrc/rc-status-a-mixed.txt")));
        QVERIFY(p.warnings.isEmpty());
        QCOMPARE(row(p.rows, QStringLiteral("ibslow")), QStringLiteral("ibslow starting - default"));
        QCOMPARE(row(p.rows, QStringLiteral("ibfail")), QStringLiteral("ibfail stopped - default"));
        QCOMPARE(row(p.rows, QStringLiteral("ibsleep")), QStringLiteral("ibsleep running - default"));
    }
    void openrcStatesNotCaptured_data()
    {
        // Words from OpenRC's rc-status.c that Debian's OpenRC did not produce here; the
        // supervise-daemon form adds the uptime and the respawn count.
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("crashed") << QStringLiteral(" sshd   [  crashed  ]") << QStringLiteral("sshd failed - default");
        QTest::newRow("failed") << QStringLiteral(" sshd   [  failed  ]") << QStringLiteral("sshd failed - default");
        QTest::newRow("supervised") << QStringLiteral(" sshd   [  started 00:12:04 (0)  ]") << QStringLiteral("sshd running - default");
        QTest::newRow("inactive") << QStringLiteral(" sshd   [  inactive  ]") << QStringLiteral("sshd starting - default");
        QTest::newRow("stopping") << QStringLiteral(" sshd   [  stopping  ]") << QStringLiteral("sshd stopped - default");
        QTest::newRow("colour") << QStringLiteral(" \x1b[0;32msshd\x1b[0m  [  \x1b[1;32mstarted\x1b[0m  ]") << QStringLiteral("sshd running - default");
    }
    void openrcStatesNotCaptured()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const ServiceParse p = ServiceParsers::openrcStatus(QStringLiteral("Runlevel: default\n") + line + QLatin1Char('\n'));
        QCOMPARE(row(p.rows, QStringLiteral("sshd")), expected);
    }
    void runitBooted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("ssh");
        QTest::newRow("bookworm") << QStringLiteral("runit/sv-status-booted.txt") << QStringLiteral("ssh running 613 -");
        QTest::newRow("trixie") << QStringLiteral("runit/sv-status-trixie.txt") << QStringLiteral("ssh running 605 -");
    }
    void runitBooted()
    {
        QFETCH(QString, file);
        QFETCH(QString, ssh);
        const ServiceParse p = ServiceParsers::runitStatus(text(file));
        QVERIFY(p.warnings.isEmpty());
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(row(p.rows, QStringLiteral("ssh")), ssh);
        QCOMPARE(count(p.rows, ServiceState::Running), 3);
    }
    void runitMixed()
    {
        const ServiceParse p = ServiceParsers::runitStatus(text(QStringLiteral("runit/sv-status-mixed.txt")));
        QVERIFY(p.warnings.isEmpty());
        QCOMPARE(row(p.rows, QStringLiteral("ssh")), QStringLiteral("ssh stopped - -"));
        QCOMPARE(row(p.rows, QStringLiteral("ibfail")), QStringLiteral("ibfail failed - -"));
        QCOMPARE(row(p.rows, QStringLiteral("ibdown")), QStringLiteral("ibdown stopped - -"));
        QCOMPARE(row(p.rows, QStringLiteral("getty-console")), QStringLiteral("getty-console running 710 -"));
        for (const ServiceRow &r : p.rows)
            if (r.name == QLatin1String("ssh"))
                QCOMPARE(r.detail, QStringLiteral("down: 3s, normally up; run: log: (pid 609) 73s"));
        const ServiceParse finish = ServiceParsers::runitStatus(text(QStringLiteral("runit/sv-status-finish.txt")));
        QCOMPARE(row(finish.rows, QStringLiteral("ibdown")), QStringLiteral("ibdown stopped - -"));
    }
    void runitProblems()
    {
        const ServiceParse p = ServiceParsers::runitStatus(text(QStringLiteral("runit/sv-status-noglob.txt")));
        QVERIFY(p.rows.isEmpty());
        QCOMPARE(p.warnings, QStringList{QStringLiteral("sv: /etc/service/*: unable to change to service directory: file does not exist")});
        const ServiceParse q = ServiceParsers::runitStatus(QStringLiteral("warning: /etc/service/cron: unable to open supervise/ok: file does not exist\n"));
        QCOMPARE(row(q.rows, QStringLiteral("cron")), QStringLiteral("cron unknown - -"));
        QCOMPARE(q.warnings.size(), 1);
    }
    void s6Overlay()
    {
        const ServiceParse p = ServiceParsers::s6Status(text(QStringLiteral("s6-overlay/status-mixed.txt")));
        QCOMPARE(row(p.rows, QStringLiteral("sshd")), QStringLiteral("sshd running 88 longrun"));
        QCOMPARE(row(p.rows, QStringLiteral("utmp-init")), QStringLiteral("utmp-init running - oneshot"));
        QCOMPARE(row(p.rows, QStringLiteral("syslogd")), QStringLiteral("syslogd stopped - longrun"));
        // s6-rc says down, s6-supervise keeps restarting it: it fails.
        QCOMPARE(row(p.rows, QStringLiteral("crond")), QStringLiteral("crond failed - longrun"));
        QCOMPARE(row(p.rows, QStringLiteral("legacy-getty")), QStringLiteral("legacy-getty running 95 supervised"));
        QCOMPARE(row(p.rows, QStringLiteral("broken")), QStringLiteral("broken unknown - supervised"));
        QCOMPARE(p.warnings.size(), 1);
        QVERIFY(p.warnings.constFirst().contains(QLatin1String("s6-supervise not running")));
        QCOMPARE(p.rows.size(), 11);
        // s6 before 2.2 printed "down S seconds" without the reason.
        const ServiceParse old = ServiceParsers::s6Status(QStringLiteral("[supervised]\nx: down 5 seconds, normally up\n"));
        QCOMPARE(row(old.rows, QStringLiteral("x")), QStringLiteral("x stopped - supervised"));
    }
    void shepherd()
    {
        const ServiceParse p = ServiceParsers::shepherdStatus(text(QStringLiteral("shepherd/herd-status-0.10.txt")));
        QVERIFY(p.warnings.isEmpty());
        QCOMPARE(p.rows.size(), 13);
        QCOMPARE(row(p.rows, QStringLiteral("ssh-daemon")), QStringLiteral("ssh-daemon running - -"));
        QCOMPARE(row(p.rows, QStringLiteral("networking")), QStringLiteral("networking starting - -"));
        QCOMPARE(row(p.rows, QStringLiteral("term-tty1")), QStringLiteral("term-tty1 stopped - -"));
        QCOMPARE(row(p.rows, QStringLiteral("ntpd")), QStringLiteral("ntpd stopped - -"));
        QCOMPARE(row(p.rows, QStringLiteral("host-name")), QStringLiteral("host-name stopped - -"));
        QCOMPARE(row(p.rows, QStringLiteral("mcron")), QStringLiteral("mcron failed - -"));
        const ServiceParse old = ServiceParsers::shepherdStatus(text(QStringLiteral("shepherd/herd-status-0.9.txt")));
        QCOMPARE(old.rows.size(), 5);
        QCOMPARE(count(old.rows, ServiceState::Running), 3);
    }
    void busyboxInittab()
    {
        const ServiceParse p = ServiceParsers::inittab(QStringLiteral("# /etc/inittab\n::sysinit:/sbin/openrc sysinit\n"
                                                                      "tty1::respawn:/sbin/getty 38400 tty1\n"
                                                                      "::shutdown:/sbin/openrc shutdown\nnonsense\n"));
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(row(p.rows, QStringLiteral("tty1")), QStringLiteral("tty1 unknown - respawn"));
        QCOMPARE(p.rows.at(0).name, QStringLiteral("openrc"));
        QCOMPARE(p.rows.at(0).detail, QStringLiteral("/sbin/openrc sysinit"));
        QCOMPARE(p.warnings.size(), 1);
    }
    // Whatever comes back (an error message, garbage, nothing) gives warnings and no rows.
    void garbage_data()
    {
        QTest::addColumn<QString>("init");
        QTest::addColumn<QString>("output");
        const QString error = QStringLiteral("OCI runtime exec failed: exec: \"rc-status\": executable file not found in $PATH\n");
        const QString binary = QString::fromLatin1(QByteArray("\x01\x02\xff\x00zz\n[ ]\n", 9));
        for (const char *init : {"systemd", "sysvinit", "openrc", "runit", "s6-overlay", "shepherd"}) {
            QTest::addRow("%s-error", init) << QString::fromLatin1(init) << error;
            QTest::addRow("%s-binary", init) << QString::fromLatin1(init) << binary;
            QTest::addRow("%s-empty", init) << QString::fromLatin1(init) << QString();
        }
    }
    void garbage()
    {
        QFETCH(QString, init);
        QFETCH(QString, output);
        const ServiceList list = ServiceQuery::forInit(init).parse(output, output);
        QVERIFY(list.rows.isEmpty());
        QCOMPARE(list.warnings.isEmpty(), output.trimmed().isEmpty());
        QCOMPARE(list.raw, output);
    }
    void queries()
    {
        QCOMPARE(ServiceQuery::forInit(QStringLiteral("sysvinit")).status, (QStringList{QStringLiteral("service"), QStringLiteral("--status-all")}));
        QVERIFY(ServiceQuery::forInit(QStringLiteral("sysvinit")).mergeStderr);
        QCOMPARE(ServiceQuery::forInit(QStringLiteral("openrc")).status, (QStringList{QStringLiteral("rc-status"), QStringLiteral("-a")}));
        QCOMPARE(ServiceQuery::forInit(QStringLiteral("shepherd")).status, (QStringList{QStringLiteral("herd"), QStringLiteral("status")}));
        QVERIFY(ServiceQuery::forInit(QStringLiteral("guix")).status.isEmpty());
        const ServiceList unknown = ServiceQuery::forInit(QStringLiteral("guix")).parse({}, {});
        QCOMPARE(unknown.warnings.size(), 1);
        // The runlevel comes from the extra command.
        QCOMPARE(ServiceQuery::forInit(QStringLiteral("openrc")).parse({}, text(QStringLiteral("openrc/rc-status-r.txt"))).runlevel,
                 QStringLiteral("default"));
        QCOMPARE(ServiceQuery::forInit(QStringLiteral("runit")).parse({}, QStringLiteral("/etc/runit/runsvdir/default\n")).runlevel,
                 QStringLiteral("default"));
    }
};

QTEST_GUILESS_MAIN(TstServiceParsers)
#include "tst_serviceparsers.moc"
