// Login records captured from real containers of each Debian init (tests/data/utmp/README.md):
// what Initbench makes of each wtmp and utmp must read, line for line, as what the container's own
// util-linux `last -F -x -w` and `who` printed about the same files.
#include "capturedoutput.h"
#include "inspect/loginhistory.h"
#include "inspect/utmpformat.h"

#include <QRegularExpression>
#include <QTest>

using namespace initbench;

namespace {

// util-linux prints full times as "Sun Nov 22 11:47:54 2026" (-F), in the container's zone (UTC).
QString lastTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("ddd MMM d hh:mm:ss yyyy"));
}

// What `last -F -x -w` prints about one session, with the spacing and the duration left out.
QString asLastPrintsIt(const LoginSession &s)
{
    QString who;
    switch (s.kind) {
    case LoginSession::Login: who = s.user + QLatin1Char(' ') + s.line; break;
    case LoginSession::Boot: who = QStringLiteral("reboot system boot"); break;
    case LoginSession::Shutdown: who = QStringLiteral("shutdown system down"); break;
    case LoginSession::RunLevel: who = QStringLiteral("runlevel (to lvl %1)").arg(s.runLevel); break;
    }
    QString end;
    switch (s.endKind) {
    case LoginSession::Open: end = loginSessionStatus(s); break;
    case LoginSession::Closed: end = QStringLiteral("- ") + lastTime(s.end); break;
    case LoginSession::Crash: end = QStringLiteral("- crash"); break;
    case LoginSession::Down: end = QStringLiteral("- down"); break;
    }
    return QStringList{who, s.host, lastTime(s.start), end}.join(QLatin1Char(' ')).simplified();
}

QStringList utilLinuxLast(const QByteArray &text)
{
    static const QRegularExpression duration(QStringLiteral("\\s+\\(\\d+\\+?\\d*:\\d\\d\\)$"));
    QStringList out;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1String("wtmp begins")))
            continue;
        out << QString(line).remove(duration).simplified();
    }
    return out;
}

// `who FILE` without a locale: "root     pts/0        Nov 30 14:40 (172.17.0.1)".
QStringList asWhoPrintsIt(const QList<LoginRecord> &sessions)
{
    QStringList out;
    for (const LoginRecord &r : sessions) {
        QString line = r.user + QLatin1Char(' ') + r.line + QLatin1Char(' ')
            + r.time.toUTC().toString(QStringLiteral("MMM d hh:mm"));
        if (!r.host.isEmpty())
            line += QStringLiteral(" (%1)").arg(r.host);
        out << line;
    }
    return out;
}

QStringList utilLinuxWho(const QByteArray &text)
{
    QStringList out;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << line.simplified();
    return out;
}

} // namespace

class TstCapturedLogins : public QObject
{
    Q_OBJECT
private slots:
    void lastMatchesTheContainers_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<bool>("bootRecords");
        QTest::addColumn<int>("minLogins");
        QTest::newRow("sysvinit, login -f") << "sysvinit-bookworm" << true << 3;
        QTest::newRow("sysvinit") << "sysvinit-bookworm-ssh" << true << 3;
        QTest::newRow("systemd") << "systemd-bookworm" << true << 3;
        QTest::newRow("openrc") << "openrc-bookworm" << true << 3;
        QTest::newRow("runit") << "runit-bookworm" << false << 3; // runit writes no boot records
    }
    void lastMatchesTheContainers()
    {
        QFETCH(QString, capture);
        QFETCH(bool, bootRecords);
        QFETCH(int, minLogins);
        const UtmpParseResult wtmp = UtmpFormat::parse(test::capture(QStringLiteral("utmp/%1.wtmp").arg(capture)));
        QCOMPARE(wtmp.layout, UtmpLayout::Glibc);
        QCOMPARE(wtmp.warnings, QStringList());
        const QList<LoginSession> sessions = LoginHistory::last(wtmp.records);
        QStringList ours;
        int logins = 0, boots = 0;
        for (const LoginSession &s : sessions) {
            ours << asLastPrintsIt(s);
            logins += s.kind == LoginSession::Login;
            boots += s.kind == LoginSession::Boot;
        }
        QVERIFY2(logins >= minLogins, qPrintable(ours.join(QLatin1Char('\n'))));
        QCOMPARE(boots > 0, bootRecords);
        QCOMPARE(ours, utilLinuxLast(test::capture(QStringLiteral("utmp/%1.last.txt").arg(capture))));
    }
    void whoMatchesTheContainers_data() { lastMatchesTheContainers_data(); }
    void whoMatchesTheContainers()
    {
        QFETCH(QString, capture);
        const UtmpParseResult utmp = UtmpFormat::parse(test::capture(QStringLiteral("utmp/%1.utmp").arg(capture)));
        QCOMPARE(utmp.layout, UtmpLayout::Glibc);
        const QStringList ours = asWhoPrintsIt(LoginHistory::who(utmp.records));
        QVERIFY(!ours.isEmpty()); // every capture ends with one login left open
        QCOMPARE(ours, utilLinuxWho(test::capture(QStringLiteral("utmp/%1.who.txt").arg(capture))));
    }
};

QTEST_GUILESS_MAIN(TstCapturedLogins)
#include "tst_capturedlogins.moc"
