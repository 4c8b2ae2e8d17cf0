// `initbench up` when something goes wrong: each failure over a scripted runner fed with output
// captured from real docker (tests/data/docker/), each with its own message, and nothing run
// after the failure.
#include "engine/builtimages.h"
#include "engine/containercontroller.h"
#include "engine/sshportreservations.h"
#include "util/namelock.h"
#include "util/netprobe.h"
#include "process/cancelscope.h"
#include "process/fakecommandrunner.h"
#include "recipe/recipegenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "capturedoutput.h"

#include <algorithm>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <thread>

using namespace initbench;
using initbench::test::capture;

namespace {

// The captured inspect JSON with one thing changed at the top level or in State or Config.
QByteArray edited(const QByteArray &inspectJson, const QString &section, const QString &key, const QJsonValue &value)
{
    QJsonArray array = QJsonDocument::fromJson(inspectJson).array();
    QJsonObject container = array.first().toObject();
    if (section.isEmpty()) {
        container.insert(key, value);
    } else {
        QJsonObject part = container.value(section).toObject();
        if (value.isUndefined())
            part.remove(key);
        else
            part.insert(key, value);
        container.insert(section, part);
    }
    array.replace(0, container);
    return QJsonDocument(array).toJson();
}

// The engine commands up() runs, as the fake sees them.
QString versionCmd() { return QStringLiteral("docker version --format '{{.Server.Version}}'"); }
QString inspectCmd(const QString &name) { return QStringLiteral("docker container inspect ") + name; }
QString imageExistsCmd(const QString &image) { return QStringLiteral("docker image inspect --format '{{.Id}}' ") + image; }
QString imageLabelCmd(const QString &name)
{
    return QStringLiteral("docker image inspect --format '{{index .Config.Labels \"io.initbench.context\"}}' initbench/%1:latest")
        .arg(name);
}
QString logsCmd(const QString &name) { return QStringLiteral("docker logs --tail 500 ") + name; }
QString execPrefix(const QString &name) { return QStringLiteral("docker exec --interactive %1 sh -c ").arg(name); }
// As root the readiness check may enter the init's namespaces directly (its pid from inspect).
QString nsenterPrefix(int pid) { return QStringLiteral("nsenter --target %1 ").arg(pid); }

bool matches(const QString &command, const QString &pattern)
{
    return pattern.endsWith(QLatin1Char('*')) ? command.startsWith(pattern.chopped(1)) : command == pattern;
}

qsizetype count(const QStringList &history, const QString &pattern)
{
    return std::count_if(history.begin(), history.end(), [&](const QString &c) { return matches(c, pattern); });
}

// Empty when every command run is one of allowed (exact, or "prefix*") and the last one run
// is last, so nothing ran after the failure; otherwise what is wrong, with the whole history.
// (Whether up() checks the engine with `docker version` first or lets its first inspect do
// that is left open: both are allowed where it matters.)
QString checkRan(const QStringList &history, const QStringList &allowed, const QString &last)
{
    QString problem;
    if (history.isEmpty())
        problem = QStringLiteral("nothing ran");
    else if (!matches(history.last(), last))
        problem = QStringLiteral("the last command run is not %1").arg(last);
    for (const QString &c : history)
        if (std::none_of(allowed.begin(), allowed.end(), [&](const QString &a) { return matches(c, a); }))
            problem = QStringLiteral("unexpected command: %1").arg(c);
    return problem.isEmpty() ? QString() : problem + QStringLiteral("\nran:\n") + history.join(QLatin1Char('\n'));
}

// A real listener on 127.0.0.1 at a port the kernel picks.
class LoopbackListener
{
public:
    LoopbackListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return;
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = 0;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_fd, 1) != 0)
            return;
        socklen_t len = sizeof addr;
        if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            m_port = ntohs(addr.sin_port);
    }
    ~LoopbackListener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    LoopbackListener(const LoopbackListener &) = delete;
    LoopbackListener &operator=(const LoopbackListener &) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

class TstUpFailures : public QObject
{
    Q_OBJECT
    Catalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dataDir; // fresh for every test
    std::unique_ptr<QTemporaryDir> m_bin;     // PATH for the current test
    QByteArray m_savedPath;
    QByteArray m_savedDockerHost;
    bool m_hadDockerHost = false;

