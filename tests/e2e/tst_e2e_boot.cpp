// End to end, on real engines: `initbench up` boots the profile to ready, PID 1 is the chosen
// init, an SSH login on a pty shows in the container's own who and last, `initbench down`
// stops it cleanly with the init's signal within 10 s, and nothing is left behind.
//
// One data row per cell; CTest runs each row as its own test (see tests/CMakeLists.txt).
// Without the engine the row is skipped, unless INITBENCH_E2E_REQUIRED=1 (CI sets it).
// Rootless rows run every initbench and engine command as a user other than root (rootlessuser.h).
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

#include "finishedprocess.h"
#include "rootlessuser.h"

namespace {

using e2e::finish;
using e2e::Run;

Run run(const QString &program, const QStringList &args, int timeoutMs, const QString &home = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty())
        env.insert(QStringLiteral("INITBENCH_HOME"), home);
    p.setProcessEnvironment(env);
    p.start(program, args);
    return finish(p, timeoutMs);
}

bool engineWorks(const QString &engine)
{
    if (QStandardPaths::findExecutable(engine == QLatin1String("nspawn") ? QStringLiteral("systemd-nspawn") : engine).isEmpty())
        return false;
    if (engine == QLatin1String("nspawn"))
        return true;
    return run(engine, {QStringLiteral("info")}, 30000).status == 0;
}

// Caches (bootstrapped bases) survive between runs; containers and contexts do not matter.
QString e2eHome()
{
    const QString home = qEnvironmentVariable("INITBENCH_E2E_HOME", QDir::homePath() + QStringLiteral("/.cache/initbench-e2e"));
    QDir().mkpath(home);
    return home;
}

// One login as who and last print it, cut to what both sides show: times to the minute (UTC;
// the containers run in UTC).
struct Login {
    QString user, line, host, minute;
    bool operator==(const Login &) const = default;
};

// `who`: "root     pts/0        2026-11-22 13:13 (172.17.0.1)", or without a locale (as exec
// runs it) "root     pts/0        Nov 22 13:13 (172.17.0.1)" with the year left out.
QList<Login> parseWho(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\S+)\\s+(\\S+)\\s+(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d|\\w{3} +\\d+ \\d\\d:\\d\\d)(?:\\s+\\((.*)\\))?"),
        QRegularExpression::MultilineOption);
    QList<Login> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString minute = m.captured(3);
        if (!minute.at(0).isDigit())
            minute = QLocale::c()
                         .toDateTime(QString::number(QDateTime::currentDateTimeUtc().date().year()) + QLatin1Char(' ') + minute.simplified(),
                                     QStringLiteral("yyyy MMM d HH:mm"))
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        out.append({m.captured(1), m.captured(2), m.captured(4), minute});
    }
    return out;
}

// `last -F` login lines: "root     pts/0        172.17.0.1       Sun Nov 22 13:13:22 2026 - ..."
QList<Login> parseLastLogins(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\S+)\\s+(pts/\\d+|tty\\S*|console)\\s+(?:(\\S+)\\s+)?\\w{3} (\\w{3} +\\d+ \\d\\d:\\d\\d):\\d\\d (\\d{4})"),
        QRegularExpression::MultilineOption);
    QList<Login> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString when = m.captured(5) + QLatin1Char(' ') + m.captured(4).simplified();
        const QDateTime t = QLocale::c().toDateTime(when, QStringLiteral("yyyy MMM d HH:mm"));
        out.append({m.captured(1), m.captured(2), m.captured(3), t.toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    }
    return out;
}

// `ps -e -o pid=,ppid=,comm=`: pid -> (ppid, comm).
QMap<int, QPair<int, QString>> parsePs(const QString &text)
{
    QMap<int, QPair<int, QString>> out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() >= 3)
            out.insert(f.at(0).toInt(), {f.at(1).toInt(), f.mid(2).join(QLatin1Char(' '))});
    }
    return out;
}

Login loginFromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("user")).toString(), o.value(QStringLiteral("line")).toString(), o.value(QStringLiteral("host")).toString(),
            QDateTime::fromString(o.value(QStringLiteral("login")).toString(), Qt::ISODate).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
}

} // namespace

