// ContainerController over a scripted runner fed with output captured from real docker and
// podman (tests/data/<engine>/): which commands it runs, and what it concludes from them.
#include "engine/containercontroller.h"
#include "engine/containerrecords.h"
#include "engine/dockercli.h"
#include "process/fakecommandrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "capturedoutput.h"

using namespace initbench;
using initbench::test::capture;

namespace {

QByteArray capture(const QString &engine, const char *file)
{
    return capture(engine + QLatin1Char('/') + QLatin1String(file));
}

// The captured inspect JSON with one thing changed in State or Config.
QByteArray edited(const QByteArray &inspectJson, const QString &section, const QString &key, const QJsonValue &value)
{
    QJsonArray array = QJsonDocument::fromJson(inspectJson).array();
    QJsonObject container = array.first().toObject();
    QJsonObject part = container.value(section).toObject();
    if (value.isUndefined())
        part.remove(key);
    else
        part.insert(key, value);
    container.insert(section, part);
    array.replace(0, container);
    return QJsonDocument(array).toJson();
}

QString cmd(const QString &engine, const char *rest)
{
    return engine + QLatin1Char(' ') + QLatin1String(rest);
}

} // namespace

class TstContainerController : public QObject
{
    Q_OBJECT
    Catalog m_catalog;
    QTemporaryDir m_dataDir;
    QByteArray m_savedPath;

    ContainerController controller(FakeCommandRunner &fake)
    {
        HostFacts host;
        host.stateDir = m_dataDir.filePath(QStringLiteral("state"));
        return ContainerController(fake, m_catalog, host, m_dataDir.path());
    }

    // PATH holding only stub docker and/or podman executables, so availableEngines() does not
    // depend on what this machine has installed. The stubs are never run: the fake runs nothing.
    void pathWithEngines(const QStringList &engines, QTemporaryDir &bin)
    {
        for (const QString &e : engines) {
            QFile stub(bin.filePath(e));
            QVERIFY(stub.open(QIODevice::WriteOnly));
            stub.write("#!/bin/sh\nexit 99\n");
            stub.close();
            QVERIFY(stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        qputenv("PATH", QFile::encodeName(bin.path()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        QStringList errors;
        m_catalog = Catalog::builtin(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        m_savedPath = qgetenv("PATH");
    }
    void cleanup()
    {
        qputenv("PATH", m_savedPath);
    }

    // --- down ----------------------------------------------------------------------------

    void downRunning_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("finalExitCode"); // -1: as captured
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("clean");

        QTest::newRow("docker, exits by itself") << "docker" << "t-openrc" << -1 << 130 << true;
        QTest::newRow("podman, exits by itself") << "podman" << "p-systemd" << -1 << 0 << true;
        QTest::newRow("docker, killed after the timeout") << "docker" << "t-openrc" << 137 << 137 << false;
        QTest::newRow("podman, killed after the timeout") << "podman" << "p-systemd" << 137 << 137 << false;
    }
    void downRunning()
    {
        QFETCH(QString, engine);
        QFETCH(QString, name);
        QFETCH(int, finalExitCode);
        QFETCH(int, exitCode);
        QFETCH(bool, clean);

        QByteArray exited = capture(engine, "inspect-exited.json");
        if (finalExitCode >= 0)
            exited = edited(exited, QStringLiteral("State"), QStringLiteral("ExitCode"), finalExitCode);

        FakeCommandRunner fake;
        const QString inspect = cmd(engine, "container inspect ") + name;
        const QString stop = cmd(engine, "stop --time 10 ") + name;
        fake.expect(inspect, 0, capture(engine, "inspect-running.json"));
        fake.expect(stop, 0, name.toUtf8() + '\n');
        fake.expect(inspect, 0, exited);

        const DownResult r = controller(fake).down(name, engine);
        QVERIFY2(r.result.ok(), qPrintable(r.result.message));
        QVERIFY(r.wasRunning);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.clean, clean);
        QCOMPARE(fake.history, (QStringList{inspect, stop, inspect}));
        // The stop command may take the whole stop timeout before the engine kills.
        QVERIFY(fake.timeouts.at(1) > 10 * 1000);
    }

    void downUsesTheGivenStopTimeout()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker container inspect t-openrc"), 0, capture(QStringLiteral("docker/inspect-running.json")));
        fake.expect(QStringLiteral("docker stop --time 3 t-openrc"), 0, "t-openrc\n");
        fake.expect(QStringLiteral("docker container inspect t-openrc"), 0, capture(QStringLiteral("docker/inspect-exited.json")));
        const DownResult r = controller(fake).down(QStringLiteral("t-openrc"), QStringLiteral("docker"), 3);
        QVERIFY2(r.result.ok(), qPrintable(r.result.message));
        QCOMPARE(fake.history.at(1), QStringLiteral("docker stop --time 3 t-openrc"));
        QVERIFY(fake.timeouts.at(1) > 3 * 1000);
    }

    void downAlreadyStopped_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("docker") << "docker" << "t-sysvinit" << 130;
        QTest::newRow("podman") << "podman" << "p-systemd" << 0;
    }
    void downAlreadyStopped()
    {
        QFETCH(QString, engine);
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        FakeCommandRunner fake;
        const QString inspect = cmd(engine, "container inspect ") + name;
        fake.expect(inspect, 0, capture(engine, "inspect-exited.json"));
        fake.expect(cmd(engine, "stop*"), 0); // must not be used

        const DownResult r = controller(fake).down(name, engine);
        QVERIFY2(r.result.ok(), qPrintable(r.result.message));
        QVERIFY(!r.wasRunning);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(fake.history, QStringList{inspect});
    }

    void downWhenStopFails()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker container inspect t-openrc"), 0, capture(QStringLiteral("docker/inspect-running.json")));
        fake.expect(QStringLiteral("docker stop --time 10 t-openrc"), 1, {}, capture(QStringLiteral("docker/daemon-down.stderr")));
        const DownResult r = controller(fake).down(QStringLiteral("t-openrc"), QStringLiteral("docker"));
        QVERIFY(!r.result.ok());
        QVERIFY(!r.clean);
        QVERIFY2(r.result.message.contains(QLatin1String("the docker daemon is not running")), qPrintable(r.result.message));
        QVERIFY(r.result.details.contains(QLatin1String("Cannot connect to the Docker daemon")));
        QCOMPARE(fake.history, (QStringList{QStringLiteral("docker container inspect t-openrc"),
                                            QStringLiteral("docker stop --time 10 t-openrc")}));
    }

