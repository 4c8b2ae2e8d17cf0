// A fourth engine joins the controller through its registry alone: listing, finding, stopping,
// killing, removing and reading the console of its containers all reach it, and every
// operation ends in a typed status (NotFound, Busy, EngineUnavailable) a caller can branch on.
#include "engine/containercontroller.h"
#include "util/namelock.h"

#include "process/fakecommandrunner.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace initbench;

namespace {

// An engine kept in memory: what it was asked is recorded, its containers are a map.
class RecordingEngine : public IEngine
{
public:
    QMap<QString, ContainerState> containers;
    QStringList asked;
    EngineStatus answer{QStringLiteral("lxd"), EngineProblem::None, {}};

    QString id() const override { return QStringLiteral("lxd"); }
    QString programName() const override { return QStringLiteral("lxc"); }
    bool installed() const override { return true; }
    bool runsImages() const override { return false; }
    bool keepsOwnRecords() const override { return false; }
    OpResult checkUsable() override { return {}; }
    QList<ContainerState> listOurs(EngineStatus *status) override
    {
        *status = answer;
        return answer.available() ? containers.values() : QList<ContainerState>{};
    }
    std::optional<ContainerState> lookUp(const QString &name, QString *) override
    {
        asked << QStringLiteral("lookUp ") + name;
        if (!containers.contains(name))
            return std::nullopt;
        return containers.value(name);
    }
    ContainerState state(const QString &name) override { return containers.value(name); }
    DownResult stop(const ContainerState &c, int timeoutSeconds) override
    {
        asked << QStringLiteral("stop %1 %2").arg(c.name).arg(timeoutSeconds);
        containers[c.name].running = false;
        DownResult out;
        out.clean = true;
        out.exitCode = 0;
        return out;
    }
    OpResult kill(const ContainerState &c) override
    {
        asked << QStringLiteral("kill ") + c.name;
        containers[c.name].running = false;
        return {};
    }
    OpResult remove(const ContainerState &c) override
    {
        asked << QStringLiteral("remove ") + c.name;
        containers.remove(c.name);
        return {};
    }
    OpResult consoleText(const QString &name, int tailLines, QString *text) override
    {
        *text = QStringLiteral("console of %1, last %2 lines").arg(name).arg(tailLines);
        return {};
    }
    ConsoleAccess consoleAccess(const QString &name) const override { return {{QStringLiteral("lxc"), {QStringLiteral("console"), name}, {}}, {}, QStringLiteral("Ctrl-a q")}; }
    std::optional<CommandLine> eventStream() const override { return CommandLine{QStringLiteral("lxc"), {QStringLiteral("monitor")}, {}}; }
    QString watchedFolder() const override { return {}; }
};

ContainerState running(const QString &name)
{
    ContainerState c;
    c.name = name;
    c.engine = QStringLiteral("lxd");
    c.exists = true;
    c.running = true;
    c.profile = name;
    return c;
}

} // namespace

class TstEngineRegistry : public QObject
{
    Q_OBJECT
    Catalog m_catalog;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_emptyBin;
    QByteArray m_savedPath;

    // The controller with the standard engines and the recording one after them.
    RecordingEngine *addRecording(ContainerController &controller)
    {
        auto engine = std::make_unique<RecordingEngine>();
        RecordingEngine *kept = engine.get();
        controller.engines().add(std::move(engine));
        return kept;
    }