    HostFacts host() const
    {
        HostFacts h;
        h.stateDir = m_dataDir->filePath(QStringLiteral("state"));
        h.cgroupVersion = 1;
        return h;
    }
    ContainerController controller(FakeCommandRunner &fake) const
    {
        return ContainerController(fake, m_catalog, host(), m_dataDir->path());
    }
    static Profile profile(const QString &name, const QString &distro, const QString &init, const QStringList &services = {})
    {
        Profile p;
        p.name = name;
        p.distro = distro;
        p.init = init;
        p.engine = QStringLiteral("docker");
        p.services = services;
        p.sshPort = 2222;
        return p;
    }
    // The plan the controller makes for p: same request, same host.
    BuildPlan planFor(const Profile &p) const
    {
        const RecipeRequest request{p, QDir(m_dataDir->path()).filePath(QStringLiteral("contexts/") + p.name), host()};
        const RecipeResult recipe = generateRecipe(m_catalog, request);
        if (!recipe.ok())
            qWarning("the profile is invalid: %s", qPrintable(recipe.errors.join(QLatin1Char('\n'))));
        return recipe.plan;
    }
    BuiltImages builtImages() const { return BuiltImages(m_dataDir->filePath(QStringLiteral("images"))); }
    // An OpenRC profile whose image is recorded as built from it: up's fast path applies.
    BuildPlan recordedBuild(const Profile &p) const
    {
        const BuildPlan plan = planFor(p);
        builtImages().record(p.name, QStringLiteral("docker"), plan.image, plan.contextHash);
        return plan;
    }
    static ProgressSink noteTaker(QStringList *notes)
    {
        ProgressSink progress;
        progress.note = [notes](const QString &n) { *notes << n; };
        return progress;
    }
    static QByteArray missingContainer(const QString &name)
    {
        return capture(QStringLiteral("docker/inspect-missing.stderr")).replace("nosuch", name.toUtf8());
    }

private slots:
    void initTestCase_data()
    {
        // up() with engine "docker" must not depend on what this machine has installed.
        QTest::addColumn<bool>("dockerOnPath");
        QTest::newRow("docker on PATH") << true;
        QTest::newRow("no docker on PATH") << false;
    }
    void initTestCase()
    {
        QStringList errors;
        m_catalog = Catalog::builtin(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        m_savedPath = qgetenv("PATH");
        // A remote DOCKER_HOST would turn off the loopback port checks.
        m_hadDockerHost = qEnvironmentVariableIsSet("DOCKER_HOST");
        m_savedDockerHost = qgetenv("DOCKER_HOST");
        qunsetenv("DOCKER_HOST");
    }
    void cleanupTestCase()
    {
        qputenv("PATH", m_savedPath);
        if (m_hadDockerHost)
            qputenv("DOCKER_HOST", m_savedDockerHost);
    }
    void init()
    {
        QFETCH_GLOBAL(bool, dockerOnPath);
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
        // PATH holding only a stub docker (never run: the fake runs nothing), or nothing.
        m_bin = std::make_unique<QTemporaryDir>();
        QVERIFY(m_bin->isValid());
        if (dockerOnPath) {
            QFile stub(m_bin->filePath(QStringLiteral("docker")));
            QVERIFY(stub.open(QIODevice::WriteOnly));
            stub.write("#!/bin/sh\nexit 99\n");
            stub.close();
            QVERIFY(stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        qputenv("PATH", QFile::encodeName(m_bin->path()));
        FakeCommandRunner unused;
        QCOMPARE(controller(unused).availableEngines().contains(QStringLiteral("docker")), dockerOnPath);
    }
    void cleanup()
    {
        qputenv("PATH", m_savedPath);
    }

    // 1. The engine's command cannot be started at all.
    void engineNotInstalled()
    {
        FakeCommandRunner fake; // expects nothing: every command fails to start
        const UpResult r = controller(fake).up(profile(QStringLiteral("t-openrc"), QStringLiteral("debian:bookworm"),
                                                       QStringLiteral("openrc")), {});
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.message, QStringLiteral("docker is not installed or not on PATH (Debian: apt install docker.io)"));
        // The first command failed; nothing else was tried.
        QCOMPARE(fake.history.size(), 1);
        QVERIFY2(fake.history.first() == versionCmd() || fake.history.first() == inspectCmd(QStringLiteral("t-openrc")),
                 qPrintable(fake.history.first()));
    }

    // 2. The client is there, its daemon is not.
    void daemonNotRunning()
    {
        const QString name = QStringLiteral("t-openrc");
        FakeCommandRunner fake;
        // Whichever of the two reaches the daemon first fails.
        fake.expect(versionCmd(), 1, {}, capture(QStringLiteral("docker/daemon-down.stderr")));
        fake.expect(inspectCmd(name), 1, {}, capture(QStringLiteral("docker/daemon-down.stderr")));
        const UpResult r = controller(fake).up(profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc")), {});
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.message,
                 QStringLiteral("the docker daemon is not running: start it (sudo systemctl start docker, or run dockerd)"));
        QVERIFY2(r.result.details.contains(QLatin1String("Cannot connect to the Docker daemon")), qPrintable(r.result.details));
        QCOMPARE(fake.history.size(), 1);
    }

    // 3. The daemon runs, but this user may not use its socket.
    void permissionDeniedOnTheSocket()
    {
        const QString name = QStringLiteral("t-openrc");
        const QByteArray denied =
            "permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: "
            "Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version\": dial unix /var/run/docker.sock: "
            "connect: permission denied\n";
        FakeCommandRunner fake;
        fake.expect(versionCmd(), 1, {}, denied);
        fake.expect(inspectCmd(name), 1, {}, denied);
        const UpResult r = controller(fake).up(profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc")), {});
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.message, QStringLiteral("permission denied on the docker socket: join the 'docker' group "
                                                  "(sudo usermod -aG docker $USER, then log in again) or run as root"));
        QVERIFY2(r.result.details.contains(QLatin1String("/var/run/docker.sock")), qPrintable(r.result.details));
        QCOMPARE(fake.history.size(), 1);
    }

    // 4. The name belongs to a container someone else made: it is neither started nor replaced.
    void nameTakenByAContainerNotOurs()
    {
        const QString name = QStringLiteral("mydb");
        const QByteArray running = capture(QStringLiteral("docker/inspect-running.json"));
        QJsonObject labels = QJsonDocument::fromJson(running).array().first().toObject()
                                 .value(QStringLiteral("Config")).toObject().value(QStringLiteral("Labels")).toObject();
        QVERIFY(labels.contains(QStringLiteral("io.initbench.profile")));
        labels.remove(QStringLiteral("io.initbench.profile"));
        QByteArray json = edited(running, QStringLiteral("Config"), QStringLiteral("Labels"), labels);
        json = edited(json, {}, QStringLiteral("Name"), QStringLiteral("/") + name);

        FakeCommandRunner fake;
        fake.expect(versionCmd(), 0, "27.3.1\n");
        fake.expect(inspectCmd(name), 0, json);
        const UpResult r = controller(fake).up(profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc")), {});
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.message,
                 QStringLiteral("a docker container named 'mydb' exists and was not created by Initbench; choose another name"));
        const QString ran = checkRan(fake.history, {versionCmd(), inspectCmd(name)}, inspectCmd(name));
        QVERIFY2(ran.isEmpty(), qPrintable(ran));
        QCOMPARE(count(fake.history, inspectCmd(name)), 1);
        QVERIFY(!QFileInfo::exists(m_dataDir->filePath(QStringLiteral("contexts/mydb")))); // no build context either
    }

    // 5. The profile's ssh_port is taken on 127.0.0.1: refused before anything is built.
    void sshPortInUse()
    {
        const LoopbackListener listener;
        QVERIFY(listener.port() > 0);
        const QString name = QStringLiteral("t-openrc");
        Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"), {QStringLiteral("sshd")});
        p.sshPort = listener.port();

        FakeCommandRunner fake;
        fake.expect(versionCmd(), 0, "27.3.1\n");
        fake.expect(inspectCmd(name), 1, "[]\n", missingContainer(name));
        const UpResult r = controller(fake).up(p, {});
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.message, QStringLiteral("port %1 on 127.0.0.1 is already in use; choose another ssh_port in the profile")
                                       .arg(listener.port()));
        const QString ran = checkRan(fake.history, {versionCmd(), inspectCmd(name)}, inspectCmd(name));
        QVERIFY2(ran.isEmpty(), qPrintable(ran));
        QCOMPARE(count(fake.history, inspectCmd(name)), 1);
        QVERIFY(!QFileInfo::exists(m_dataDir->filePath(QStringLiteral("logs"))));
    }

    // 6. No base image, no registry, and a distro that cannot be bootstrapped from a mirror.
    void baseImageMissingAndNotBootstrappable()
    {
        const QString name = QStringLiteral("a-openrc");
        const QString image = QStringLiteral("alpine:3.20");
        const QString pull = QStringLiteral("docker pull alpine:3.20");
        const QByteArray registryError = "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp: "
                                         "lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving\n";
        FakeCommandRunner fake;
        for (int i = 0; i < 2; ++i)
            fake.expect(versionCmd(), 0, "27.3.1\n");
        fake.expect(inspectCmd(name), 1, "[]\n", missingContainer(name));
        fake.expect(imageLabelCmd(name), 1, "\n", "Error: No such image: initbench/a-openrc:latest\n");
        // Asked before and again under the lock that containers made at once share for their base.
        for (int i = 0; i < 2; ++i)
            fake.expect(imageExistsCmd(image), 1, "\n", "Error: No such image: alpine:3.20\n");
        fake.expect(pull, FakeCommandRunner::exited(1, {}, registryError), {QString::fromUtf8(registryError).trimmed()});
        const UpResult r = controller(fake).up(profile(name, image, QStringLiteral("openrc")), {});
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.message, QStringLiteral("the image alpine:3.20 is missing and cannot be pulled, and Initbench can "
                                                  "only bootstrap Debian and Ubuntu bases"));
        QVERIFY2(r.result.details.contains(QLatin1String("server misbehaving")), qPrintable(r.result.details));
        // No bootstrap, import, build or run after the failed pull.
        const QString ran = checkRan(fake.history, {versionCmd(), inspectCmd(name), imageLabelCmd(name), imageExistsCmd(image), pull},
                                     pull);
        QVERIFY2(ran.isEmpty(), qPrintable(ran));
        QCOMPARE(count(fake.history, imageExistsCmd(image)), 2);
        QCOMPARE(count(fake.history, pull), 1);
    }