class TstE2eBoot : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_name;
    QString m_engine;
    std::optional<e2e::RootlessUser> m_user; // rootless rows: who runs initbench and the engine
    QString m_home;                          // the row's INITBENCH_HOME
    QString m_binary;                        // the initbench the row runs

    // Starts program as the row's user, with the row's INITBENCH_HOME.
    void startHere(QProcess &p, const QString &program, const QStringList &args)
    {
        if (m_user) {
            m_user->start(p, program, args, m_home);
            return;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INITBENCH_HOME"), m_home);
        p.setProcessEnvironment(env);
        p.start(program, args);
    }

    Run runHere(const QString &program, const QStringList &args, int timeoutMs)
    {
        QProcess p;
        startHere(p, program, args);
        return finish(p, timeoutMs);
    }

    Run initbench(const QStringList &args, int timeoutMs = 60000)
    {
        return runHere(m_binary, args, timeoutMs);
    }

    bool engineWorksHere(const QString &engine)
    {
        if (!m_user)
            return engineWorks(engine);
        return !QStandardPaths::findExecutable(engine).isEmpty() && runHere(engine, {QStringLiteral("info")}, 30000).status == 0;
    }

    // The rootless user's data folder, in its home (the test's may be closed to it), with the
    // base tarball the root rows bootstrapped when there is one: the same tree, which spares
    // this row bootstrapping it again (2.5 minutes here). Without one, Initbench bootstraps it
    // as the user (mmdebstrap's unshare mode).
    QString prepareRootlessHome(const QString &distro)
    {
        const QString home = m_user->home() + QStringLiteral("/.cache/initbench-e2e");
        const QString bases = home + QStringLiteral("/data/bases");
        if (!m_user->makeDir(bases))
            return {};
        const QString tarball = QString(distro).replace(QLatin1Char(':'), QLatin1Char('-')) + QStringLiteral(".tar");
        const QString seed = e2eHome() + QStringLiteral("/data/bases/") + tarball;
        const QString target = bases + QLatin1Char('/') + tarball;
        if (!QFileInfo::exists(target) && QFileInfo::exists(seed) && seed != target) {
            const QString partial = target + QStringLiteral(".seed");
            QFile::remove(partial);
            if (QFile::copy(seed, partial) && m_user->give(partial))
                QFile::rename(partial, target);
        }
        // A copy the user can run wherever the build folder is (a checkout under /root is closed to it).
        m_binary = home + QStringLiteral("/bin/initbench");
        QFile::remove(m_binary);
        if (!m_user->makeDir(home + QStringLiteral("/bin")) || !QFile::copy(QStringLiteral(INITBENCH_BINARY), m_binary) || !m_user->give(m_binary))
            return {};
        return home;
    }

private slots:
    void boot_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("distro");
        QTest::addColumn<QString>("init");
        QTest::addColumn<QString>("pid1");
        QTest::addColumn<bool>("bootRecords"); // runit writes none on Debian 12; on 13 wtmpdb-boot does
        // Debian 13's `who` asks systemd-logind and ignores /run/utmp; without systemd the
        // session is only in the file (sshd still writes it), so `who` is pointed at it there.
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("rootless"); // run as a user other than root (see rootlessuser.h)
        const QString who = QStringLiteral("who");
        const QString whoFile = QStringLiteral("who /run/utmp");
        QTest::newRow("docker-bookworm-systemd") << "docker" << "debian:bookworm" << "systemd" << "systemd" << true << who << false;
        QTest::newRow("docker-bookworm-sysvinit") << "docker" << "debian:bookworm" << "sysvinit" << "init" << true << who << false;
        QTest::newRow("docker-bookworm-openrc") << "docker" << "debian:bookworm" << "openrc" << "init" << true << who << false;
        QTest::newRow("docker-bookworm-runit") << "docker" << "debian:bookworm" << "runit" << "runit" << false << who << false;
        QTest::newRow("docker-trixie-runit") << "docker" << "debian:trixie" << "runit" << "runit" << true << whoFile << false;
        QTest::newRow("podman-bookworm-systemd") << "podman" << "debian:bookworm" << "systemd" << "systemd" << true << who << false;
        QTest::newRow("podman-rootless-bookworm-sysvinit") << "podman" << "debian:bookworm" << "sysvinit" << "init" << true << who << true;
        QTest::newRow("nspawn-bookworm-sysvinit") << "nspawn" << "debian:bookworm" << "sysvinit" << "init" << true << who << false;
        QTest::newRow("nspawn-bookworm-openrc") << "nspawn" << "debian:bookworm" << "openrc" << "init" << true << who << false;
        QTest::newRow("nspawn-bookworm-systemd") << "nspawn" << "debian:bookworm" << "systemd" << "systemd" << true << who << false;
    }

    void boot()
    {
        QFETCH(QString, engine);
        QFETCH(QString, distro);
        QFETCH(QString, init);
        QFETCH(QString, pid1);
        QFETCH(bool, bootRecords);
        QFETCH(QString, who);
        QFETCH(bool, rootless);
        const bool required = qEnvironmentVariableIntValue("INITBENCH_E2E_REQUIRED") == 1;
        m_user.reset();
        m_home = e2eHome();
        m_binary = QStringLiteral(INITBENCH_BINARY);
        if (rootless) {
            m_user = e2e::RootlessUser::find();
            if (!m_user->usable()) {
                if (required)
                    QFAIL(qPrintable(m_user->why() + QStringLiteral(", and INITBENCH_E2E_REQUIRED=1")));
                QSKIP(qPrintable(m_user->why()));
            }
            m_home = prepareRootlessHome(distro);
            QVERIFY2(!m_home.isEmpty(), qPrintable(QStringLiteral("cannot make a data folder for ") + m_user->name()));
        }
        if (!engineWorksHere(engine)) {
            const QString as = m_user ? QStringLiteral(" (as %1)").arg(m_user->name()) : QString();
            if (required)
                QFAIL(qPrintable(engine + as + QStringLiteral(" is not usable here, and INITBENCH_E2E_REQUIRED=1")));
            QSKIP(qPrintable(engine + as + QStringLiteral(" is not installed or not running")));
        }
        m_engine = engine;
        // Rootless containers live in the user's own storage; their names say whose they are.
        m_name = QStringLiteral("%1-%2-%3")
                     .arg(rootless ? QStringLiteral("ib-rootless") : QStringLiteral("e2e-") + engine, distro.section(QLatin1Char(':'), 1), init);
        const int port = 22100 + int(qHash(m_name) % 800);
        // The user of a rootless row must be able to read the profile.
        const QString profileDir = m_user ? m_home + QStringLiteral("/profiles") : m_tmp.path();
        QVERIFY(!m_user || m_user->makeDir(profileDir));
        const QString profile = profileDir + QLatin1Char('/') + m_name + QStringLiteral(".yaml");
        QFile f(profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // The profile names no key: Initbench puts its own into every image it builds.
        f.write(QStringLiteral("name: %1\ndistro: %2\ninit: %3\nengine: %4\nservices: [sshd, console-getty]\nssh_port: %5\n")
                    .arg(m_name, distro, init, engine).arg(port)
                    .toUtf8());
        // A root password for the console login (a throwaway one: the hash of "e2e-console").
        f.write("root:\n  password_hash: \"$6$initbenche2e$YD0682AkRoVb4bX8wLIfBvM.GHhs/nqCPZd14eXq5sss/oGf/h.9jJFYn16/SSXLyLde46dWOS56rqd9EvDme0\"\n");
        f.close();
        QVERIFY(!m_user || m_user->give(profile));
        initbench({QStringLiteral("down"), m_name, QStringLiteral("--engine"), engine});
        initbench({QStringLiteral("rm"), m_name, QStringLiteral("--engine"), engine});

        const Run up = initbench({QStringLiteral("up"), profile, QStringLiteral("--quiet"), QStringLiteral("--timeout"), QStringLiteral("240")},
                                 20 * 60 * 1000);
        QVERIFY2(up.status == 0, qPrintable(up.out.right(3000) + up.err.right(3000)));
        QVERIFY2(up.out.contains(QRegularExpression(QStringLiteral("is ready in [0-9.]+ s"))), qPrintable(up.out));
        qInfo().noquote() << up.out.section(QLatin1Char('\n'), -2, -2);

        const Run comm = initbench({QStringLiteral("exec"), m_name, QStringLiteral("--engine"), engine, QStringLiteral("--"),
                                    QStringLiteral("cat"), QStringLiteral("/proc/1/comm")});
        QCOMPARE(comm.out.trimmed(), pid1);

        // Initbench tells the init from PID 1's evidence, and reads sshd's state from the init.
        const Run detected = initbench({QStringLiteral("init"), m_name, QStringLiteral("--engine"), engine, QStringLiteral("--json")});
        QVERIFY2(detected.status == 0, qPrintable(detected.err));
        QCOMPARE(QJsonDocument::fromJson(detected.out.toUtf8()).object().value(QStringLiteral("init")).toString(), init);
        const Run services = initbench({QStringLiteral("services"), m_name, QStringLiteral("--engine"), engine, QStringLiteral("--json")});
        QVERIFY2(services.status == 0, qPrintable(services.err + services.out));
        bool sshRunning = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(services.out.toUtf8()).object().value(QStringLiteral("services")).toArray())
            sshRunning = sshRunning || (v.toObject().value(QStringLiteral("name")).toString().startsWith(QLatin1String("ssh"))
                                        && v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("running"));
        QVERIFY2(sshRunning, qPrintable(QStringLiteral("initbench services: ") + services.out));

        // nspawn: a login on the console through `initbench console` (the supervisor's socket) is
        // a real one; it stays open, so who on both sides shows it next to the SSH session.
        if (engine == QLatin1String("nspawn")) {
            QProcess console;
            startHere(console, m_binary, {QStringLiteral("console"), m_name, QStringLiteral("--engine"), engine});
            QVERIFY(console.waitForStarted());
            const auto type = [&console](const char *text, const QString &awaited) {
                console.write(text);
                QString seen;
                for (int i = 0; i < 80 && !seen.contains(awaited); ++i) {
                    console.waitForReadyRead(250);
                    seen += QString::fromUtf8(console.readAllStandardOutput());
                }
                return seen;
            };
            QString seen = type("\r", QStringLiteral("login:"));
            QVERIFY2(seen.contains(QLatin1String("login:")), qPrintable(QStringLiteral("console: ") + seen));
            seen = type("root\r", QStringLiteral("Password:"));
            QVERIFY2(seen.contains(QLatin1String("Password:")), qPrintable(QStringLiteral("console: ") + seen));
            seen = type("e2e-console\r", QStringLiteral("#"));
            seen += type("echo console-$((6*7))\r", QStringLiteral("console-42"));
            QVERIFY2(seen.contains(QLatin1String("console-42")), qPrintable(QStringLiteral("console login: ") + seen));
            console.write("\x1d"); // Ctrl-]: leaves the console, the login stays
            QVERIFY(console.waitForFinished(10000));
        }

        // A real login: sshd on a pty with Initbench's own key (`initbench ssh -t`, libssh), held
        // open while both sides are asked.
        QProcess session;
        startHere(session, m_binary, {QStringLiteral("ssh"), m_name, QStringLiteral("--engine"), engine, QStringLiteral("-t"),
                                      QStringLiteral("--"), QStringLiteral("sleep"), QStringLiteral("120")});
        const auto endSession = qScopeGuard([&session] { session.kill(); session.waitForFinished(5000); });
        const auto exec = [&](const QStringList &argv) {
            return initbench(QStringList{QStringLiteral("exec"), m_name, QStringLiteral("--engine"), engine, QStringLiteral("--")} + argv);
        };
        // The SSH session is the one with a remote host (a console login has none).
        const auto hasSsh = [](const QList<Login> &logins) {
            return std::any_of(logins.cbegin(), logins.cend(), [](const Login &l) { return !l.host.isEmpty(); });
        };
        QList<Login> theirWho;
        for (int i = 0; i < 60 && !hasSsh(theirWho); ++i) {
            theirWho = parseWho(exec(who.split(QLatin1Char(' '))).out);
            if (!hasSsh(theirWho))
                QTest::qWait(250);
        }
        QVERIFY2(hasSsh(theirWho), qPrintable(QStringLiteral("the SSH session never showed in who: ") + session.readAllStandardError()));
        QCOMPARE(theirWho.size(), engine == QLatin1String("nspawn") ? 2 : 1); // nspawn: the console login too

        // Initbench's who, parsed on the host from the container's utmp, agrees to the minute.
        const Run ourWhoRun = initbench({QStringLiteral("who"), m_name, QStringLiteral("--engine"), engine, QStringLiteral("--json")});
        QVERIFY2(ourWhoRun.status == 0, qPrintable(ourWhoRun.err));
        QList<Login> ourWho;
        for (const QJsonValue &v : QJsonDocument::fromJson(ourWhoRun.out.toUtf8()).object().value(QStringLiteral("sessions")).toArray())
            ourWho << loginFromJson(v.toObject());
        QCOMPARE(ourWho, theirWho);

        // The container's own last (util-linux, or wtmpdb on Debian 13) against Initbench's.
        const Run last = exec({QStringLiteral("last"), QStringLiteral("-F")});
        const QList<Login> theirLast = parseLastLogins(last.out);
        QVERIFY2(!theirLast.isEmpty(), qPrintable(QStringLiteral("last: ") + last.out));
        const bool theirBoot = last.out.contains(QRegularExpression(QStringLiteral("^\\S+\\s+system boot"), QRegularExpression::MultilineOption));
        QCOMPARE(theirBoot, bootRecords);
        const Run ours = initbench({QStringLiteral("last"), m_name, QStringLiteral("--engine"), engine, QStringLiteral("--json")});
        QVERIFY2(ours.status == 0, qPrintable(ours.err));
        QList<Login> ourLast;
        bool sawBoot = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(ours.out.toUtf8()).object().value(QStringLiteral("records")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("type")).toString() == QLatin1String("login"))
                ourLast << loginFromJson(r);
            sawBoot = sawBoot || r.value(QStringLiteral("type")).toString() == QLatin1String("boot");
        }
        QCOMPARE(ourLast, theirLast);
        QCOMPARE(sawBoot, theirBoot);

        // Initbench's process tree against the container's own ps. Processes that come and go
        // between the snapshots (ps itself, exec helpers) are left out: only those both of the
        // container's own listings, taken before and after ours, agree on are compared.
        const QStringList psArgs{QStringLiteral("ps"), QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("pid=,ppid=,comm=")};
        const QMap<int, QPair<int, QString>> before = parsePs(exec(psArgs).out);
        const Run ourPs = initbench({QStringLiteral("ps"), m_name, QStringLiteral("--engine"), engine, QStringLiteral("--json")});
        const QMap<int, QPair<int, QString>> after = parsePs(exec(psArgs).out);
        QVERIFY2(ourPs.status == 0, qPrintable(ourPs.err));
        QMap<int, QPair<int, QString>> ourTree;
        for (const QJsonValue &v : QJsonDocument::fromJson(ourPs.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            ourTree.insert(o.value(QStringLiteral("pid")).toInt(), {o.value(QStringLiteral("ppid")).toInt(), o.value(QStringLiteral("cmd")).toString()});
        }
        int compared = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (after.value(it.key()) != it.value())
                continue;
            QVERIFY2(ourTree.contains(it.key()), qPrintable(QStringLiteral("pid %1 (%2) missing from initbench ps: %3").arg(it.key()).arg(it->second, ourPs.out)));
            QCOMPARE(ourTree.value(it.key()).first, it->first);
            // comm is the program's name cut to 15 characters; the command line holds it.
            QVERIFY2(ourTree.value(it.key()).second.contains(it->second), qPrintable(ourTree.value(it.key()).second + QStringLiteral(" vs ") + it->second));
            ++compared;
        }
        QVERIFY2(compared >= 3, qPrintable(ourPs.out));

        // nspawn: a reboot inside makes nspawn exit with 133 (it runs with --keep-unit here) and
        // the supervisor boots the tree again: list says so, up finds it ready, PID 1 is the init.
        if (engine == QLatin1String("nspawn")) {
            session.kill();
            exec({QStringLiteral("/sbin/reboot")}); // its exit status is lost with the container
            bool rebooted = false;
            Run listed;
            for (int i = 0; i < 240 && !rebooted; ++i) {
                listed = initbench({QStringLiteral("list"), QStringLiteral("--json")});
                for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
                    rebooted = rebooted
                        || (v.toObject().value(QStringLiteral("name")).toString() == m_name
                            && v.toObject().value(QStringLiteral("status")).toString().contains(QLatin1String("rebooted once")));
                if (!rebooted)
                    QTest::qWait(250);
            }
            QVERIFY2(rebooted, qPrintable(QStringLiteral("no reboot seen: ") + listed.out));
            const Run again = initbench({QStringLiteral("up"), profile, QStringLiteral("--quiet"), QStringLiteral("--timeout"), QStringLiteral("120")},
                                        5 * 60 * 1000);
            QVERIFY2(again.status == 0 && again.out.contains(QLatin1String("is ready")), qPrintable(again.out + again.err));
            QCOMPARE(exec({QStringLiteral("cat"), QStringLiteral("/proc/1/comm")}).out.trimmed(), pid1);
        }

        QElapsedTimer t;
        t.start();
        const Run down = initbench({QStringLiteral("down"), m_name, QStringLiteral("--engine"), engine}, 60000);
        QVERIFY2(down.status == 0, qPrintable(down.err));
        QVERIFY2(down.out.contains(QLatin1String("stopped cleanly")), qPrintable(down.out));
        QVERIFY2(t.elapsed() < 10000, qPrintable(down.out));

        const Run rm = initbench({QStringLiteral("rm"), m_name, QStringLiteral("--engine"), engine});
        QVERIFY2(rm.status == 0, qPrintable(rm.err));
        if (engine == QLatin1String("nspawn")) {
            const Run left = run(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("--machine=") + m_name}, 30000);
            QCOMPARE(left.out.trimmed(), QString());
            QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/data/machines/") + m_name));
        } else {
            const Run left = runHere(engine, {QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--quiet"), QStringLiteral("--filter"),
                                              QStringLiteral("name=^") + m_name + QLatin1Char('$')}, 30000);
            QCOMPARE(left.out.trimmed(), QString());
        }
        // Rootless podman's helpers run as the user: conmon, slirp4netns (the network) and
        // rootlessport (the published port). With none of the user's containers running, none may
        // stay; they end a moment after the container does.
        if (m_user && runHere(engine, {QStringLiteral("ps"), QStringLiteral("--quiet")}, 30000).out.trimmed().isEmpty()) {
            QString helpers;
            for (int i = 0; i < 40; ++i) {
                helpers = run(QStringLiteral("pgrep"), {QStringLiteral("--list-name"), QStringLiteral("--uid"), m_user->name(),
                                                        QStringLiteral("--exact"), QStringLiteral("conmon|slirp4netns|rootlessport")}, 30000)
                              .out.trimmed();
                if (helpers.isEmpty())
                    break;
                QTest::qWait(250);
            }
            QVERIFY2(helpers.isEmpty(), qPrintable(QStringLiteral("left running: ") + helpers));
        }
        m_name.clear();
    }

    void cleanup()
    {
        // A failed row must not leave its container running.
        if (!m_name.isEmpty() && m_engine == QLatin1String("nspawn")) {
            initbench({QStringLiteral("down"), m_name, QStringLiteral("--engine"), m_engine});
            initbench({QStringLiteral("rm"), m_name, QStringLiteral("--engine"), m_engine});
        } else if (!m_name.isEmpty()) {
            runHere(m_engine, {QStringLiteral("rm"), QStringLiteral("--force"), m_name}, 60000);
        }
        m_name.clear();
    }
};

QTEST_GUILESS_MAIN(TstE2eBoot)
#include "tst_e2e_boot.moc"