    HostFacts host() const
    {
        HostFacts h;
        h.stateDir = m_dataDir.filePath(QStringLiteral("state"));
        return h;
    }

private slots:
    void initTestCase()
    {
        // docker, podman and systemd-nspawn are not on this PATH: only the recording engine answers.
        m_savedPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_emptyBin.path()));
    }
    void cleanupTestCase() { qputenv("PATH", m_savedPath); }

    void theStandardEnginesAreRegisteredInOrder()
    {
        FakeCommandRunner fake;
        const ContainerController controller(fake, m_catalog, host(), m_dataDir.path());
        QCOMPARE(controller.engines().ids(), (QStringList{QStringLiteral("docker"), QStringLiteral("podman"), QStringLiteral("nspawn")}));
        // Nothing installed here: no engine to import a base image into.
        QVERIFY(controller.availableEngines().isEmpty());
        const IEngine *nspawn = controller.engines().find(QStringLiteral("nspawn"));
        QVERIFY(nspawn && nspawn->keepsOwnRecords() && !nspawn->runsImages());
        QCOMPARE(nspawn->watchedFolder(), QDir(m_dataDir.path()).filePath(QStringLiteral("machines")));
        QVERIFY(!nspawn->eventStream());
        QCOMPARE(controller.engines().find(QStringLiteral("docker"))->eventStream()->program, QStringLiteral("docker"));
    }

    void aFourthEngineIsListedWithItsStatus()
    {
        FakeCommandRunner fake;
        ContainerController controller(fake, m_catalog, host(), m_dataDir.path());
        RecordingEngine *lxd = addRecording(controller);
        lxd->containers.insert(QStringLiteral("box"), running(QStringLiteral("box")));

        QStringList warnings;
        QList<EngineStatus> engines;
        const QList<ContainerState> listed = controller.list(&warnings, &engines);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().name, QStringLiteral("box"));
        QCOMPARE(engines.size(), 4);
        QCOMPARE(engines.last().engine, QStringLiteral("lxd"));
        QVERIFY(engines.last().available());
        // Engines that are not installed are reported as such, never as warnings.
        QCOMPARE(engines.first().problem, EngineProblem::NotInstalled);
        QVERIFY(warnings.isEmpty());

        lxd->answer = EngineStatus{QStringLiteral("lxd"), EngineProblem::DaemonNotRunning, QStringLiteral("lxd is not running")};
        engines.clear();
        QVERIFY(controller.list(&warnings, &engines).isEmpty());
        QCOMPARE(warnings, QStringList{QStringLiteral("lxd: lxd is not running")});
    }

    void theLifecycleReachesTheFourthEngine()
    {
        FakeCommandRunner fake;
        ContainerController controller(fake, m_catalog, host(), m_dataDir.path());
        RecordingEngine *lxd = addRecording(controller);
        lxd->containers.insert(QStringLiteral("box"), running(QStringLiteral("box")));

        OpResult error;
        const auto found = controller.find(QStringLiteral("box"), {}, &error);
        QVERIFY2(found, qPrintable(error.message));
        QCOMPARE(found->engine, QStringLiteral("lxd"));
        QCOMPARE(controller.consoleAccess(*found).attach.arguments, (QStringList{QStringLiteral("console"), QStringLiteral("box")}));

        QString text;
        QVERIFY(controller.logs(QStringLiteral("box"), {}, 7, &text).ok());
        QCOMPARE(text, QStringLiteral("console of box, last 7 lines"));

        const DownResult down = controller.down(QStringLiteral("box"), {}, 12);
        QVERIFY2(down.result.ok(), qPrintable(down.result.message));
        QVERIFY(down.clean && down.wasRunning);
        QVERIFY(lxd->asked.contains(QStringLiteral("stop box 12")));

        lxd->containers[QStringLiteral("box")].running = true;
        QVERIFY(controller.kill(QStringLiteral("box"), QStringLiteral("lxd")).ok());
        QVERIFY(lxd->asked.contains(QStringLiteral("kill box")));

        const OpResult removed = controller.remove(QStringLiteral("box"), QStringLiteral("lxd"));
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QVERIFY(lxd->containers.isEmpty());
        // docker, podman and nspawn ran no command: nothing of theirs was asked.
        QVERIFY(fake.history.isEmpty());
    }

    void outcomesAreTyped()
    {
        FakeCommandRunner fake;
        ContainerController controller(fake, m_catalog, host(), m_dataDir.path());
        RecordingEngine *lxd = addRecording(controller);
        lxd->containers.insert(QStringLiteral("box"), running(QStringLiteral("box")));

        const DownResult missing = controller.down(QStringLiteral("nosuch"), {}, 5);
        QCOMPARE(missing.result.status, OpStatus::NotFound);
        QVERIFY(missing.result.message.contains(QStringLiteral("lxd")));

        const OpResult unknown = controller.kill(QStringLiteral("box"), QStringLiteral("vmware"));
        QCOMPARE(unknown.status, OpStatus::EngineUnavailable);
        QVERIFY(unknown.message.contains(QStringLiteral("unknown engine 'vmware'")));

        {
            const NameLock other(m_dataDir.path(), QStringLiteral("box"), QStringLiteral("up"));
            QVERIFY(other.held());
            QCOMPARE(controller.kill(QStringLiteral("box"), {}).status, OpStatus::Busy);
            QVERIFY(!lxd->asked.contains(QStringLiteral("kill box")));
        }
        QCOMPARE(controller.kill(QStringLiteral("box"), {}).status, OpStatus::Done);
    }
};

QTEST_GUILESS_MAIN(TstEngineRegistry)
#include "tst_engineregistry.moc"