    // 7. A step of the image build fails: the message says which, and where the whole log is.
    void imageKeysJoinRootsKeysInTheBuildContext()
    {
        // The composition root gives the controller Initbench's own key; it reaches root's
        // authorized_keys next to the profile's keys, and a provider failure is only a note.
        const QString name = QStringLiteral("t-keys");
        Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"));
        p.root.keys = QStringList{QStringLiteral("ssh-ed25519 AAAAuserkey me@laptop")};
        for (const bool providerFails : {false, true}) {
            FakeCommandRunner fake;
            for (int i = 0; i < 2; ++i)
                fake.expect(versionCmd(), 0, "27.3.1\n");
            fake.expect(inspectCmd(name), 1, "[]\n", missingContainer(name));
            fake.expect(imageLabelCmd(name), 0, "\n");
            fake.expect(imageExistsCmd(QStringLiteral("debian:bookworm")), 0, "sha256:2e7e1b6d1a9c\n");
            fake.expect(QStringLiteral("docker build*"), FakeCommandRunner::exited(1, "stop here\n"), {});
            QStringList notes;
            ProgressSink progress;
            progress.note = [&](const QString &n) { notes << n; };
            ContainerController c = controller(fake);
            c.setImageKeys([&](QString *error) {
                if (providerFails) {
                    *error = QStringLiteral("disk full");
                    return QStringList();
                }
                return QStringList{QStringLiteral("ssh-ed25519 AAAAinitbench initbench"), QStringLiteral("ssh-ed25519 AAAAuserkey me@laptop")};
            });
            QVERIFY(!c.up(p, progress).result.ok());
            QFile keys(QDir(c.contextDir(name)).filePath(QStringLiteral("rootfs/initbench/keys/root")));
            QVERIFY2(keys.open(QIODevice::ReadOnly), qPrintable(keys.fileName()));
            QCOMPARE(keys.readAll(), providerFails ? QByteArray("ssh-ed25519 AAAAuserkey me@laptop\n")
                                                   : QByteArray("ssh-ed25519 AAAAuserkey me@laptop\nssh-ed25519 AAAAinitbench initbench\n"));
            // Once: up plans the recipe once, for its fast path and its build alike.
            QCOMPARE(notes.count(QStringLiteral("Initbench's own SSH key is not in the image (disk full); its terminal will ask for a password")),
                     providerFails ? 1 : 0);
        }
    }

