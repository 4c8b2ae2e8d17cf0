// utmp/wtmp readers (both layouts) and the `last`/`who` built on them. Synthetic files are written
// field by field in the order and sizes of each C struct, so the parser is checked against the
// structs and not against itself; tests/data/utmp/ holds a real capture (see its README).
#include "inspect/loginhistory.h"
#include "inspect/utmpformat.h"
#include "inspect/wtmplast.h"

#include "capturedoutput.h"

#include <QRandomGenerator>
#include <QTest>

using namespace initbench;

namespace {

constexpr qint64 kT0 = 1700000000; // 2023-11-14 22:13:20 UTC

struct Rec {
    qint16 type = 0;
    qint32 pid = 0;
    QByteArray line {}, id {}, user {}, host {};
    qint64 sec = 0, usec = 0;
    qint16 term = 0, exit = 0;
    qint32 session = 0;
};

// Appends little-endian fields; padding gets a fill byte so a test notices if it is ever read.
class RecordWriter
{
public:
    explicit RecordWriter(char fill) : m_fill(fill) { }
    template<typename T> void integer(T v)
    {
        for (size_t i = 0; i < sizeof(T); ++i)
            m_bytes.append(char((quint64(v) >> (8 * i)) & 0xff));
    }
    void chars(const QByteArray &s, int size) { m_bytes.append(s.left(size)).append(size - qMin(int(s.size()), size), '\0'); }
    void zeros(int n) { m_bytes.append(n, '\0'); }
    void padding(int n) { m_bytes.append(n, m_fill); }
    QByteArray bytes(qsizetype expected) const
    {
        if (m_bytes.size() != expected)
            qFatal("record is %d bytes, expected %d", int(m_bytes.size()), int(expected));
        return m_bytes;
    }

private:
    char m_fill;
    QByteArray m_bytes;
};

void commonHead(RecordWriter &w, const Rec &r)
{
    w.integer<qint16>(r.type);
    w.padding(2); // pid_t/int32 alignment
    w.integer<qint32>(r.pid);
    w.chars(r.line, 32);
    w.chars(r.id, 4);
    w.chars(r.user, 32);
    w.chars(r.host, 256);
    w.integer<qint16>(r.term);
    w.integer<qint16>(r.exit);
    w.integer<qint32>(r.session);
}

// glibc x86_64 struct utmp.
QByteArray glibcRecord(const Rec &r, char fill = '\x5a')
{
    RecordWriter w(fill);
    commonHead(w, r);
    w.integer<qint32>(qint32(r.sec));
    w.integer<qint32>(qint32(r.usec));
    w.zeros(16); // ut_addr_v6
    w.zeros(20); // __glibc_reserved
    return w.bytes(384);
}

// utmps struct utmpx, 64-bit musl.
QByteArray utmpsRecord(const Rec &r, char fill = '\xee')
{
    RecordWriter w(fill);
    commonHead(w, r);
    w.padding(4); // struct timeval is 8-byte aligned
    w.integer<qint64>(r.sec);
    w.integer<qint64>(r.usec);
    w.zeros(16); // ut_addr_v6
    w.zeros(20); // _dummy
    w.padding(4); // struct size rounded up to 8
    return w.bytes(400);
}

QByteArray file(UtmpLayout layout, const QList<Rec> &records)
{
    QByteArray out;
    for (const Rec &r : records)
        out += layout == UtmpLayout::Utmps ? utmpsRecord(r) : glibcRecord(r);
    return out;
}

Rec boot(qint64 t)
{
    return {.type = LoginRecord::BootTime, .line = "~", .id = "~~", .user = "reboot", .host = "6.1.0", .sec = kT0 + t};
}
// sysvinit's encoding: previous level in the second byte, new level in the low byte.
Rec runlevel(qint64 t, char to)
{
    return {.type = LoginRecord::RunLevel, .pid = 'N' << 8 | to, .line = "~", .id = "~~", .user = "runlevel", .sec = kT0 + t};
}
Rec shutdown(qint64 t)
{
    return {.type = LoginRecord::RunLevel, .line = "~~", .id = "~~", .user = "shutdown", .sec = kT0 + t};
}
Rec login(qint64 t, const QByteArray &line, const QByteArray &user, qint32 pid = 100)
{
    return {.type = LoginRecord::UserProcess, .pid = pid, .line = line, .id = line.right(4), .user = user,
            .host = "10.0.0.1", .sec = kT0 + t};
}
Rec logout(qint64 t, const QByteArray &line, qint32 pid = 100)
{
    return {.type = LoginRecord::DeadProcess, .pid = pid, .line = line, .id = line.right(4), .sec = kT0 + t};
}

QString offset(const QDateTime &t) { return QString::number(t.toSecsSinceEpoch() - kT0); }
QString wallClock(const QDateTime &t) { return t.toString(QStringLiteral("hh:mm:ss")); }

// One `last -x` line, e.g. "login root pts/0 10 closed 20", "runlevel (to lvl 2) 5 crash 50".
QString describe(const LoginSession &s, QString (*time)(const QDateTime &))
{
    static const char *kinds[] = {"login", "boot", "shutdown", "runlevel"};
    static const char *ends[] = {"closed", "open", "crash", "down"};
    const QString what = s.kind == LoginSession::RunLevel ? QStringLiteral("(to lvl %1)").arg(s.runLevel)
        : s.kind == LoginSession::Login                   ? s.user + QLatin1Char(' ') + s.line
                                                          : s.user;
    QString out = QLatin1String(kinds[s.kind]) + QLatin1Char(' ') + what + QLatin1Char(' ') + time(s.start)
        + QLatin1Char(' ') + QLatin1String(ends[s.endKind]);
    return s.end.isValid() ? out + QLatin1Char(' ') + time(s.end) : out;
}

QStringList lastOf(const QByteArray &bytes, QString (*time)(const QDateTime &) = offset)
{
    QStringList out;
    for (const LoginSession &s : LoginHistory::last(UtmpFormat::parse(bytes).records))
        out << describe(s, time);
    return out;
}

// The same through WtmpLast, which reads the bytes backwards without making LoginRecords: what
// `initbench last` runs. Every `last` expectation is checked both ways.
QStringList wtmpLastOf(const QByteArray &bytes, QString (*time)(const QDateTime &) = offset)
{
    QStringList out;
    for (const LoginSession &s : WtmpLast::read(bytes).sessions)
        out << describe(s, time);
    return out;
}

// Everything a session holds, to compare the two ways field by field (describe() leaves out host,
// pid and the time spec).
QString everything(const LoginSession &s)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(int(s.kind))
        .arg(int(s.endKind))
        .arg(s.runLevel.isNull() ? QStringLiteral("-") : QString(s.runLevel))
        .arg(s.pid)
        .arg(s.user.isNull() ? QStringLiteral("(null)") : s.user, s.line.isNull() ? QStringLiteral("(null)") : s.line,
             s.host.isNull() ? QStringLiteral("(null)") : s.host)
        .arg(s.start.toString(Qt::ISODateWithMs) + QString::number(int(s.start.timeSpec())),
             s.end.toString(Qt::ISODateWithMs) + QString::number(int(s.end.timeSpec())));
}

