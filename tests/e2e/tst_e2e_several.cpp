// End to end, several containers at once (`initbench up A B C...`) on the real docker: ten
// profiles that name no ssh_port boot together; all ten are ready, each has a port of its own,
// and each port reaches its own container (an SSH login there prints that container's hostname).
// Then kill, start and restart on two of them, as the window's list does them, and on an nspawn
// machine (a row of its own).
// Two profiles naming one port are refused before anything starts.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "finishedprocess.h"

namespace {

using e2e::finish;
using e2e::Run;

constexpr int kContainers = 10;
const QString kNspawnName = QStringLiteral("e2e-life-nspawn");

QString nameOf(int i) { return QStringLiteral("e2e-many-%1").arg(i); }

} // namespace

class TstE2eSeveral : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_binary = QStringLiteral(INITBENCH_BINARY);

    static QString home()
    {
        return qEnvironmentVariable("INITBENCH_E2E_HOME", QDir::homePath() + QStringLiteral("/.cache/initbench-e2e"));
    }
    Run initbench(const QStringList &args, int timeoutMs = 90000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INITBENCH_HOME"), home());
        p.setProcessEnvironment(env);
        p.start(m_binary, args);
        return finish(p, timeoutMs);
    }
    QString writeProfile(const QString &name, const QString &extra = {}, const QString &engine = QStringLiteral("docker"))
    {
        const QString path = m_tmp.filePath(name + QStringLiteral(".yaml"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("name: %1\ndistro: debian:bookworm\ninit: sysvinit\nengine: %3\nservices: [sshd]\n%2").arg(name, extra, engine).toUtf8());
        return path;
    }
    void removeAll()
    {
        QStringList names{kNspawnName};
        for (int i = 0; i < kContainers; ++i)
            names << nameOf(i);
        for (const QString &name : names) {
            initbench({QStringLiteral("down"), name});
            initbench({QStringLiteral("rm"), name});
        }
    }
    // The SSH port `list --json` shows for name, and whether it runs.
    int portOf(const QString &name, bool *running)
    {
        const Run l = initbench({QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(l.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("name")).toString() == name) {
                *running = v.toObject().value(QStringLiteral("running")).toBool();
                return v.toObject().value(QStringLiteral("ssh_port")).toInt();
            }
        *running = false;
        return 0;
    }
    // kill, start again (the recorded profile, the same port), restart with the init's
    // signal: each ends as the window's list shows it, with a working login.
    void killStartRestart(const QString &name)
    {
        bool isRunning = false;
        const int port = portOf(name, &isRunning);
        QVERIFY(isRunning && port > 0);
        const Run killed = initbench({QStringLiteral("kill"), name});
        QVERIFY2(killed.status == 0, qPrintable(killed.all()));
        QCOMPARE(portOf(name, &isRunning), port);
        QVERIFY(!isRunning);
        const Run started = initbench({QStringLiteral("start"), name}, 300000);
        QVERIFY2(started.status == 0 && started.out.contains(QStringLiteral("%1 is ready in").arg(name)), qPrintable(started.all()));
        QCOMPARE(portOf(name, &isRunning), port);
        QVERIFY(isRunning);
        const Run restarted = initbench({QStringLiteral("restart"), name}, 300000);
        QVERIFY2(restarted.status == 0 && restarted.out.contains(QStringLiteral("%1 is ready in").arg(name)), qPrintable(restarted.all()));
        QCOMPARE(portOf(name, &isRunning), port);
        QVERIFY(isRunning);
        const Run ssh = initbench({QStringLiteral("ssh"), name, QStringLiteral("--"), QStringLiteral("hostname")}, 60000);
        QVERIFY2(ssh.status == 0, qPrintable(ssh.all()));
        QCOMPARE(ssh.out.trimmed(), name);
    }

private slots:
    void initTestCase()
    {
        QProcess info;
        info.start(QStringLiteral("docker"), {QStringLiteral("info")});
        const bool usable = ::geteuid() == 0 && finish(info, 30000).status == 0;
        if (!usable && qEnvironmentVariableIntValue("INITBENCH_E2E_REQUIRED") == 1)
            QFAIL("docker is not usable here as root, and INITBENCH_E2E_REQUIRED=1");
        if (!usable)
            QSKIP("docker is not usable here as root");
        QVERIFY(m_tmp.isValid());
        removeAll(); // left over from an interrupted run
    }
    void cleanupTestCase() { removeAll(); }

    void tenAtOnce()
    {
        QStringList args{QStringLiteral("up")};
        for (int i = 0; i < kContainers; ++i)
            args << writeProfile(nameOf(i));
        args << QStringLiteral("--quiet");
        const Run up = initbench(args, 40 * 60 * 1000);
        QVERIFY2(up.status == 0, qPrintable(up.all().right(4000)));
        QCOMPARE(up.out.count(QStringLiteral(" is ready in ")), kContainers);
        for (int i = 0; i < kContainers; ++i)
            QVERIFY2(up.out.contains(QStringLiteral("[%1] ==> ").arg(nameOf(i))), qPrintable(nameOf(i))); // its lines are tagged

        const Run list = initbench({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.status, 0);
        QSet<int> ports;
        int running = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QJsonObject c = v.toObject();
            if (!c.value(QStringLiteral("name")).toString().startsWith(QLatin1String("e2e-many-")))
                continue;
            running += c.value(QStringLiteral("running")).toBool() ? 1 : 0;
            ports.insert(c.value(QStringLiteral("ssh_port")).toInt());
        }
        QCOMPARE(running, kContainers);
        QCOMPARE(ports.size(), kContainers); // no two share a port
        QVERIFY(!ports.contains(0));

        // Each name's port leads to that container: a login there says its own hostname.
        for (int i = 0; i < kContainers; ++i) {
            const Run ssh = initbench({QStringLiteral("ssh"), nameOf(i), QStringLiteral("--"), QStringLiteral("hostname")}, 60000);
            QVERIFY2(ssh.status == 0, qPrintable(ssh.all()));
            QCOMPARE(ssh.out.trimmed(), nameOf(i));
        }
        // The list's actions, from the command line, on two of them; the others are untouched.
        killStartRestart(nameOf(1));
        killStartRestart(nameOf(2));
        for (int i : {0, 3}) {
            const Run ssh = initbench({QStringLiteral("ssh"), nameOf(i), QStringLiteral("--"), QStringLiteral("hostname")}, 60000);
            QVERIFY2(ssh.status == 0, qPrintable(ssh.all()));
            QCOMPARE(ssh.out.trimmed(), nameOf(i));
        }

        // The doctor reads a real container's console (sysvinit on docker boots with nothing to fix).
        const Run doctor = initbench({QStringLiteral("doctor"), nameOf(3)});
        QVERIFY2(doctor.status == 0 && doctor.out.startsWith(QStringLiteral("Nothing in the console of %1").arg(nameOf(3))), qPrintable(doctor.all()));

        // rm gives the port back.
        QVERIFY(QFile::exists(home() + QStringLiteral("/data/ports/") + nameOf(0)));
        QCOMPARE(initbench({QStringLiteral("down"), nameOf(0)}).status, 0);
        QCOMPARE(initbench({QStringLiteral("rm"), nameOf(0)}).status, 0);
        QVERIFY(!QFile::exists(home() + QStringLiteral("/data/ports/") + nameOf(0)));
    }

    // The same actions on an nspawn machine: kill ends its supervisor's machine, start boots
    // the kept tree again with the kept port, restart stops it with the init's signal first.
    void killStartRestartOnNspawn()
    {
        const Run up = initbench({QStringLiteral("up"), writeProfile(kNspawnName, {}, QStringLiteral("nspawn")), QStringLiteral("--quiet")},
                                 20 * 60 * 1000);
        QVERIFY2(up.status == 0, qPrintable(up.all().right(4000)));
        killStartRestart(kNspawnName);
        QCOMPARE(initbench({QStringLiteral("down"), kNspawnName}).status, 0);
        QCOMPARE(initbench({QStringLiteral("rm"), kNspawnName}).status, 0);
    }

    void onePortNamedTwiceIsRefused()
    {
        const QString a = writeProfile(QStringLiteral("e2e-clash-a"), QStringLiteral("ssh_port: 22961\n"));
        const QString b = writeProfile(QStringLiteral("e2e-clash-b"), QStringLiteral("ssh_port: 22961\n"));
        const Run up = initbench({QStringLiteral("up"), a, b});
        QCOMPARE(up.status, 2);
        QVERIFY2(up.err.contains(QStringLiteral("e2e-clash-a and e2e-clash-b both name ssh_port 22961")), qPrintable(up.err));
        const Run list = initbench({QStringLiteral("list")});
        QVERIFY(!list.out.contains(QStringLiteral("e2e-clash")));
    }
};

QTEST_GUILESS_MAIN(TstE2eSeveral)
#include "tst_e2e_several.moc"