    void aRebuildPrunesOnlyThisProfilesDanglingImages()
    {
        const QString name = QStringLiteral("t-prune");
        const Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"));
        const QString prune = QStringLiteral("docker image prune --force --filter label=io.initbench.profile=t-prune");
        for (const bool buildOk : {true, false}) {
            FakeCommandRunner fake;
            fake.expect(versionCmd(), 0, "27.3.1\n");
            fake.expect(imageLabelCmd(name), 0, "an-older-context\n");
            fake.expect(imageExistsCmd(QStringLiteral("debian:bookworm")), 0, "sha256:2e7e1b6d1a9c\n");
            fake.expect(QStringLiteral("docker build*"), buildOk ? 0 : 1, "Step 1/6 : FROM debian:bookworm\n");
            fake.expect(prune, 0, "Deleted Images:\ndeleted: sha256:0ld\n");
            ContainerController c = controller(fake);
            QCOMPARE(c.build(p, {}).ok(), buildOk);
            QCOMPARE(count(fake.history, prune), buildOk ? 1 : 0);
        }
    }

    void buildFails()
    {
        const QString name = QStringLiteral("t-openrc");
        Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"));
        p.packages = QStringList{QStringLiteral("nosuchpkg")};
        const BuildPlan plan = planFor(p);
        QCOMPARE(plan.build.size(), 1);
        const QString build = plan.build.first().command.toDisplayString();
        QVERIFY2(build.startsWith(QLatin1String("docker build ")), qPrintable(build));
        const QStringList lines{
            QStringLiteral("Step 1/6 : FROM debian:bookworm"),
            QStringLiteral(" ---> 2e7e1b6d1a9c"),
            QStringLiteral("Step 2/6 : LABEL io.initbench.profile=\"t-openrc\""),
            QStringLiteral("Step 3/6 : COPY rootfs/ /"),
            QStringLiteral("Step 4/6 : RUN [\"/bin/sh\", \"/initbench/setup.sh\"]"),
            QStringLiteral("Reading package lists..."),
            QStringLiteral("E: Unable to locate package nosuchpkg"),
            QStringLiteral("The command '/bin/sh /initbench/setup.sh' returned a non-zero code: 100"),
        };
        FakeCommandRunner fake;
        for (int i = 0; i < 2; ++i)
            fake.expect(versionCmd(), 0, "27.3.1\n");
        fake.expect(inspectCmd(name), 1, "[]\n", missingContainer(name));
        fake.expect(imageLabelCmd(name), 0, "\n"); // an image without the label: build it
        fake.expect(imageExistsCmd(QStringLiteral("debian:bookworm")), 0, "sha256:2e7e1b6d1a9c\n");
        fake.expect(QStringLiteral("docker build*"), FakeCommandRunner::exited(100, lines.join(QLatin1Char('\n')).toUtf8() + '\n'), lines);
        fake.expect(QStringLiteral("docker run*"), 0, "0123456789ab\n"); // must not be used

        QStringList steps;
        ProgressSink progress;
        progress.step = [&](int n, int total, const QString &) { steps << QStringLiteral("%1/%2").arg(n).arg(total); };
        ContainerController c = controller(fake);
        const UpResult r = c.up(p, progress);
        QVERIFY(!r.result.ok());
        const QString log = c.buildLogPath(name);
        QCOMPARE(log, QDir(m_dataDir->path()).filePath(QStringLiteral("logs/t-openrc-build.log")));
        QVERIFY2(r.result.message.contains(QLatin1String("step 4/6")), qPrintable(r.result.message));
        QVERIFY2(r.result.message.contains(log), qPrintable(r.result.message));
        QCOMPARE(r.result.message,
                 QStringLiteral("build the image failed at step 4/6 (RUN [\"/bin/sh\", \"/initbench/setup.sh\"]): "
                                "exited with status 100; the whole log is in %1").arg(log));
        QCOMPARE(steps, (QStringList{QStringLiteral("1/6"), QStringLiteral("2/6"), QStringLiteral("3/6"), QStringLiteral("4/6")}));

        QFile f(log);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(log));
        const QString kept = QString::fromUtf8(f.readAll());
        QVERIFY2(kept.startsWith(QStringLiteral("$ %1\n").arg(build)), qPrintable(kept));
        QVERIFY2(kept.contains(QLatin1String("\nE: Unable to locate package nosuchpkg\n")), qPrintable(kept));