QStringList everythingOf(const QList<LoginSession> &sessions)
{
    QStringList out;
    for (const LoginSession &s : sessions)
        out << everything(s);
    return out;
}

QStringList whoOf(const QByteArray &bytes)
{
    QStringList out;
    for (const LoginRecord &r : LoginHistory::who(UtmpFormat::parse(bytes).records))
        out << r.user + QLatin1Char('@') + r.line;
    return out;
}

} // namespace

class TstLoginRecords : public QObject
{
    Q_OBJECT

private slots:
    void readsEachLayout_data()
    {
        QTest::addColumn<int>("layout");
        QTest::newRow("glibc") << int(UtmpLayout::Glibc);
        QTest::newRow("utmps") << int(UtmpLayout::Utmps);
    }
    void readsEachLayout()
    {
        QFETCH(int, layout);
        Rec in = login(10, "pts/3", "alice", 4242);
        in.usec = 123456;
        in.session = 77;
        Rec out = logout(20, "pts/3", 4242);
        out.term = 9;
        out.exit = 3;
        const QByteArray bytes = file(UtmpLayout(layout), {boot(0), in, out});
        QCOMPARE(int(UtmpFormat::detect(bytes)), layout);
        QVERIFY(utmpLayoutName(UtmpLayout(layout)).contains(QString::number(utmpRecordSize(UtmpLayout(layout)))));
        const UtmpParseResult result = UtmpFormat::parse(bytes);
        QCOMPARE(result.warnings, QStringList());
        QCOMPARE(result.records.size(), 3);
        const LoginRecord &r = result.records.at(1);
        QCOMPARE(r.type, LoginRecord::UserProcess);
        QCOMPARE(r.pid, 4242);
        QCOMPARE(r.line, QStringLiteral("pts/3"));
        QCOMPARE(r.id, QStringLiteral("ts/3"));
        QCOMPARE(r.user, QStringLiteral("alice"));
        QCOMPARE(r.host, QStringLiteral("10.0.0.1"));
        QCOMPARE(r.session, 77);
        QCOMPARE(r.time, QDateTime::fromMSecsSinceEpoch((kT0 + 10) * 1000 + 123, Qt::UTC));
        QCOMPARE(result.records.at(2).exitTermination, qint16(9));
        QCOMPARE(result.records.at(2).exitStatus, qint16(3));
        QCOMPARE(result.records.at(0).type, LoginRecord::BootTime);
    }
    void utmpsTimeIsSixtyFourBits()
    {
        Rec r = login(0, "pts/0", "bob");
        r.sec = 3000000000; // 2065, past int32
        const UtmpParseResult result = UtmpFormat::parse(utmpsRecord(r));
        QCOMPARE(result.layout, UtmpLayout::Utmps);
        QCOMPARE(result.records.at(0).time.toSecsSinceEpoch(), 3000000000);
    }
    void sizeDivisibleByBoth()
    {
        // 9600 bytes is 25 glibc records or 24 utmps records: only plausibility can tell.
        const QList<Rec> logins(25, login(5, "pts/1", "carol"));
        QCOMPARE(UtmpFormat::detect(file(UtmpLayout::Utmps, logins.mid(1))), UtmpLayout::Utmps);
        QCOMPARE(UtmpFormat::detect(file(UtmpLayout::Glibc, logins)), UtmpLayout::Glibc);
    }

