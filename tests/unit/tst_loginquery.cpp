// Debian 13's wtmpdb reader on real databases (tests/data/wtmpdb/README.md) and damaged ones, and
// LoginQuery: which record store answers who/last, and why an answer is empty.
#include "inspect/loginquery.h"
#include "inspect/wtmpdbreader.h"

#include "capturedoutput.h"

#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace initbench;

namespace {

// One line of `TZ=UTC wtmpdb last -F`: user, tty, host, login and logout (or a status).
struct LastLine {
    QString user, tty, host;
    QDateTime login, logout;
    QString status;
};

QList<LastLine> parseWtmpdbLast(const QByteArray &text)
{
    static const QRegularExpression line(QStringLiteral(
        R"(^(\S+)\s+(system boot|\S+)\s+(\S+)\s+\w{3} (\w{3} +\d+ [\d:]+ \d{4}) - (?:\w{3} (\w{3} +\d+ [\d:]+ \d{4})|(still logged in|still running|crash))?)"));
    QList<LastLine> out;
    for (const QString &l : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const auto m = line.match(l);
        if (!m.hasMatch())
            continue;
        const auto time = [](const QString &s) {
            QDateTime t = QLocale::c().toDateTime(QString(s).replace(QRegularExpression(QStringLiteral(" +")), QStringLiteral(" ")),
                                                  QStringLiteral("MMM d HH:mm:ss yyyy"));
            t.setTimeSpec(Qt::UTC);
            return t;
        };
        out.append({m.captured(1), m.captured(2), m.captured(3), time(m.captured(4)), m.captured(5).isEmpty() ? QDateTime() : time(m.captured(5)),
                    m.captured(6)});
    }
    return out;
}

QDateTime toSecond(const QDateTime &t) { return t.isValid() ? QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC) : t; }

// A container whose files are a map; a missing key is a missing file.
ContainerFileReader filesOf(const QMap<QString, QByteArray> &files)
{
    return [files](const QString &path, QByteArray *bytes, QString *how) {
        if (!files.contains(path))
            return false;
        *bytes = files.value(path);
        *how = QStringLiteral("test");
        return true;
    };
}

} // namespace

class TestLoginQuery : public QObject
{
    Q_OBJECT

private slots:
    void rebootedDatabaseMatchesWtmpdbLast()
    {
        const WtmpDbResult r = WtmpDbReader::read(test::capture(QStringLiteral("wtmpdb/trixie-runit-rebooted.db")));
        QVERIFY(r.readable);
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        const QList<LastLine> expected = parseWtmpdbLast(test::capture(QStringLiteral("wtmpdb/trixie-runit-rebooted.last.txt")));
        QCOMPARE(expected.size(), 4);
        QCOMPARE(r.sessions.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const LoginSession &s = r.sessions.at(i);
            const LastLine &e = expected.at(i);
            QCOMPARE(s.kind == LoginSession::Boot, e.tty == QLatin1String("system boot"));
            if (s.kind == LoginSession::Login) { // wtmpdb last shortens the boot rows' "soft-reboot"
                QCOMPARE(s.user, e.user);
                QCOMPARE(s.line, e.tty);
            }
            QCOMPARE(s.host, e.host);
            QCOMPARE(toSecond(s.start), e.login);
            QCOMPARE(toSecond(s.end), e.logout);
            QCOMPARE(s.endKind == LoginSession::Open, e.status.startsWith(QLatin1String("still")));
        }
        QVERIFY(r.openLogins.isEmpty()); // the restart closed the open SSH session
    }

    void openDatabaseHasOneLiveLogin()
    {
        const WtmpDbResult r = WtmpDbReader::read(test::capture(QStringLiteral("wtmpdb/trixie-runit-open.db")));
        QVERIFY(r.readable);
        QCOMPARE(r.sessions.size(), 3);
        QCOMPARE(r.sessions.at(0).kind, LoginSession::Login);
        QCOMPARE(r.sessions.at(0).endKind, LoginSession::Open);
        QCOMPARE(r.sessions.at(1).endKind, LoginSession::Closed);
        QCOMPARE(r.sessions.at(2).kind, LoginSession::Boot);
        QCOMPARE(r.sessions.at(2).endKind, LoginSession::Open);
        QCOMPARE(r.openLogins.size(), 1);
        QCOMPARE(r.openLogins.constFirst().user, QStringLiteral("root"));
        QCOMPARE(r.openLogins.constFirst().line, QStringLiteral("pts/0"));
        QCOMPARE(r.openLogins.constFirst().host, QStringLiteral("172.17.0.1"));
    }

    void damagedDatabasesGiveWarningsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray real = test::capture(QStringLiteral("wtmpdb/trixie-runit-rebooted.db"));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zeros") << QByteArray(8192, '\0');
        QByteArray random(8192, '\0');
        QRandomGenerator gen(42);
        for (char &c : random)
            c = char(gen.bounded(256));
        QTest::newRow("random") << random;
        QTest::newRow("header only") << real.left(100);
        QTest::newRow("first page") << real.left(4096);
        QByteArray scribbled = real;
        for (qsizetype i = 4096; i < scribbled.size(); i += 7)
            scribbled[i] = char(0xff);
        QTest::newRow("scribbled table page") << scribbled;
    }

    void damagedDatabasesGiveWarningsNotCrashes()
    {
        QFETCH(QByteArray, bytes);
        const WtmpDbResult r = WtmpDbReader::read(bytes);
        // Either rows that really are in the file, or nothing and a warning saying why.
        if (r.readable)
            QVERIFY(r.sessions.size() <= 4);
        else
            QVERIFY(!r.warnings.isEmpty() && r.sessions.isEmpty());
    }

    // A container's database whose wtmp is a view (it could call anything on every row read):
    // refused before any row is read.
    void aViewNamedWtmpIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE logins (ID INTEGER PRIMARY KEY, Type INTEGER, User TEXT, Login INTEGER, "
                                          "Logout INTEGER, TTY TEXT, RemoteHost TEXT, Service TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO logins VALUES (1, 3, 'root', 1, NULL, 'pts/0', 'x', 'sshd')")));
            QVERIFY(q.exec(QStringLiteral("CREATE VIEW wtmp AS SELECT * FROM logins")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hostile"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const WtmpDbResult r = WtmpDbReader::read(f.readAll());
        QVERIFY(!r.readable);
        QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("not a plain table")), qPrintable(r.warnings.join(QLatin1Char(' '))));
    }

    void anSqliteFileThatIsNotWtmpdb()
    {
        // The real database's header followed by an empty first page: SQLite, but no wtmp table.
        QByteArray header = test::capture(QStringLiteral("wtmpdb/trixie-runit-open.db")).left(100);
        header.append(QByteArray(4096 - 100, '\0'));
        const WtmpDbResult r = WtmpDbReader::read(header);
        QVERIFY(!r.readable);
        QVERIFY(!r.warnings.isEmpty());
    }

    void whoPrefersUtmpThenWtmpdb()
    {
        const QByteArray db = test::capture(QStringLiteral("wtmpdb/trixie-runit-open.db"));
        const QByteArray utmp = test::capture(QStringLiteral("utmp/sysvinit-bookworm.utmp"));
        LoginAnswer a = LoginQuery::who(filesOf({{QStringLiteral("/run/utmp"), utmp}, {LoginQuery::wtmpDbPath(), db}}), {});
        QCOMPARE(a.backend, QStringLiteral("utmp"));
        QVERIFY(a.source.startsWith(QLatin1String("/run/utmp")));
        QVERIFY(!a.sessions.isEmpty());
        QVERIFY(a.why.isEmpty());

        a = LoginQuery::who(filesOf({{LoginQuery::wtmpDbPath(), db}}), {});
        QCOMPARE(a.backend, QStringLiteral("wtmpdb"));
        QCOMPARE(a.sessions.size(), 1);
    }

    void whoSaysWhyItIsEmpty()
    {
        LoginContext musl;
        musl.musl = true;
        LoginAnswer a = LoginQuery::who(filesOf({}), musl);
        QCOMPARE(a.backend, QStringLiteral("none"));
        QVERIFY2(a.why.contains(QLatin1String("utmpd")), qPrintable(a.why));

        a = LoginQuery::who(filesOf({}), {});
        QVERIFY2(a.why.contains(QLatin1String("/run/utmp")), qPrintable(a.why));

        // A utmp with only the boot and getty records: nobody logged in.
        a = LoginQuery::who(filesOf({{QStringLiteral("/run/utmp"), QByteArray()}}), {});
        QCOMPARE(a.backend, QStringLiteral("utmp"));
        QVERIFY(a.sessions.isEmpty());
        QVERIFY2(a.why.contains(QLatin1String("exec")), qPrintable(a.why));
    }

    void lastPrefersWtmpdbOverWtmp()
    {
        const QByteArray db = test::capture(QStringLiteral("wtmpdb/trixie-runit-rebooted.db"));
        const QByteArray wtmp = test::capture(QStringLiteral("utmp/sysvinit-bookworm.wtmp"));
        LoginAnswer a = LoginQuery::last(filesOf({{LoginQuery::wtmpPath(), wtmp}, {LoginQuery::wtmpDbPath(), db}}), {});
        QCOMPARE(a.backend, QStringLiteral("wtmpdb"));
        QCOMPARE(a.history.size(), 4);
        QVERIFY2(a.why.isEmpty(), qPrintable(a.why));

        a = LoginQuery::last(filesOf({{LoginQuery::wtmpPath(), wtmp}, {LoginQuery::wtmpDbPath(), QByteArray("garbage")}}), {});
        QCOMPARE(a.backend, QStringLiteral("wtmp"));
        QVERIFY(!a.history.isEmpty());
        QVERIFY(a.warnings.join(QLatin1Char(' ')).contains(LoginQuery::wtmpDbPath()));
    }

    void lastSaysWhyItIsEmpty()
    {
        LoginContext runit;
        runit.pid1 = QStringLiteral("runit");
        LoginAnswer a = LoginQuery::last(filesOf({{LoginQuery::wtmpPath(), QByteArray()}}), runit);
        QCOMPARE(a.backend, QStringLiteral("wtmp"));
        QVERIFY(a.history.isEmpty());
        QVERIFY2(a.why.contains(QLatin1String("runit writes no boot records")), qPrintable(a.why));
        QVERIFY2(a.why.contains(QLatin1String("exec")), qPrintable(a.why));

        LoginContext musl;
        musl.musl = true;
        a = LoginQuery::last(filesOf({}), musl);
        QCOMPARE(a.backend, QStringLiteral("none"));
        QVERIFY2(a.why.contains(QLatin1String("wtmpd")), qPrintable(a.why));
    }
};

QTEST_GUILESS_MAIN(TestLoginQuery)
#include "tst_loginquery.moc"