        const QString ran = checkRan(fake.history, {versionCmd(), inspectCmd(name), imageLabelCmd(name),
                                                    imageExistsCmd(QStringLiteral("debian:bookworm")), build},
                                     build);
        QVERIFY2(ran.isEmpty(), qPrintable(ran));
        QCOMPARE(count(fake.history, QStringLiteral("docker build*")), 1);
        QCOMPARE(count(fake.history, QStringLiteral("docker run*")), 0);
    }

    // 8. The image is up to date, the container starts and its init gives up during boot.
    void containerExitsDuringBoot()
    {
        const QString name = QStringLiteral("t-openrc");
        const Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"));
        const BuildPlan plan = planFor(p);
        QVERIFY(!plan.contextHash.isEmpty());
        const QString run = plan.run.command.toDisplayString();
        QVERIFY2(run.startsWith(QLatin1String("docker run ")), qPrintable(run));
        QByteArray exitedJson = edited(capture(QStringLiteral("docker/inspect-exited.json")), QStringLiteral("State"),
                                       QStringLiteral("ExitCode"), 1);
        exitedJson = edited(exitedJson, {}, QStringLiteral("Name"), QStringLiteral("/") + name);
        const QByteArray console = "Unable to mount tmpfs on /run. Can't continue.\n";

        FakeCommandRunner fake;
        for (int i = 0; i < 2; ++i)
            fake.expect(versionCmd(), 0, "27.3.1\n");
        fake.expect(inspectCmd(name), 1, "[]\n", missingContainer(name)); // before the build: no such container
        fake.expect(imageLabelCmd(name), 0, plan.contextHash.toUtf8() + '\n');
        fake.expect(imageExistsCmd(QStringLiteral("debian:bookworm")), 0, "sha256:2e7e1b6d1a9c\n");
        fake.expect(QStringLiteral("docker build*"), 0); // must not be used
        fake.expect(QStringLiteral("docker run*"), 0, "0123456789abcdef\n");
        for (int i = 0; i < 3; ++i) // after the start: exited, however often it is asked
            fake.expect(inspectCmd(name), 0, exitedJson);
        fake.expect(logsCmd(name), 0, console);

        ContainerController c = controller(fake);
        QCOMPARE(c.contextDir(name), QDir(m_dataDir->path()).filePath(QStringLiteral("contexts/t-openrc")));
        const UpResult r = c.up(p, {});
        QVERIFY(!r.result.ok());
        QVERIFY2(r.result.message.contains(QLatin1String("stopped while booting")), qPrintable(r.result.message));
        QVERIFY2(r.result.message.contains(QLatin1String("exit status 1")), qPrintable(r.result.message));
        QVERIFY2(r.result.message.contains(QLatin1String("Unable to mount tmpfs on /run. Can't continue.")), qPrintable(r.result.message));
        // The boot doctor's rule for that line is named after the console (resources/doctor).
        QVERIFY2(r.result.message.startsWith(QStringLiteral("the container stopped while booting (exit status 1); last console lines:\n"
                                                            "Unable to mount tmpfs on /run. Can't continue.\n\n"
                                                            "What Initbench recognises in the console:\n"
                                                            "line 1: Unable to mount tmpfs on /run. Can't continue.\n"
                                                            "  stops the boot: OpenRC found /run was not a mount point")),
                 qPrintable(r.result.message));
        QVERIFY2(r.result.message.contains(QLatin1String("  fix: Give the container a tmpfs on /run")), qPrintable(r.result.message));
        const QString ran = checkRan(fake.history, {versionCmd(), inspectCmd(name), imageLabelCmd(name),
                                                    imageExistsCmd(QStringLiteral("debian:bookworm")), run, logsCmd(name)},
                                     logsCmd(name));
        QVERIFY2(ran.isEmpty(), qPrintable(ran));
        QCOMPARE(count(fake.history, run), 1);
        QCOMPARE(count(fake.history, logsCmd(name)), 1);
        QCOMPARE(count(fake.history, QStringLiteral("docker build*")), 0);
        // The container was started after the build step, and inspected after it was started.
        QVERIFY(fake.history.indexOf(imageLabelCmd(name)) < fake.history.indexOf(run));
        // The image's label was checked: the next up may trust it without asking.
        QVERIFY(builtImages().isCurrent(name, QStringLiteral("docker"), plan.image, plan.contextHash));
        QVERIFY(fake.history.lastIndexOf(inspectCmd(name)) > fake.history.indexOf(run));
    }

    // 9. The container runs, but its init never reports it has booted.
    void notReadyInTime()
    {
        const QString name = QStringLiteral("t-openrc");
        const Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"));
        const BuildPlan plan = planFor(p);
        QVERIFY(!plan.contextHash.isEmpty());
        const QString run = plan.run.command.toDisplayString();
        const QByteArray running = capture(QStringLiteral("docker/inspect-running.json")); // Pid 22570
        const int replies = 100; // far more than 1 s of polling can use

        FakeCommandRunner fake;
        for (int i = 0; i < 2; ++i)
            fake.expect(versionCmd(), 0, "27.3.1\n");
        fake.expect(inspectCmd(name), 1, "[]\n", missingContainer(name));
        fake.expect(imageLabelCmd(name), 0, plan.contextHash.toUtf8() + '\n');
        fake.expect(imageExistsCmd(QStringLiteral("debian:bookworm")), 0, "sha256:2e7e1b6d1a9c\n");
        fake.expect(QStringLiteral("docker run*"), 0, "0123456789abcdef\n");
        for (int i = 0; i < replies; ++i) {
            fake.expect(inspectCmd(name), 0, running);
            fake.expect(execPrefix(name) + QLatin1Char('*'), 1, {}, "rc-status: command not found\n");
            fake.expect(nsenterPrefix(22570) + QLatin1Char('*'), 1, {}, "rc-status: command not found\n");
        }
        fake.expect(logsCmd(name), 0, "   OpenRC 0.46 is starting up Debian GNU/Linux 12 (bookworm)\n\n * Mounting /proc ... [ ok ]\n");

        const UpResult r = controller(fake).up(p, {}, 1);
        QVERIFY(!r.result.ok());
        QVERIFY2(r.result.message.contains(QLatin1String("not ready after 1 s")), qPrintable(r.result.message));
        QVERIFY2(r.result.message.contains(QLatin1String("the init has not finished booting")), qPrintable(r.result.message));
        QVERIFY2(r.result.message.endsWith(QLatin1String("last console lines:\nOpenRC 0.46 is starting up Debian GNU/Linux 12 "
                                                         "(bookworm)\n\n * Mounting /proc ... [ ok ]")),
                 qPrintable(r.result.message));
        QVERIFY(r.readyMs >= 1000);

        // The readiness check ran (docker exec, or nsenter into the init as root), the console
        // was read once at the end, and nothing ran after it.
        const QString readyExec = execPrefix(name) + QLatin1Char('*');
        const QString readyEnter = nsenterPrefix(22570) + QLatin1Char('*');
        const QString ran = checkRan(fake.history, {versionCmd(), inspectCmd(name), imageLabelCmd(name),
                                                    imageExistsCmd(QStringLiteral("debian:bookworm")), run,
                                                    readyExec, readyEnter, logsCmd(name)},
                                     logsCmd(name));
        QVERIFY2(ran.isEmpty(), qPrintable(ran));
        QCOMPARE(count(fake.history, run), 1);
        QCOMPARE(count(fake.history, logsCmd(name)), 1);
        const qsizetype checks = count(fake.history, readyExec) + count(fake.history, readyEnter);
        QVERIFY2(checks >= 1, qPrintable(fake.history.join(QLatin1Char('\n'))));
        QVERIFY2(checks < replies && count(fake.history, inspectCmd(name)) <= replies, "the fake ran out of replies");
        const auto firstCheck = std::find_if(fake.history.begin(), fake.history.end(), [&](const QString &c) {
            return matches(c, readyExec) || matches(c, readyEnter);
        });
        QVERIFY(fake.history.indexOf(run) < firstCheck - fake.history.begin());
    }

    // 10. The image recorded as built from this very profile: `run` comes first, nothing before it.
    void recordedImageRunsAtOnce()
    {
        const QString name = QStringLiteral("t-openrc");
        const Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"));
        const BuildPlan plan = recordedBuild(p);
        const QString run = plan.run.command.toDisplayString();
        QVERIFY2(run.contains(QLatin1String(" --pull never ")), qPrintable(run));
        QByteArray exitedJson = edited(capture(QStringLiteral("docker/inspect-exited.json")), {}, QStringLiteral("Name"),
                                       QStringLiteral("/") + name);
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker run*"), 0, "0123456789abcdef\n");
        for (int i = 0; i < 3; ++i)
            fake.expect(inspectCmd(name), 0, exitedJson);
        fake.expect(logsCmd(name), 0, "boom\n");
        QStringList notes;
        const UpResult r = controller(fake).up(p, noteTaker(&notes));
        QVERIFY2(r.result.message.startsWith(QLatin1String("the container stopped while booting")), qPrintable(r.result.message));
        QCOMPARE(fake.history.value(0), run);
        QCOMPARE(count(fake.history, imageLabelCmd(name)), 0);
        QVERIFY2(notes.contains(QStringLiteral("started t-openrc from %1, built from this profile").arg(plan.image)),
                 qPrintable(notes.join(QLatin1Char('\n'))));
    }

    // 10b. dockerd remaps users (its `docker info`, captured from a daemon started with
    // --userns-remap=default): the host key mounted for sshd belongs to the container's root on
    // the host, 165536, asked before the container is created; without the remap it is ours.
    void hostKeyBelongsToTheRemappedRoot_data()
    {
        QTest::addColumn<QString>("info");
        QTest::addColumn<uint>("owner");
        QTest::newRow("userns-remap") << QStringLiteral("docker/info-userns-remap.txt") << 165536u;
        QTest::newRow("no remap") << QStringLiteral("docker/info-plain.txt") << uint(::geteuid());
    }
    void hostKeyBelongsToTheRemappedRoot()
    {
        QFETCH(QString, info);
        QFETCH(uint, owner);
        const QByteArray savedHome = qgetenv("INITBENCH_HOME");
        qputenv("INITBENCH_HOME", QFile::encodeName(m_dataDir->filePath(QStringLiteral("home")))); // the pins file
        const QString name = QStringLiteral("t-remap");
        const Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"), {QStringLiteral("sshd")});
        const BuildPlan plan = recordedBuild(p);
        QVERIFY(!plan.hostKeyTarget.isEmpty());
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker info*"), 0, capture(info));
        fake.expect(QStringLiteral("docker run*"), 0, "0123456789abcdef\n");
        for (int i = 0; i < 3; ++i)
            fake.expect(inspectCmd(name), 0, edited(capture(QStringLiteral("docker/inspect-exited.json")), {}, QStringLiteral("Name"),
                                                    QStringLiteral("/") + name));
        fake.expect(logsCmd(name), 0, "boom\n");
        const UpResult r = controller(fake).up(p, {});
        qputenv("INITBENCH_HOME", savedHome);
        const QString key = m_dataDir->filePath(QStringLiteral("state/hostkeys/t-remap/id_ed25519"));
        struct stat st {};
        QVERIFY2(::stat(QFile::encodeName(key).constData(), &st) == 0, qPrintable(key));
        if (::geteuid() != 0 && owner != ::geteuid()) {
            // Only root may give a file away: then up says why it cannot, before running anything.
            QVERIFY2(r.result.message.startsWith(QLatin1String("cannot give t-remap's SSH host key")), qPrintable(r.result.message));
            QCOMPARE(count(fake.history, QStringLiteral("docker run*")), 0);
            return;
        }
        QCOMPARE(uint(st.st_uid), owner);
        QCOMPARE(uint(st.st_gid), owner);
        QCOMPARE(st.st_mode & 0777, 0600u);
        const qsizetype asked = fake.history.indexOf(QRegularExpression(QStringLiteral("\\Adocker info .*")));
        QVERIFY2(asked >= 0 && asked < fake.history.indexOf(QRegularExpression(QStringLiteral("\\Adocker run .*"))),
                 qPrintable(fake.history.join(QLatin1Char('\n'))));
    }

    // 10c. A profile that names no ssh_port: up keeps a free port for the name before planning,
    // publishes that one, and keeps it for the next up; another name gets another port.
    void unnamedPortIsChosenAndKept()
    {
        const QByteArray savedHome = qgetenv("INITBENCH_HOME");
        qputenv("INITBENCH_HOME", QFile::encodeName(m_dataDir->filePath(QStringLiteral("home"))));
        QList<int> published;
        for (const QString &name : {QStringLiteral("t-free-a"), QStringLiteral("t-free-a"), QStringLiteral("t-free-b")}) {
            Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"), {QStringLiteral("sshd")});
            p.sshPort = 0;
            FakeCommandRunner fake;
            fake.expect(QStringLiteral("docker info*"), 0, capture(QStringLiteral("docker/info-plain.txt")));
            fake.expect(versionCmd(), 0, "20.10.24\n");
            fake.expect(inspectCmd(name), 1, "[]\n", missingContainer(name));
            fake.expect(QStringLiteral("docker image inspect*"), 1, {}, "Error: No such image\n");
            QStringList notes;
            controller(fake).up(p, noteTaker(&notes));
            const int kept = SshPortReservations(m_dataDir->path()).reserved(name);
            QVERIFY2(kept > 0, qPrintable(fake.history.join(QLatin1Char('\n'))));
            QVERIFY(!loopbackPortInUse(kept));
            // Said when chosen, not when kept from before.
            const QString said = QStringLiteral("SSH for %1 on 127.0.0.1:%2, a free port kept for it until `initbench rm %1`").arg(name).arg(kept);
            QCOMPARE(notes.contains(said), published.isEmpty() || name != QLatin1String("t-free-a"));
            published << kept;
        }
        qputenv("INITBENCH_HOME", savedHome);
        QCOMPARE(published.at(0), published.at(1)); // the same name keeps its port
        QVERIFY(published.at(2) != published.at(0));
        QString error;
        QVERIFY(SshPortReservations(m_dataDir->path()).release(QStringLiteral("t-free-a"), &error));
        QCOMPARE(SshPortReservations(m_dataDir->path()).reserved(QStringLiteral("t-free-a")), 0);
    }

    // 11. A record, but the name is taken by a container that is not ours: refused, nothing replaced.
    void recordedImageButTheNameIsTaken()
    {
        const QString name = QStringLiteral("mydb");
        const Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"));
        const BuildPlan plan = recordedBuild(p);
        QByteArray running = capture(QStringLiteral("docker/inspect-running.json"));
        QJsonObject labels = QJsonDocument::fromJson(running).array().first().toObject()
                                 .value(QStringLiteral("Config")).toObject().value(QStringLiteral("Labels")).toObject();
        labels.remove(QStringLiteral("io.initbench.profile"));
        running = edited(edited(running, QStringLiteral("Config"), QStringLiteral("Labels"), labels), {}, QStringLiteral("Name"),
                         QStringLiteral("/") + name);
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker run*"), 125, {}, capture(QStringLiteral("docker/run-name-in-use.stderr")));
        fake.expect(inspectCmd(name), 0, running);
        QStringList notes;
        const UpResult r = controller(fake).up(p, noteTaker(&notes));
        QCOMPARE(r.result.message,
                 QStringLiteral("a docker container named 'mydb' exists and was not created by Initbench; choose another name"));
        QCOMPARE(fake.history, (QStringList{plan.run.command.toDisplayString(), inspectCmd(name)}));
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n')))); // nothing was started
    }

    // 12. A record, but the image has gone: the record is dropped and the image built again.
    void recordedImageGone()
    {
        const QString name = QStringLiteral("t-openrc");
        const Profile p = profile(name, QStringLiteral("debian:bookworm"), QStringLiteral("openrc"));
        const BuildPlan plan = recordedBuild(p);
        const QString run = plan.run.command.toDisplayString();
        FakeCommandRunner fake;
        fake.expect(run, 125, {}, capture(QStringLiteral("docker/run-no-such-image.stderr")));
        fake.expect(versionCmd(), 0, "27.3.1\n");
        fake.expect(inspectCmd(name), 1, "[]\n", missingContainer(name));
        fake.expect(imageLabelCmd(name), 1, {}, capture(QStringLiteral("docker/run-no-such-image.stderr")));
        fake.expect(imageExistsCmd(QStringLiteral("debian:bookworm")), 0, "sha256:2e7e1b6d1a9c\n");
        fake.expect(QStringLiteral("docker build*"), 1, {}, "the build fails here, after the decision that counts\n");
        const UpResult r = controller(fake).up(p, {});
        QVERIFY(!r.result.ok());
        QVERIFY2(r.result.message.startsWith(QLatin1String("build the image failed")), qPrintable(r.result.message));
        QCOMPARE(fake.history.value(0), run);
        QCOMPARE(count(fake.history, QStringLiteral("docker build*")), 1);
        QVERIFY(!builtImages().isCurrent(name, QStringLiteral("docker"), plan.image, plan.contextHash));
    }

    // podman builds run one at a time, so the cleanup after a cancelled one (buildah's working
    // containers made since it began) never takes another build's: a second build waits for the
    // first, and a Cancel ends its wait without running anything.
    void aPodmanBuildWaitsForAnotherAndACancelEndsTheWait()
    {
        Profile p = profile(QStringLiteral("t-podman"), QStringLiteral("debian:bookworm"), QStringLiteral("openrc"));
        p.engine = QStringLiteral("podman");
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("podman version*"), 0, "4.3.1\n");
        fake.expect(QStringLiteral("podman image inspect --format '{{index*"), 0, "\n"); // no image of this profile yet
        fake.expect(QStringLiteral("podman image inspect --format '{{.Id}}'*"), 0, "sha256:2e7e1b6d1a9c\n");
        fake.expect(QStringLiteral("podman build*"), 0);
        ContainerController c = controller(fake);

        OpResult result;
        CancelToken token;
        {
            const NameLock other(m_dataDir->path(), QStringLiteral("podman-build"), QStringLiteral("another build"));
            QVERIFY(other.held());
            std::thread second([&] {
                const CancelScope scope(token);
                result = c.build(p, {});
            });
            QThread::msleep(400);
            token.cancel();
            second.join();
        }
        QVERIFY2(result.status == OpStatus::Cancelled, qPrintable(result.message + QLatin1Char('|') + fake.history.join(QLatin1Char('|'))));
        QCOMPARE(count(fake.history, QStringLiteral("podman build*")), 0);
        QCOMPARE(count(fake.history, QStringLiteral("podman image inspect --format '{{.Id}}'*")), 1); // it got as far as the base

        // The other build over: this one runs.
        fake.expect(QStringLiteral("podman version*"), 0, "4.3.1\n");
        fake.expect(QStringLiteral("podman image inspect --format '{{index*"), 0, "\n");
        fake.expect(QStringLiteral("podman image inspect --format '{{.Id}}'*"), 0, "sha256:2e7e1b6d1a9c\n");
        fake.expect(QStringLiteral("podman image prune*"), 0);
        const OpResult built = c.build(p, {});
        QVERIFY2(built.ok(), qPrintable(built.message + built.details + fake.history.join(QLatin1Char('\n'))));
        QCOMPARE(count(fake.history, QStringLiteral("podman build*")), 1);
    }
};

QTEST_GUILESS_MAIN(TstUpFailures)
#include "tst_upfailures.moc"