    void last_data()
    {
        QTest::addColumn<QByteArray>("wtmp");
        QTest::addColumn<QStringList>("expected");
        const auto rows = [](const char *name, const QList<Rec> &records, const QStringList &expected) {
            QTest::addRow("%s/glibc", name) << file(UtmpLayout::Glibc, records) << expected;
            QTest::addRow("%s/utmps", name) << file(UtmpLayout::Utmps, records) << expected;
        };
        rows("login and logout", {boot(0), login(10, "pts/0", "root"), logout(20, "pts/0")},
             {QStringLiteral("login root pts/0 10 closed 20"), QStringLiteral("boot reboot 0 open")});
        rows("still logged in", {boot(0), login(10, "pts/0", "root"), login(15, "pts/1", "eve", 200), logout(20, "pts/1", 200)},
             {QStringLiteral("login eve pts/1 15 closed 20"), QStringLiteral("login root pts/0 10 open"),
              QStringLiteral("boot reboot 0 open")});
        rows("crash", {boot(0), runlevel(1, '2'), login(10, "tty1", "root"), boot(50)},
             {QStringLiteral("boot reboot 50 open"), QStringLiteral("login root tty1 10 crash 50"),
              QStringLiteral("runlevel (to lvl 2) 1 crash 50"), QStringLiteral("boot reboot 0 crash 50")});
        rows("down", {boot(0), login(10, "tty1", "root"), shutdown(40), boot(50), runlevel(51, '3')},
             {QStringLiteral("runlevel (to lvl 3) 51 open"), QStringLiteral("boot reboot 50 open"),
              QStringLiteral("shutdown shutdown 40 closed 50"), QStringLiteral("login root tty1 10 down 40"),
              QStringLiteral("boot reboot 0 closed 40")});
        rows("runlevel 0 is a shutdown", {boot(0), login(10, "tty1", "root"), runlevel(30, '0')},
             {QStringLiteral("runlevel (to lvl 0) 30 open"), QStringLiteral("login root tty1 10 down 30"),
              QStringLiteral("boot reboot 0 closed 30")});
        rows("logout before the boot still counts", {login(10, "pts/0", "root"), logout(20, "pts/0"), boot(50)},
             {QStringLiteral("boot reboot 50 open"), QStringLiteral("login root pts/0 10 closed 20")});
    }
    void last()
    {
        QFETCH(QByteArray, wtmp);
        QFETCH(QStringList, expected);
        QCOMPARE(lastOf(wtmp), expected);
        QCOMPARE(wtmpLastOf(wtmp), expected);
        const UtmpParseResult parsed = UtmpFormat::parse(wtmp);
        QCOMPARE(everythingOf(WtmpLast::read(wtmp).sessions), everythingOf(LoginHistory::last(parsed.records)));
    }

