// The docker/podman strategy: the argument lists it builds, and its parsers fed with output
// captured from real docker and podman (tests/data/<engine>/).
#include "engine/dockercli.h"
#include "engine/dockeruserremap.h"
#include "process/fakecommandrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "capturedoutput.h"

using namespace initbench;
using initbench::test::capture;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

class TstDockerCli : public QObject
{
    Q_OBJECT
private slots:
    // --- argument lists ------------------------------------------------------------------

    void commands_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<CommandLine>("actual");
        QTest::addColumn<QStringList>("expected");

        for (const char *e : {"docker", "podman"}) {
            const QString engine = QString::fromLatin1(e);
            const DockerCli cli(engine);
            QTest::addRow("%s serverVersion", e) << engine << cli.serverVersion()
                                                  << args({"version", "--format", "{{.Server.Version}}"});
            QTest::addRow("%s inspect", e) << engine << cli.inspect(QStringLiteral("t-openrc"))
                                            << args({"container", "inspect", "t-openrc"});
            QTest::addRow("%s imageExists", e) << engine << cli.imageExists(QStringLiteral("debian:bookworm"))
                                                << args({"image", "inspect", "--format", "{{.Id}}", "debian:bookworm"});
            QTest::addRow("%s stop 10", e) << engine << cli.stop(QStringLiteral("t-openrc"), 10)
                                            << args({"stop", "--time", "10", "t-openrc"});
            QTest::addRow("%s stop 0", e) << engine << cli.stop(QStringLiteral("t-openrc"), 0)
                                           << args({"stop", "--time", "0", "t-openrc"});
            QTest::addRow("%s rm", e) << engine << cli.remove(QStringLiteral("t-openrc")) << args({"rm", "t-openrc"});
            QTest::addRow("%s rmi", e) << engine << cli.removeImage(QStringLiteral("initbench/t-openrc:latest"))
                                        << args({"rmi", "initbench/t-openrc:latest"});
            QTest::addRow("%s logs tail", e) << engine << cli.logs(QStringLiteral("t-openrc"), 20)
                                              << args({"logs", "--tail", "20", "t-openrc"});
            QTest::addRow("%s logs all", e) << engine << cli.logs(QStringLiteral("t-openrc"), 0) << args({"logs", "t-openrc"});
            QTest::addRow("%s exec no tty", e)
                << engine << cli.exec(QStringLiteral("t-openrc"), args({"sh", "-c", "rc-status --runlevel"}), false)
                << args({"exec", "--interactive", "t-openrc", "sh", "-c", "rc-status --runlevel"});
            QTest::addRow("%s exec tty", e) << engine << cli.exec(QStringLiteral("t-openrc"), args({"bash"}), true)
                                             << args({"exec", "--interactive", "--tty", "t-openrc", "bash"});
            QTest::addRow("%s import", e)
                << engine << cli.importTarball(QStringLiteral("/var/lib/initbench/bases/bookworm.tar"), QStringLiteral("debian:bookworm"))
                << args({"import", "--change", "LABEL io.initbench.base=bootstrapped", "/var/lib/initbench/bases/bookworm.tar",
                         "debian:bookworm"});
        }
        QTest::newRow("docker listManaged")
            << QStringLiteral("docker") << DockerCli(QStringLiteral("docker")).listManaged()
            << args({"ps", "--all", "--filter", "label=io.initbench.profile", "--format", "{{json .}}"});
        QTest::newRow("podman listManaged") << QStringLiteral("podman") << DockerCli(QStringLiteral("podman")).listManaged()
                                            << args({"ps", "--all", "--filter", "label=io.initbench.profile", "--format", "json"});
    }
    void commands()
    {
        QFETCH(QString, engine);
        QFETCH(CommandLine, actual);
        QFETCH(QStringList, expected);
        QCOMPARE(actual.program, engine);
        QCOMPARE(actual.arguments, expected);
        QVERIFY(actual.workingDirectory.isEmpty());
    }

    void engineIsKept()
    {
        QCOMPARE(DockerCli(QStringLiteral("podman")).engine(), QStringLiteral("podman"));
        QCOMPARE(profileLabel(), QStringLiteral("io.initbench.profile"));
    }

    // A name with spaces or shell characters stays one argv element.
    void userNamesAreSingleArguments()
    {
        const QString odd = QStringLiteral("a b;rm -rf /");
        const DockerCli cli(QStringLiteral("docker"));
        QCOMPARE(cli.inspect(odd).arguments.last(), odd);
        QCOMPARE(cli.stop(odd, 5).arguments.last(), odd);
        QCOMPARE(cli.remove(odd).arguments.last(), odd);
        QCOMPARE(cli.logs(odd, 3).arguments.last(), odd);
        QCOMPARE(cli.exec(odd, {QStringLiteral("true")}, false).arguments.at(2), odd);
        QCOMPARE(cli.inspect(odd).toDisplayString(), QStringLiteral("docker container inspect 'a b;rm -rf /'"));
    }

    // --- parseList -----------------------------------------------------------------------

    void parseDockerList()
    {
        const QList<ContainerState> list = DockerCli::parseList(QStringLiteral("docker"), capture(QStringLiteral("docker/ps-managed.jsonl")));
        QCOMPARE(list.size(), 5);

        QStringList names;
        for (const ContainerState &s : list) {
            names << s.name;
            QCOMPARE(s.engine, QStringLiteral("docker"));
            QVERIFY(s.exists);
            QCOMPARE(s.running, s.status == QLatin1String("running"));
        }
        QCOMPARE(names, args({"t-systemd", "t-runit", "t-sysvinit", "t-openrc", "quizzical_wilson"}));

        const ContainerState &systemd = list.at(0);
        QCOMPARE(systemd.status, QStringLiteral("exited"));
        QVERIFY(!systemd.running);
        QCOMPARE(systemd.image, QStringLiteral("initbench/t-systemd:latest"));
        QCOMPARE(systemd.profile, QStringLiteral("t-systemd"));
        QCOMPARE(systemd.detail, QStringLiteral("Exited (0) About a minute ago"));

        const ContainerState &openrc = list.at(3);
        QCOMPARE(openrc.status, QStringLiteral("running"));
        QVERIFY(openrc.running);
        QCOMPARE(openrc.image, QStringLiteral("initbench/t-openrc:latest"));
        QCOMPARE(openrc.profile, QStringLiteral("t-openrc"));
        QCOMPARE(openrc.detail, QStringLiteral("Up Less than a second"));

        // An intermediate build container: labelled by the Dockerfile, image by id.
        const ContainerState &leftover = list.at(4);
        QCOMPARE(leftover.image, QStringLiteral("96be59f9e460"));
        QCOMPARE(leftover.profile, QStringLiteral("t-openrc"));
        QVERIFY(!leftover.running);
    }

    void parsePodmanList()
    {
        const QList<ContainerState> list = DockerCli::parseList(QStringLiteral("podman"), capture(QStringLiteral("podman/ps-managed.json")));
        QCOMPARE(list.size(), 1);
        const ContainerState &s = list.first();
        QCOMPARE(s.engine, QStringLiteral("podman"));
        QVERIFY(s.exists);
        QCOMPARE(s.name, QStringLiteral("p-systemd"));
        QCOMPARE(s.status, QStringLiteral("running"));
        QVERIFY(s.running);
        QCOMPARE(s.image, QStringLiteral("localhost/initbench/p-systemd:latest"));
        QCOMPARE(s.profile, QStringLiteral("p-systemd"));
        QCOMPARE(s.detail, QStringLiteral("Up 4 seconds ago"));
        // Made before the ssh-port label: the port comes from podman's list of published ports.
        QCOMPARE(s.sshPort, 2261);
    }

    // The SSH port of every container, stopped ones too: docker ps shows no ports for an exited
    // container, so `up` labels the port; older containers fall back to the published ports.
    void sshPortFromLabelAndFromPublishedPorts()
    {
        const QList<ContainerState> exited = DockerCli::parseList(QStringLiteral("docker"), capture(QStringLiteral("docker/ps-labelled-exited.jsonl")));
        QCOMPARE(exited.size(), 1);
        QVERIFY(!exited.first().running);
        QCOMPARE(exited.first().sshPort, 22992);
        const QList<ContainerState> running = DockerCli::parseList(QStringLiteral("docker"), capture(QStringLiteral("docker/ps-labelled-running.jsonl")));
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().sshPort, 22992);
        QCOMPARE(DockerCli::parseInspect(QStringLiteral("docker"), capture(QStringLiteral("docker/inspect-labelled-exited.json"))).sshPort, 22992);
        // Unlabelled: inspect's port bindings, exited or running.
        QCOMPARE(DockerCli::parseInspect(QStringLiteral("docker"), capture(QStringLiteral("docker/inspect-running.json"))).sshPort, 2249);
        QCOMPARE(DockerCli::parseInspect(QStringLiteral("podman"), capture(QStringLiteral("podman/inspect-running.json"))).sshPort, 2261);
        // Unlabelled in docker ps: "127.0.0.1:2249->22/tcp" while running, nothing once exited.
        for (const ContainerState &c : DockerCli::parseList(QStringLiteral("docker"), capture(QStringLiteral("docker/ps-managed.jsonl"))))
            QCOMPARE(c.sshPort, c.running ? 2249 : 0);
    }

    // A `podman build` stopped halfway (SIGTERM, as a cancel does) left buildah's working
    // container behind: found when it is new enough, never when it predates the build.
    void buildContainersLeftByAStoppedPodmanBuild()
    {
        const QByteArray listed = capture(QStringLiteral("podman/ps-external-cancelled-build.json"));
        const qint64 created = 1796648362;
        QCOMPARE(DockerCli::parseBuildContainers(listed, created - 5),
                 QStringList{QStringLiteral("0c4e333aa5c4beb115cbca9de647502b8f9cc07610c9d18615f8293b6bd1df49")});
        QVERIFY(DockerCli::parseBuildContainers(listed, created + 1).isEmpty());
        QVERIFY(DockerCli::parseBuildContainers(capture(QStringLiteral("podman/ps-managed.json")), 0).isEmpty()); // real containers stay
        QCOMPARE(DockerCli(QStringLiteral("podman")).removeBuildContainer(QStringLiteral("abc")).arguments,
                 QStringList({QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("--storage"), QStringLiteral("abc")}));
    }

    // `docker info` of a dockerd started with --userns-remap=default (captured here): a
    // container's root is host 165536:165536, which the mounted host key must belong to.
    void userRemapFromDockerInfo()
    {
        const DockerUserRemap remap = DockerUserRemap::parse(capture(QStringLiteral("docker/info-userns-remap.txt")));
        QVERIFY(remap.remaps);
        QVERIFY(remap.rootKnown);
        QCOMPARE(remap.rootUid, uid_t(165536));
        QCOMPARE(remap.rootGid, gid_t(165536));
        const DockerUserRemap plain = DockerUserRemap::parse(capture(QStringLiteral("docker/info-plain.txt")));
        QVERIFY(!plain.remaps);
        QVERIFY(!plain.rootKnown);
    }

    // Remembered for as long as the local dockerd runs: asked once when its PID file names a
    // running dockerd (then the cache file holds the answer), every time otherwise.
    void userRemapAskedOncePerDaemon()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("docker-remap"));
        FakeCommandRunner fake;
        for (int i = 0; i < 2; ++i)
            fake.expect(QStringLiteral("docker info*"), 0, capture(QStringLiteral("docker/info-userns-remap.txt")));
        for (int i = 0; i < 2; ++i) {
            const DockerUserRemap remap = DockerUserRemap::askCached(fake, cache);
            QVERIFY(remap.remaps && remap.rootKnown);
            QCOMPARE(remap.rootUid, uid_t(165536));
        }
        QCOMPARE(fake.history.size(), QFile::exists(cache) ? 1 : 2);
    }

    // What docker prints when it cannot answer, or a layout unlike moby's: never a root of 0,
    // never an ID that does not fit; a remap with unknown IDs is still a remap (the cgroup rule).
    void userRemapOddOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("remaps");
        QTest::addColumn<bool>("rootKnown");
        QTest::newRow("daemon down") << QByteArray("null \"\"\n") << false << false;
        QTest::newRow("empty") << QByteArray() << false << false;
        QTest::newRow("garbage") << QByteArray("] ]] [[") << false << false;
        QTest::newRow("remap, plain root dir") << QByteArray(R"(["name=userns"] "/srv/docker")") << true << false;
        QTest::newRow("remap, root 0") << QByteArray(R"(["name=userns"] "/var/lib/docker/0.0")") << true << false;
        QTest::newRow("remap, too big") << QByteArray(R"(["name=userns"] "/var/lib/docker/99999999999.1")") << true << false;
        QTest::newRow("remap, trailing slash") << QByteArray(R"(["name=userns"] "/d/200000.200001/")") << true << true;
        QTest::newRow("userns in another option") << QByteArray(R"(["name=userns,x"] "/var/lib/docker/1.1")") << false << false;
    }

    void userRemapOddOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(bool, remaps);
        QFETCH(bool, rootKnown);
        const DockerUserRemap remap = DockerUserRemap::parse(output);
        QCOMPARE(remap.remaps, remaps);
        QCOMPARE(remap.rootKnown, rootKnown);
        if (rootKnown)
            QVERIFY(remap.rootUid != 0 && remap.rootGid != 0);
    }

    // docker's Labels is one "k=v,k=v" string: the profile label is found among others.
    void dockerLabelStringWithSeveralLabels()
    {
        const QByteArray line = R"({"Names":"a,b","State":"Running","Image":"x","Labels":"io.initbench.base=bootstrapped,io.initbench.profile=p1,z=1"})";
        const QList<ContainerState> list = DockerCli::parseList(QStringLiteral("docker"), line + '\n');
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, QStringLiteral("a"));
        QCOMPARE(list.first().profile, QStringLiteral("p1"));
        QCOMPARE(list.first().status, QStringLiteral("running"));
        QVERIFY(list.first().running);
    }

    void parseListEmptyOrGarbage_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\n \n\t\n");
        QTest::newRow("podman no containers") << QByteArray("[]\n");
        QTest::newRow("text") << QByteArray("Error: something went wrong\n");
        QTest::newRow("truncated array") << QByteArray("[{\"Names\": [\"p-sys");
        QTest::newRow("truncated line") << QByteArray("{\"Names\":\"t-sys");
        QTest::newRow("array of scalars") << QByteArray("[1, \"two\", null]");
        QTest::newRow("empty objects") << QByteArray("{}\n{}\n");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe[", 4);
    }
    void parseListEmptyOrGarbage()
    {
        QFETCH(QByteArray, output);
        QVERIFY(DockerCli::parseList(QStringLiteral("docker"), output).isEmpty());
        QVERIFY(DockerCli::parseList(QStringLiteral("podman"), output).isEmpty());
    }

    // Odd but well-formed objects must not crash (e.g. an empty Names array).
    void parseListOddObjects()
    {
        const QList<ContainerState> list = DockerCli::parseList(QStringLiteral("podman"), R"([{"Names": [], "State": 5, "Labels": null}])");
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().name.isEmpty());
        QVERIFY(list.first().profile.isEmpty());
        QVERIFY(!list.first().running);
    }

    // --- parseInspect --------------------------------------------------------------------

    void parseInspect_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("running");
        QTest::addColumn<int>("hostPid");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("profile");

        QTest::newRow("docker running") << "docker" << "docker/inspect-running.json" << "t-openrc" << "running" << true << 22570 << 0
                                        << "initbench/t-openrc:latest" << "t-openrc";
        QTest::newRow("docker exited") << "docker" << "docker/inspect-exited.json" << "t-sysvinit" << "exited" << false << 0 << 130
                                       << "initbench/t-sysvinit:latest" << "t-sysvinit";
        QTest::newRow("podman running") << "podman" << "podman/inspect-running.json" << "p-systemd" << "running" << true << 2751 << 0
                                        << "localhost/initbench/p-systemd:latest" << "p-systemd";
        QTest::newRow("podman exited") << "podman" << "podman/inspect-exited.json" << "p-systemd" << "exited" << false << 0 << 0
                                       << "localhost/initbench/p-systemd:latest" << "p-systemd";
    }
    void parseInspect()
    {
        QFETCH(QString, engine);
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, status);
        QFETCH(bool, running);
        QFETCH(int, hostPid);
        QFETCH(int, exitCode);
        QFETCH(QString, image);
        QFETCH(QString, profile);

        const ContainerState s = DockerCli::parseInspect(engine, capture(file));
        QVERIFY(s.exists);
        QCOMPARE(s.engine, engine);
        QCOMPARE(s.name, name);
        QVERIFY(!s.name.startsWith(QLatin1Char('/')));
        QCOMPARE(s.status, status);
        QCOMPARE(s.running, running);
        QCOMPARE(s.hostPid, hostPid);
        if (running)
            QVERIFY(s.hostPid > 0);
        QCOMPARE(s.exitCode, exitCode);
        QCOMPARE(s.image, image);
        QCOMPARE(s.profile, profile);
    }

    void parseInspectEmptyOrGarbage_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("podman missing container") << QByteArray("[]\n");
        QTest::newRow("error text") << capture(QStringLiteral("docker/inspect-missing.stderr"));
        QTest::newRow("object not array") << QByteArray("{\"Name\": \"/x\"}");
        QTest::newRow("truncated") << capture(QStringLiteral("docker/inspect-running.json")).left(500);
        QTest::newRow("array of scalars") << QByteArray("[42]");
        QTest::newRow("array of an empty object") << QByteArray("[{}]");
        QTest::newRow("null") << QByteArray("null");
    }
    void parseInspectEmptyOrGarbage()
    {
        QFETCH(QByteArray, output);
        for (const QString &engine : {QStringLiteral("docker"), QStringLiteral("podman")}) {
            const ContainerState s = DockerCli::parseInspect(engine, output);
            QCOMPARE(s.engine, engine);
            QVERIFY(!s.exists);
            QVERIFY(!s.running);
            QCOMPARE(s.hostPid, 0);
            QVERIFY(s.name.isEmpty());
            QVERIFY(s.profile.isEmpty());
        }
    }

    // A container Initbench did not create has no profile.
    void parseInspectWithoutLabel()
    {
        const QByteArray json = R"([{"Name":"/web","State":{"Status":"running","Running":true,"Pid":7},"Config":{"Image":"nginx","Labels":null}}])";
        const ContainerState s = DockerCli::parseInspect(QStringLiteral("docker"), json);
        QVERIFY(s.exists);
        QCOMPARE(s.name, QStringLiteral("web"));
        QVERIFY(s.running);
        QCOMPARE(s.hostPid, 7);
        QVERIFY(s.profile.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstDockerCli)
#include "tst_dockercli.moc"