    // After a successful stop the controller inspects again for the exit status. When that
    // inspect fails it has no exit status, so it cannot know the init shut down by itself.
    void downWhenTheFinalInspectFails()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker container inspect t-openrc"), 0, capture(QStringLiteral("docker/inspect-running.json")));
        fake.expect(QStringLiteral("docker stop --time 10 t-openrc"), 0, "t-openrc\n");
        fake.expect(QStringLiteral("docker container inspect t-openrc"), 1, {}, capture(QStringLiteral("docker/daemon-down.stderr")));
        const DownResult r = controller(fake).down(QStringLiteral("t-openrc"), QStringLiteral("docker"));
        QCOMPARE(fake.history.size(), 3);
        QVERIFY(!r.result.ok());
        QVERIFY(r.result.message.contains(QLatin1String("its exit status cannot be read")));
    }

    void downOfAMissingContainer()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker container inspect nosuch"), 1, {}, capture(QStringLiteral("docker/inspect-missing.stderr")));
        const DownResult r = controller(fake).down(QStringLiteral("nosuch"), QStringLiteral("docker"));
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.message, QStringLiteral("no container named 'nosuch' (engines asked: docker)"));
        QCOMPARE(fake.history, QStringList{QStringLiteral("docker container inspect nosuch")});
    }

    // --- remove --------------------------------------------------------------------------

    void removeRefusesARunningContainer_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("name");
        QTest::newRow("docker") << "docker" << "t-openrc";
        QTest::newRow("podman") << "podman" << "p-systemd";
    }
    void removeRefusesARunningContainer()
    {
        QFETCH(QString, engine);
        QFETCH(QString, name);
        FakeCommandRunner fake;
        const QString inspect = cmd(engine, "container inspect ") + name;
        fake.expect(inspect, 0, capture(engine, "inspect-running.json"));
        fake.expect(cmd(engine, "rm*"), 0); // must not be used

        const OpResult r = controller(fake).remove(name, engine);
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(QLatin1String("is running")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("initbench down %1").arg(name)), qPrintable(r.message));
        QCOMPARE(fake.history, QStringList{inspect});
    }

    void removeRefusesAContainerWithoutTheLabel_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::newRow("docker stopped") << "docker" << "t-sysvinit" << "inspect-exited.json";
        QTest::newRow("podman stopped") << "podman" << "p-systemd" << "inspect-exited.json";
        QTest::newRow("docker running") << "docker" << "t-openrc" << "inspect-running.json";
    }
    void removeRefusesAContainerWithoutTheLabel()
    {
        QFETCH(QString, engine);
        QFETCH(QString, name);
        QFETCH(QString, file);
        // The same container, as if someone else had created it: its labels lack Initbench's.
        QJsonObject labels = QJsonDocument::fromJson(capture(engine + QLatin1Char('/') + file))
                                 .array().first().toObject().value(QStringLiteral("Config")).toObject()
                                 .value(QStringLiteral("Labels")).toObject();
        QVERIFY(labels.contains(QStringLiteral("io.initbench.profile")));
        labels.remove(QStringLiteral("io.initbench.profile"));
        const QByteArray json = edited(capture(engine + QLatin1Char('/') + file), QStringLiteral("Config"), QStringLiteral("Labels"), labels);

        FakeCommandRunner fake;
        const QString inspect = cmd(engine, "container inspect ") + name;
        fake.expect(inspect, 0, json);
        fake.expect(cmd(engine, "rm*"), 0); // must not be used

        const OpResult r = controller(fake).remove(name, engine);
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(QLatin1String("was not created by Initbench")), qPrintable(r.message));
        QVERIFY2(r.message.contains(engine + QLatin1String(" rm")), qPrintable(r.message));
        QCOMPARE(fake.history, QStringList{inspect});
    }

    void removeAStoppedContainer_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("name");
        QTest::newRow("docker") << "docker" << "t-sysvinit";
        QTest::newRow("podman") << "podman" << "p-systemd";
    }
    void removeAStoppedContainer()
    {
        QFETCH(QString, engine);
        QFETCH(QString, name);
        FakeCommandRunner fake;
        const QString inspect = cmd(engine, "container inspect ") + name;
        const QString rm = cmd(engine, "rm ") + name;
        fake.expect(inspect, 0, capture(engine, "inspect-exited.json"));
        fake.expect(rm, 0, name.toUtf8() + '\n');
        const OpResult r = controller(fake).remove(name, engine);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(fake.history, (QStringList{inspect, rm}));
    }

    // --- kill, start -----------------------------------------------------------------------

    void killARunningContainer_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("name");
        QTest::newRow("docker") << "docker" << "t-openrc";
        QTest::newRow("podman") << "podman" << "p-systemd";
    }
    void killARunningContainer()
    {
        QFETCH(QString, engine);
        QFETCH(QString, name);
        FakeCommandRunner fake;
        const QString inspect = cmd(engine, "container inspect ") + name;
        const QString kill = cmd(engine, "kill --signal SIGKILL ") + name;
        fake.expect(inspect, 0, capture(engine, "inspect-running.json"));
        fake.expect(kill, 0, name.toUtf8() + '\n');
        const OpResult r = controller(fake).kill(name, engine);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(fake.history, (QStringList{inspect, kill}));
    }

    void killRefusesAStoppedContainer()
    {
        FakeCommandRunner fake;
        const QString inspect = QStringLiteral("docker container inspect t-sysvinit");
        fake.expect(inspect, 0, capture(QStringLiteral("docker"), "inspect-exited.json"));
        fake.expect(QStringLiteral("docker kill*"), 0); // must not be used
        const OpResult r = controller(fake).kill(QStringLiteral("t-sysvinit"), QStringLiteral("docker"));
        QVERIFY(!r.ok());
        QCOMPARE(r.message, QStringLiteral("t-sysvinit is not running"));
        QCOMPARE(fake.history, QStringList{inspect});
    }

    // A container made before profiles were recorded (or by hand with the label): start says
    // what to do instead, and starts nothing.
    void startWithoutARecordedProfile()
    {
        FakeCommandRunner fake;
        const QString inspect = QStringLiteral("docker container inspect t-sysvinit");
        fake.expect(inspect, 0, capture(QStringLiteral("docker"), "inspect-exited.json"));
        fake.expect(QStringLiteral("docker start*"), 0); // must not be used
        const UpResult r = controller(fake).start(QStringLiteral("t-sysvinit"), QStringLiteral("docker"), {});
        QVERIFY(!r.result.ok());
        QVERIFY2(r.result.message.contains(QLatin1String("start it with `initbench up PROFILE`")), qPrintable(r.result.message));
        QCOMPARE(fake.history, QStringList{inspect});
    }

    // The recorded profile comes back as it was saved, in a private folder, without the password
    // hashes (applied when the container was made; no copy of a secret is kept).
    void recordedProfileRoundTrip()
    {
        QTemporaryDir data;
        Profile p;
        p.name = QStringLiteral("rec");
        p.distro = QStringLiteral("debian:bookworm");
        p.init = QStringLiteral("sysvinit");
        p.engine = QStringLiteral("podman");
        p.services = {QStringLiteral("sshd")};
        p.root.passwordHash = QStringLiteral("$6$salt$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ./abcdefghijklmnopqrstuv");
        p.users = {Account{QStringLiteral("alice"), {}, p.root.passwordHash}};
        const ContainerRecords records(data.path());
        QVERIFY(!records.exists(p.name));
        QCOMPARE(records.save(p), QString());
        QVERIFY(records.exists(p.name));
        QCOMPARE(QFileInfo(data.filePath(QStringLiteral("containers"))).permissions() & 0x0077, QFileDevice::Permissions());
        QString error;
        const std::optional<Profile> back = records.load(p.name, m_catalog, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->engine, p.engine);
        QCOMPARE(back->services, p.services);
        QVERIFY(back->root.passwordHash.isEmpty());
        QCOMPARE(back->users.size(), 1);
        QCOMPARE(back->users.first().name, QStringLiteral("alice"));
        QVERIFY(back->users.first().passwordHash.isEmpty());
        QFile saved(data.filePath(QStringLiteral("containers/rec.yaml")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("$6$salt$"));
        QCOMPARE(back->sshPort, 0);
        QVERIFY(records.remove(p.name, &error));
        QVERIFY(!records.load(p.name, m_catalog, &error));
        QVERIFY2(error.contains(QLatin1String("no record")), qPrintable(error));
    }

    // --- find ----------------------------------------------------------------------------

    void findMissing_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("docker") << "docker";
        QTest::newRow("podman") << "podman";
    }
    void findMissing()
    {
        QFETCH(QString, engine);
        FakeCommandRunner fake;
        fake.expect(cmd(engine, "container inspect nosuch"), 1, "[]\n", capture(engine, "inspect-missing.stderr"));
        OpResult error;
        const auto found = controller(fake).find(QStringLiteral("nosuch"), engine, &error);
        QVERIFY(!found);
        QVERIFY(!error.ok());
        QCOMPARE(error.message, QStringLiteral("no container named 'nosuch' (engines asked: %1)").arg(engine));
        QCOMPARE(fake.history, QStringList{cmd(engine, "container inspect nosuch")});
    }

    void findWhenTheDaemonIsDown()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker container inspect t-openrc"), 1, {}, capture(QStringLiteral("docker/daemon-down.stderr")));
        OpResult error;
        const auto found = controller(fake).find(QStringLiteral("t-openrc"), QStringLiteral("docker"), &error);
        QVERIFY(!found);
        QVERIFY(!error.ok());
        QCOMPARE(error.message,
                 QStringLiteral("the docker daemon is not running: start it (sudo systemctl start docker, or run dockerd)"));
        QCOMPARE(fake.history, QStringList{QStringLiteral("docker container inspect t-openrc")});
    }

    void findWhenTheEngineIsNotInstalled()
    {
        FakeCommandRunner fake; // expects nothing: every command fails to start
        OpResult error;
        QVERIFY(!controller(fake).find(QStringLiteral("t-openrc"), QStringLiteral("podman"), &error));
        QVERIFY2(error.message.contains(QLatin1String("podman is not installed")), qPrintable(error.message));
    }

    void findRunning_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("hostPid");
        QTest::newRow("docker") << "docker" << "t-openrc" << 22570;
        QTest::newRow("podman") << "podman" << "p-systemd" << 2751;
    }
    void findRunning()
    {
        QFETCH(QString, engine);
        QFETCH(QString, name);
        QFETCH(int, hostPid);
        FakeCommandRunner fake;
        fake.expect(cmd(engine, "container inspect ") + name, 0, capture(engine, "inspect-running.json"));
        OpResult error;
        const auto found = controller(fake).find(name, engine, &error);
        QVERIFY2(found, qPrintable(error.message));
        QVERIFY(error.ok());
        QCOMPARE(found->engine, engine);
        QCOMPARE(found->name, name);
        QVERIFY(found->running);
        QCOMPARE(found->hostPid, hostPid);
        QCOMPARE(found->profile, name);
    }

    // Without a hint every engine on PATH is asked (PATH is set to stubs here).
    void findAsksEveryEngineOnPath()
    {
        QTemporaryDir bin;
        pathWithEngines({QStringLiteral("docker"), QStringLiteral("podman")}, bin);
        FakeCommandRunner fake;
        QCOMPARE(controller(fake).availableEngines(), (QStringList{QStringLiteral("docker"), QStringLiteral("podman")}));
        fake.expect(QStringLiteral("docker container inspect nosuch"), 1, {}, capture(QStringLiteral("docker/inspect-missing.stderr")));
        fake.expect(QStringLiteral("podman container inspect nosuch"), 125, "[]\n", capture(QStringLiteral("podman/inspect-missing.stderr")));
        OpResult error;
        QVERIFY(!controller(fake).find(QStringLiteral("nosuch"), {}, &error));
        QCOMPARE(error.message, QStringLiteral("no container named 'nosuch' (engines asked: docker, podman, nspawn)"));
        QCOMPARE(fake.history, (QStringList{QStringLiteral("docker container inspect nosuch"),
                                            QStringLiteral("podman container inspect nosuch")}));
    }

    void findOnOneOfTwoEngines()
    {
        QTemporaryDir bin;
        pathWithEngines({QStringLiteral("docker"), QStringLiteral("podman")}, bin);
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker container inspect p-systemd"), 1, {}, capture(QStringLiteral("docker/daemon-down.stderr")));
        fake.expect(QStringLiteral("podman container inspect p-systemd"), 0, capture(QStringLiteral("podman/inspect-running.json")));
        OpResult error;
        const auto found = controller(fake).find(QStringLiteral("p-systemd"), {}, &error);
        QVERIFY2(found, qPrintable(error.message));
        QCOMPARE(found->engine, QStringLiteral("podman"));
    }

    void findOnBothEnginesIsAmbiguous()
    {
        QTemporaryDir bin;
        pathWithEngines({QStringLiteral("docker"), QStringLiteral("podman")}, bin);
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker container inspect t-openrc"), 0, capture(QStringLiteral("docker/inspect-running.json")));
        fake.expect(QStringLiteral("podman container inspect t-openrc"), 0, capture(QStringLiteral("podman/inspect-running.json")));
        OpResult error;
        QVERIFY(!controller(fake).find(QStringLiteral("t-openrc"), {}, &error));
        QVERIFY2(error.message.contains(QLatin1String("--engine")), qPrintable(error.message));
    }

    void findWithNoEngineInstalled()
    {
        QTemporaryDir bin;
        pathWithEngines({}, bin);
        FakeCommandRunner fake;
        OpResult error;
        QVERIFY(!controller(fake).find(QStringLiteral("t-openrc"), {}, &error));
        QCOMPARE(error.message, QStringLiteral("no container named 't-openrc' (engines asked: nspawn)"));
        QVERIFY(fake.history.isEmpty());
    }

    // --- list ----------------------------------------------------------------------------

    void listMergesEnginesAndWarns()
    {
        QTemporaryDir bin;
        pathWithEngines({QStringLiteral("docker"), QStringLiteral("podman")}, bin);
        FakeCommandRunner fake;
        const QString dockerPs = QStringLiteral("docker ps --all --filter label=io.initbench.profile --format '{{json .}}'");
        const QString podmanPs = QStringLiteral("podman ps --all --filter label=io.initbench.profile --format json");
        fake.expect(dockerPs, 0, capture(QStringLiteral("docker/ps-managed.jsonl")));
        fake.expect(podmanPs, 0, capture(QStringLiteral("podman/ps-managed.json")));
        fake.expect(dockerPs, 1, {}, capture(QStringLiteral("docker/daemon-down.stderr")));
        fake.expect(podmanPs, 0, capture(QStringLiteral("podman/ps-managed.json")));

        ContainerController c = controller(fake);
        QStringList warnings;
        QList<ContainerState> all = c.list(&warnings);
        QVERIFY(warnings.isEmpty());
        // Five of docker's six carry a profile's name; "quizzical_wilson", a build's leftover with
        // t-openrc's label, is not one of Initbench's containers.
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.last().engine, QStringLiteral("podman"));
        QCOMPARE(all.last().name, QStringLiteral("p-systemd"));

        all = c.list(&warnings);
        QCOMPARE(all.size(), 1);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QLatin1String("docker: the docker daemon is not running")), qPrintable(warnings.first()));
        QCOMPARE(fake.history, (QStringList{dockerPs, podmanPs, dockerPs, podmanPs}));
    }

    // While an image builds, docker's step container carries the profile's label (it is in the
    // image) under a name of docker's own ("magical_goldwasser", captured): not a container.
    void listLeavesOutBuildStepContainers()
    {
        QTemporaryDir bin;
        pathWithEngines({QStringLiteral("docker")}, bin);
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker ps --all --filter label=io.initbench.profile --format '{{json .}}'"), 0,
                    capture(QStringLiteral("docker/ps-during-build.jsonl")));
        ContainerController c = controller(fake);
        QStringList warnings;
        QVERIFY(DockerCli::parseList(QStringLiteral("docker"), capture(QStringLiteral("docker/ps-during-build.jsonl"))).size() == 1);
        QVERIFY(c.list(&warnings).isEmpty());
        QVERIFY(warnings.isEmpty());
    }

    // --- logs ----------------------------------------------------------------------------

    void logsReturnsTheConsole()
    {
        const QByteArray console = "   OpenRC 0.46 is starting up Debian GNU/Linux 12 (bookworm)\n\n"
                                   " * Mounting /proc ... [ ok ]\n"
                                   " * Starting sshd ... [ ok ]\n";
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker container inspect t-openrc"), 0, capture(QStringLiteral("docker/inspect-running.json")));
        fake.expect(QStringLiteral("docker logs --tail 50 t-openrc"), 0, console, "warning on stderr\n");
        QString text;
        const OpResult r = controller(fake).logs(QStringLiteral("t-openrc"), QStringLiteral("docker"), 50, &text);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(text, QString::fromUtf8(console) + QStringLiteral("warning on stderr\n"));
        QCOMPARE(fake.history, (QStringList{QStringLiteral("docker container inspect t-openrc"),
                                            QStringLiteral("docker logs --tail 50 t-openrc")}));
    }

    void logsAll()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("podman container inspect p-systemd"), 0, capture(QStringLiteral("podman/inspect-exited.json")));
        fake.expect(QStringLiteral("podman logs p-systemd"), 0, "systemd 252 running in system mode\n");
        QString text;
        const OpResult r = controller(fake).logs(QStringLiteral("p-systemd"), QStringLiteral("podman"), 0, &text);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(text, QStringLiteral("systemd 252 running in system mode\n"));
    }

    void logsOfAMissingContainer()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker container inspect nosuch"), 1, {}, capture(QStringLiteral("docker/inspect-missing.stderr")));
        QString text = QStringLiteral("unchanged");
        const OpResult r = controller(fake).logs(QStringLiteral("nosuch"), QStringLiteral("docker"), 50, &text);
        QVERIFY(!r.ok());
        QCOMPARE(r.message, QStringLiteral("no container named 'nosuch' (engines asked: docker)"));
        QCOMPARE(text, QStringLiteral("unchanged"));
        QCOMPARE(fake.history.size(), 1);
    }

    // --- paths ---------------------------------------------------------------------------

    void pathsAreUnderTheDataDir()
    {
        FakeCommandRunner fake;
        const ContainerController c = controller(fake);
        QCOMPARE(c.contextDir(QStringLiteral("t-openrc")), QDir(m_dataDir.path()).filePath(QStringLiteral("contexts/t-openrc")));
        QCOMPARE(c.buildLogPath(QStringLiteral("t-openrc")), QDir(m_dataDir.path()).filePath(QStringLiteral("logs/t-openrc-build.log")));
    }
};

QTEST_GUILESS_MAIN(TstContainerController)
#include "tst_containercontroller.moc"