    // Texts are judged 16 bytes at a time: lengths around those steps, fields filled to the last
    // byte (no NUL), UTF-8 and bytes that are not UTF-8, read the same by both readers.
    void texts_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("short") << QByteArray("pts/0") << QByteArray("root") << QByteArray("10.0.0.1");
        QTest::newRow("eight") << QByteArray("pts/1234") << QByteArray("abcdefgh") << QByteArray("12345678");
        QTest::newRow("fifteen") << QByteArray("pts/12345678901") << QByteArray("abcdefghijklmno") << QByteArray("a.b.c.d.e.f.g.h");
        QTest::newRow("sixteen") << QByteArray("pts/123456789012") << QByteArray("abcdefghijklmnop") << QByteArray("a.b.c.d.e.f.g.hi");
        QTest::newRow("seventeen") << QByteArray("pts/1234567890123") << QByteArray("abcdefghijklmnopq")
                                   << QByteArray("host.example.org.");
        QTest::newRow("full fields") << QByteArray(32, 'l') << QByteArray(32, 'u') << QByteArray(256, 'h');
        QTest::newRow("one short of full") << QByteArray(31, 'l') << QByteArray(31, 'u') << QByteArray(255, 'h');
        QTest::newRow("utf-8") << QByteArray("pts/\xc3\xa9") << QByteArray("j\xc3\xb8rgen") << QByteArray("\xe2\x82\xac.example");
        QTest::newRow("not utf-8") << QByteArray("pts/\xff") << QByteArray("r\xc3oot") << QByteArray("h\x80st");
    }
    void texts()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, host);
        Rec in = login(10, line, user);
        in.host = host;
        in.id = "abcd"; // ut_id filled to its last byte
        for (UtmpLayout layout : {UtmpLayout::Glibc, UtmpLayout::Utmps}) {
            const QByteArray bytes = file(layout, {boot(0), in, logout(20, line), login(30, line, user)});
            const UtmpParseResult parsed = UtmpFormat::parse(bytes);
            QCOMPARE(parsed.warnings, QStringList());
            QCOMPARE(parsed.records.size(), 4);
            const LoginRecord &r = parsed.records.at(1);
            QCOMPARE(r.line, QString::fromUtf8(line));
            QCOMPARE(r.user, QString::fromUtf8(user));
            QCOMPARE(r.host, QString::fromUtf8(host));
            QCOMPARE(r.id, QStringLiteral("abcd"));
            const QList<LoginSession> sessions = WtmpLast::read(bytes).sessions;
            QCOMPARE(everythingOf(sessions), everythingOf(LoginHistory::last(parsed.records)));
            QCOMPARE(sessions.size(), 3);
            QCOMPARE(sessions.at(1).endKind, LoginSession::Closed); // the logout on the same line ended it
            QCOMPARE(sessions.at(1).host, QString::fromUtf8(host));
        }
    }
    void unprintableText_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("control character") << QByteArray("pts/\x01") << false;
        QTest::newRow("DEL") << QByteArray("pts/\x7f") << false;
        QTest::newRow("control character after sixteen") << QByteArray("pts/123456789012\x1b") << false;
        QTest::newRow("garbage after the NUL") << QByteArray("pts/0\0\x01\x7f", 8) << true;
    }
    void unprintableText()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, plausible);
        const QByteArray bytes = file(UtmpLayout::Glibc, {boot(0), login(10, line, "root"), login(20, "pts/1", "eve")});
        const UtmpParseResult parsed = UtmpFormat::parse(bytes, UtmpLayout::Glibc);
        QCOMPARE(parsed.records.size(), plausible ? 3 : 2);
        QCOMPARE(parsed.warnings.isEmpty(), plausible);
        QCOMPARE(WtmpLast::read(bytes).warnings, parsed.warnings);
        QCOMPARE(everythingOf(WtmpLast::read(bytes).sessions), everythingOf(LoginHistory::last(parsed.records)));
    }
    void linesThatDecodeAlike()
    {
        // Neither is UTF-8: both read as "pts/\uFFFD", so last (keyed by the decoded line, as the
        // record path is) takes the second's logout as the end of the first's login.
        const QByteArray bytes = file(UtmpLayout::Glibc, {boot(0), login(10, "pts/\xff", "root"), logout(20, "pts/\xfe")});
        const QStringList expected{QStringLiteral("login root pts/\uFFFD 10 closed 20"), QStringLiteral("boot reboot 0 open")};
        QCOMPARE(lastOf(bytes), expected);
        QCOMPARE(wtmpLastOf(bytes), expected);
    }

    void who_data()
    {
        QTest::addColumn<QByteArray>("utmp");
        QTest::addColumn<QStringList>("expected");
        Rec getty{.type = LoginRecord::LoginProcess, .pid = 300, .line = "tty1", .id = "1", .user = "LOGIN", .sec = kT0 + 2};
        Rec init{.type = LoginRecord::InitProcess, .pid = 300, .id = "1", .sec = kT0 + 1};
        Rec tty1 = login(30, "tty1", "root", 300);
        tty1.id = "1";
        const QList<Rec> utmp{boot(0), init, getty, login(10, "pts/0", "root"), login(20, "pts/1", "eve", 200),
                              logout(25, "pts/1", 200)};
        for (UtmpLayout layout : {UtmpLayout::Glibc, UtmpLayout::Utmps}) {
            const char *name = layout == UtmpLayout::Glibc ? "glibc" : "utmps";
            QTest::addRow("%s: dead process ends a login", name) << file(layout, utmp) << QStringList{QStringLiteral("root@pts/0")};
            QTest::addRow("%s: getty respawn on the same id", name)
                << file(layout, {init, tty1, getty}) << QStringList();
            QTest::addRow("%s: boot clears", name) << file(layout, utmp + QList<Rec>{boot(60)}) << QStringList();
        }
    }
    void who()
    {
        QFETCH(QByteArray, utmp);
        QFETCH(QStringList, expected);
        QCOMPARE(whoOf(utmp), expected);
    }

    void emptyFile()
    {
        const UtmpParseResult result = UtmpFormat::parse(QByteArray());
        QCOMPARE(result.layout, UtmpLayout::Unknown);
        QVERIFY(result.records.isEmpty());
        QVERIFY(result.warnings.isEmpty()); // a fresh wtmp is empty; nothing is wrong with it
        const WtmpLastResult last = WtmpLast::read(QByteArray());
        QCOMPARE(last.layout, UtmpLayout::Unknown);
        QVERIFY(last.sessions.isEmpty());
        QVERIFY(last.warnings.isEmpty());
    }
    void truncatedFile()
    {
        const QByteArray whole = file(UtmpLayout::Glibc, {boot(0), login(10, "pts/0", "root"), logout(20, "pts/0")});
        const UtmpParseResult result = UtmpFormat::parse(whole + whole.left(100));
        QCOMPARE(result.layout, UtmpLayout::Glibc);
        QCOMPARE(result.records.size(), 3);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.at(0).contains(QLatin1String("partial record of 100 byte(s)")), qPrintable(result.warnings.at(0)));
        QCOMPARE(WtmpLast::read(whole + whole.left(100)).warnings, result.warnings);
        QCOMPARE(wtmpLastOf(whole + whole.left(100)), lastOf(whole + whole.left(100)));
    }
    void zeroFilled_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("warnings");
        // Blank slots are normal in a utmp; with nothing else the size picks the layout.
        QTest::newRow("both fit") << 9600 << int(UtmpLayout::Glibc) << 0;
        QTest::newRow("utmps fits") << 800 << int(UtmpLayout::Utmps) << 0;
        QTest::newRow("neither fits") << 1000 << int(UtmpLayout::Unknown) << 1;
    }
    void zeroFilled()
    {
        QFETCH(int, size);
        QFETCH(int, layout);
        QFETCH(int, warnings);
        const UtmpParseResult result = UtmpFormat::parse(QByteArray(size, '\0'));
        QCOMPARE(int(result.layout), layout);
        QVERIFY(result.records.isEmpty());
        QCOMPARE(result.warnings.size(), warnings);
        const WtmpLastResult last = WtmpLast::read(QByteArray(size, '\0'));
        QCOMPARE(int(last.layout), layout);
        QVERIFY(last.sessions.isEmpty());
        QCOMPARE(last.warnings, result.warnings);
    }
    void randomBytes()
    {
        QRandomGenerator random(20240611);
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes(random.bounded(5000), '\0');
            for (char &c : bytes)
                c = char(random.bounded(256));
            const UtmpParseResult detected = UtmpFormat::parse(bytes);
            QCOMPARE(detected.layout, UtmpLayout::Unknown);
            QVERIFY(detected.records.isEmpty());
            // Forced to a layout, garbage is skipped with warnings rather than returned.
            for (UtmpLayout layout : {UtmpLayout::Glibc, UtmpLayout::Utmps}) {
                const UtmpParseResult forced = UtmpFormat::parse(bytes, layout);
                QVERIFY(forced.records.isEmpty());
                QCOMPARE(forced.warnings.isEmpty(), bytes.isEmpty());
            }
            const QList<LoginSession> sessions = LoginHistory::last(detected.records);
            const WtmpLastResult last = WtmpLast::read(bytes);
            QCOMPARE(last.layout, detected.layout);
            QCOMPARE(last.warnings, detected.warnings);
            QCOMPARE(everythingOf(last.sessions), everythingOf(sessions));
        }
    }
    void damagedRealFile()
    {
        // Flipped bytes in a real wtmp: whatever survives must still be sane records.
        const QByteArray real = test::capture(QStringLiteral("utmp/sysvinit-bookworm.wtmp"));
        QRandomGenerator random(7);
        for (int round = 0; round < 100; ++round) {
            QByteArray bytes = real.left(random.bounded(real.size()));
            for (int flips = 0; flips < 20 && !bytes.isEmpty(); ++flips)
                bytes[random.bounded(bytes.size())] = char(random.bounded(256));
            const UtmpParseResult result = UtmpFormat::parse(bytes);
            QVERIFY(result.records.size() <= bytes.size() / 384);
            for (const LoginRecord &r : result.records)
                QVERIFY(r.time.isValid() && r.pid >= 0);
            const WtmpLastResult last = WtmpLast::read(bytes);
            QCOMPARE(last.layout, result.layout);
            QCOMPARE(last.warnings, result.warnings);
            QCOMPARE(everythingOf(last.sessions), everythingOf(LoginHistory::last(result.records)));
            LoginHistory::who(result.records);
        }
    }
    void sizeFitsNeither()
    {
        const UtmpParseResult text = UtmpFormat::parse(QByteArray("not a wtmp file\n").repeated(40));
        QCOMPARE(text.layout, UtmpLayout::Unknown);
        QVERIFY(text.records.isEmpty());
        QVERIFY2(text.warnings.value(0).contains(QLatin1String("neither utmp layout")), qPrintable(text.warnings.value(0)));

        const QByteArray records = file(UtmpLayout::Utmps, {boot(0), login(10, "pts/0", "root")});
        const UtmpParseResult cut = UtmpFormat::parse(records + QByteArray(50, '\x01'));
        QCOMPARE(cut.layout, UtmpLayout::Utmps);
        QCOMPARE(cut.records.size(), 2);
        QCOMPARE(WtmpLast::read(QByteArray("not a wtmp file\n").repeated(40)).warnings, text.warnings);
        QCOMPARE(WtmpLast::read(records + QByteArray(50, '\x01')).warnings, cut.warnings);
    }
    void implausibleAndUnknownRecords()
    {
        Rec strange = login(10, "pts/0", "root");
        strange.type = 42;
        Rec garbage = login(11, "pts/\x01", "root");
        Rec ancient = login(12, "pts/0", "root");
        ancient.sec = 1000;
        const UtmpParseResult result
            = UtmpFormat::parse(file(UtmpLayout::Glibc, {boot(0), strange, garbage, ancient, login(20, "pts/1", "eve")}));
        QCOMPARE(result.layout, UtmpLayout::Glibc);
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.warnings,
                 QStringList({QStringLiteral("skipped 2 implausible record(s), the first at byte 768"),
                              QStringLiteral("skipped 1 record(s) of unknown type, the first (type 42) at byte 384")}));
        // Read from the end, WtmpLast still names the first ones from the start.
        Rec strangeToo = login(13, "pts/0", "root");
        strangeToo.type = 43;
        const QByteArray more = file(UtmpLayout::Glibc, {boot(0), strange, garbage, ancient, strangeToo, login(20, "pts/1", "eve")});
        QCOMPARE(WtmpLast::read(more).warnings, UtmpFormat::parse(more).warnings);
        QVERIFY(WtmpLast::read(more).warnings.at(1).contains(QLatin1String("2 record(s) of unknown type, the first (type 42)")));
    }

    // Captured from a sysvinit container; expected lines transcribe the container's own
    // `last -F -x` (sysvinit-bookworm.last.txt) and `who` (sysvinit-bookworm.who.txt).
    void realSysvinitWtmp()
    {
        const QByteArray wtmp = test::capture(QStringLiteral("utmp/sysvinit-bookworm.wtmp"));
        const UtmpParseResult result = UtmpFormat::parse(wtmp);
        QCOMPARE(result.layout, UtmpLayout::Glibc);
        QCOMPARE(result.records.size(), 41);
        QCOMPARE(result.warnings, QStringList());
        QCOMPARE(lastOf(wtmp, wallClock),
                 QStringList({QStringLiteral("login root pts/0 11:47:54 open"),
                              QStringLiteral("runlevel (to lvl 2) 11:47:34 open"),
                              QStringLiteral("boot reboot 11:47:34 open"),
                              QStringLiteral("shutdown shutdown 11:47:02 closed 11:47:34"),
                              QStringLiteral("runlevel (to lvl 0) 11:47:02 closed 11:47:02"),
                              QStringLiteral("login root pts/0 11:47:00 closed 11:47:02"),
                              QStringLiteral("login root pts/0 11:46:53 closed 11:46:56"),
                              QStringLiteral("runlevel (to lvl 2) 11:46:41 closed 11:47:02"),
                              QStringLiteral("boot reboot 11:46:41 closed 11:47:02")}));
        QCOMPARE(wtmpLastOf(wtmp, wallClock), lastOf(wtmp, wallClock));
        QCOMPARE(everythingOf(WtmpLast::read(wtmp).sessions), everythingOf(LoginHistory::last(result.records)));
        QCOMPARE(WtmpLast::read(wtmp).layout, UtmpLayout::Glibc);
        QCOMPARE(whoOf(wtmp), QStringList{QStringLiteral("root@pts/0")});
    }
    void realSysvinitUtmp()
    {
        const QByteArray utmp = test::capture(QStringLiteral("utmp/sysvinit-bookworm.utmp"));
        QCOMPARE(UtmpFormat::detect(utmp), UtmpLayout::Glibc);
        QCOMPARE(whoOf(utmp), QStringList{QStringLiteral("root@pts/0")});
    }
};

QTEST_GUILESS_MAIN(TstLoginRecords)
#include "tst_loginrecords.moc"
