// End to end, Initbench killed with SIGKILL halfway, then started again, as after a crash or a
// closed laptop: once during the build's RUN step (docker) or its bootstrap (nspawn), once
// while the container boots. Each time the next `up` must end ready with exactly one container
// of the name, no image from the killed build in use, and the profile file as it was.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "finishedprocess.h"

namespace {

using e2e::finish;
using e2e::Run;

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    return finish(p, timeoutMs);
}

} // namespace

class TstE2eFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_binary = QStringLiteral(INITBENCH_BINARY);

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INITBENCH_HOME"),
                   qEnvironmentVariable("INITBENCH_E2E_HOME", QDir::homePath() + QStringLiteral("/.cache/initbench-e2e")));
        return env;
    }
    Run initbench(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(m_binary, args);
        return finish(p, timeoutMs);
    }
    // Starts `initbench up PROFILE` and SIGKILLs it delayMs after a line of its output contains
    // marker. False when the marker never came (then it ran to its end or for 15 minutes).
    bool killUpAfter(const QString &profile, const QString &marker, int delayMs, QString *output)
    {
        QProcess up;
        up.setProcessEnvironment(environment());
        up.setProcessChannelMode(QProcess::MergedChannels);
        up.start(m_binary, {QStringLiteral("up"), profile});
        QElapsedTimer t;
        t.start();
        QElapsedTimer since;
        while (up.state() != QProcess::NotRunning && t.elapsed() < 15 * 60 * 1000) {
            up.waitForReadyRead(100);
            *output += QString::fromUtf8(up.readAll());
            if (!since.isValid() && output->contains(marker))
                since.start();
            if (since.isValid() && since.elapsed() >= delayMs) {
                up.kill(); // SIGKILL: no handler runs, nothing is cleaned up
                up.waitForFinished();
                return true;
            }
        }
        up.kill();
        up.waitForFinished();
        return false;
    }
    int countListed(const QString &name, bool *running)
    {
        const Run list = initbench({QStringLiteral("list"), QStringLiteral("--json")});
        int n = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("name")).toString() == name) {
                ++n;
                *running = v.toObject().value(QStringLiteral("running")).toBool();
            }
        return n;
    }

private slots:
    void killedDuringBuildAndBoot_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("docker") << QStringLiteral("docker");
        QTest::newRow("nspawn") << QStringLiteral("nspawn");
    }
    void killedDuringBuildAndBoot()
    {
        QFETCH(QString, engine);
        const QString program = engine == QLatin1String("nspawn") ? QStringLiteral("systemd-nspawn") : engine;
        const bool usable = ::geteuid() == 0 && !QStandardPaths::findExecutable(program).isEmpty()
                            && (engine == QLatin1String("nspawn") || run(engine, {QStringLiteral("info")}).status == 0);
        if (!usable && qEnvironmentVariableIntValue("INITBENCH_E2E_REQUIRED") == 1)
            QFAIL(qPrintable(engine + QStringLiteral(" is not usable here as root, and INITBENCH_E2E_REQUIRED=1")));
        if (!usable)
            QSKIP("the engine is not usable here as root");

        const QString name = QStringLiteral("e2e-fault-") + engine;
        initbench({QStringLiteral("down"), name});
        initbench({QStringLiteral("rm"), name});
        // A user of a new name each run: the build's RUN step is never in the engine's cache.
        const QByteArray yaml = QStringLiteral("name: %1\ndistro: debian:bookworm\ninit: sysvinit\nengine: %2\nservices: [sshd]\n"
                                               "users:\n  - name: u%3\n")
                                    .arg(name, engine)
                                    .arg(QRandomGenerator::global()->bounded(100000, 999999))
                                    .toUtf8();
        const QString profile = m_tmp.filePath(name + QStringLiteral(".yaml"));
        QFile f(profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();

        // 1. Killed during the build, 1 s after dpkg first sets a package up: docker's RUN step,
        // nspawn's mmdebstrap.
        QString output;
        QVERIFY2(killUpAfter(profile, QStringLiteral("Setting up "), 1000, &output), qPrintable(output.right(3000)));
        QVERIFY2(!output.contains(QLatin1String("is ready")), qPrintable(output.right(2000)));
        Run up = initbench({QStringLiteral("up"), profile, QStringLiteral("--quiet")}, 20 * 60 * 1000);
        QVERIFY2(up.status == 0 && up.out.contains(QStringLiteral("%1 is ready").arg(name)), qPrintable(up.all().right(4000)));
        bool running = false;
        QCOMPARE(countListed(name, &running), 1);
        QVERIFY(running);
        if (engine == QLatin1String("docker")) {
            const Run all = run(QStringLiteral("docker"), {QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--filter"),
                                                           QStringLiteral("label=io.initbench.profile=") + name, QStringLiteral("--format"),
                                                           QStringLiteral("{{.Names}}")});
            QCOMPARE(all.out.trimmed(), name); // one container, no step container left over
        }

        // 2. Killed while booting: the moment it says it starts the container, before it is ready.
        QCOMPARE(initbench({QStringLiteral("down"), name}).status, 0);
        output.clear();
        QVERIFY2(killUpAfter(profile, QStringLiteral("==> start"), 0, &output), qPrintable(output.right(3000)));
        QVERIFY2(!output.contains(QLatin1String("is ready")), qPrintable(output));
        up = initbench({QStringLiteral("up"), profile, QStringLiteral("--quiet")}, 5 * 60 * 1000);
        QVERIFY2(up.status == 0 && up.out.contains(QStringLiteral("%1 is ready").arg(name)), qPrintable(up.all().right(4000)));
        QCOMPARE(countListed(name, &running), 1);
        QVERIFY(running);
        const Run ssh = initbench({QStringLiteral("ssh"), name, QStringLiteral("--"), QStringLiteral("hostname")}, 60000);
        QVERIFY2(ssh.status == 0 && ssh.out.trimmed() == name, qPrintable(ssh.all()));

        // The profile the user wrote is untouched by all of it.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), yaml);
        f.close();
        QCOMPARE(initbench({QStringLiteral("down"), name}).status, 0);
        QCOMPARE(initbench({QStringLiteral("rm"), name}).status, 0);
    }
};

QTEST_GUILESS_MAIN(TstE2eFaults)
#include "tst_e2e_faults.moc"
