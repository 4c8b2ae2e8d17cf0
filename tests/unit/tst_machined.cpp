// On a host whose PID 1 is systemd, nspawn machines are registered with systemd-machined and
// Initbench goes through machinectl: its commands and output (captured from systemd 252 under
// tests/data/machinectl/), the stop through machined with a real process tree standing in for
// nspawn and its init, and up's refusal of a name machined already has. The real thing, on a
// real systemd host, is tests/e2e/tst_e2e_systemdhost.cpp.
#include "catalog/catalog.h"
#include "engine/containercontroller.h"
#include "engine/nspawn/machined.h"
#include "engine/nspawn/nspawnmachines.h"
#include "process/fakecommandrunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "capturedoutput.h"

#include <csignal>
#include <unistd.h>

using namespace initbench;
using initbench::test::capture;

namespace {

const QString kPrefix = QStringLiteral("machinectl --no-pager --no-ask-password ");

// machined for one machine, as far as stop() can tell: `kill --kill-whom=leader` signals the
// init, `terminate` kills it, and a machine it does not know gets machinectl's real error.
class MachinedStandIn : public ICommandRunner
{
public:
    MachinedStandIn(QString name, qint64 leader, bool knows) : m_name(std::move(name)), m_leader(leader), m_knows(knows) {}
    CommandResult run(const CommandLine &command, int, const LineHandler &, const QByteArray &) override
    {
        const QString shown = command.toDisplayString();
        history << shown;
        if (!m_knows)
            return FakeCommandRunner::exited(1, {}, capture(shown.contains(QLatin1String(" kill ")) ? QStringLiteral("machinectl/kill-nosuch.stderr")
                                                                               : QStringLiteral("machinectl/terminate-nosuch.stderr")));
        if (shown.startsWith(kPrefix + QStringLiteral("kill ") + m_name + QStringLiteral(" --kill-whom=leader --signal="))) {
            const int sig = NspawnMachines::signalNumber(shown.section(QLatin1Char('='), -1));
            return FakeCommandRunner::exited(::kill(pid_t(m_leader), sig) == 0 ? 0 : 1, {});
        }
        if (shown == kPrefix + QStringLiteral("terminate ") + m_name)
            return FakeCommandRunner::exited(::kill(pid_t(m_leader), SIGKILL) == 0 ? 0 : 1, {});
        return FakeCommandRunner::exited(1, {}, "unexpected command\n");
    }
    void cancel() override {}
    QStringList history;

private:
    QString m_name;
    qint64 m_leader;
    bool m_knows;
};

// A shell standing in for nspawn, whose one child stands in for the container's init.
struct FakeMachine {
    QProcess nspawn;
    qint64 leader = 0;

    bool start(const QString &initScript)
    {
        nspawn.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sh -c '%1' & wait").arg(initScript)});
        if (!nspawn.waitForStarted())
            return false;
        for (int i = 0; i < 200 && leader == 0; ++i) {
            QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(nspawn.processId()));
            if (children.open(QIODevice::ReadOnly))
                leader = children.readAll().trimmed().split(' ').value(0).toLongLong();
            if (leader == 0)
                QThread::msleep(10);
        }
        // Every script here ends in `exec sleep`: until then its traps may not be set yet, and a
        // stop signal sent that early would find the default action (CI saw it once).
        for (int i = 0; i < 200 && leader > 0 && comm(leader) != "sleep"; ++i)
            QThread::msleep(10);
        return leader > 0 && comm(leader) == "sleep";
    }
    static QByteArray comm(qint64 pid)
    {
        QFile f(QStringLiteral("/proc/%1/comm").arg(pid));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }
    ~FakeMachine()
    {
        if (leader > 0)
            ::kill(pid_t(leader), SIGKILL);
        nspawn.kill();
        nspawn.waitForFinished();
    }
};

} // namespace

class TstMachined : public QObject
{
    Q_OBJECT

    // A machine folder whose state says `nspawn` is running, as the supervisor writes it.
    static void writeRunningState(const NspawnMachines &machines, const QString &name, qint64 nspawnPid)
    {
        const MachineFiles f = machines.files(name);
        QVERIFY(QDir().mkpath(f.dir));
        MachineSpec spec;
        spec.name = spec.profile = name;
        spec.command = {QStringLiteral("systemd-nspawn")};
        spec.stopSignal = QStringLiteral("SIGPWR");
        QVERIFY(spec.save(f.specFile(), nullptr));
        MachineRunState run;
        run.nspawnPid = nspawnPid;
        run.startedAt = QStringLiteral("2026-11-30T16:53:24Z");
        QVERIFY(run.save(f.stateFile()));
    }

    // stop() of machine "sdh", running initScript as its init, with machined (knowing it or not).
    struct StopRun {
        bool ok = false;
        bool clean = false;
        qint64 ms = 0;
        QStringList machinectl; // what was asked of machined
        QProcess::ExitStatus nspawnExit = QProcess::CrashExit;
    };
    static StopRun stopWithMachined(const QString &initScript, bool machinedKnowsIt, int timeoutSeconds)
    {
        StopRun out;
        QTemporaryDir data;
        FakeMachine m;
        if (!m.start(initScript))
            return out;
        NspawnMachines machines(data.path(), {});
        writeRunningState(machines, QStringLiteral("sdh"), m.nspawn.processId());
        MachinedStandIn machined(QStringLiteral("sdh"), m.leader, machinedKnowsIt);
        machines.useMachined(machined);
        out.ok = machines.stop(QStringLiteral("sdh"), QStringLiteral("SIGPWR"), timeoutSeconds, &out.clean, &out.ms).ok()
            && m.nspawn.waitForFinished(5000);
        out.machinectl = machined.history;
        out.nspawnExit = m.nspawn.exitStatus();
        return out;
    }

private slots:
    void commandsAreArgumentLists()
    {
        QCOMPARE(Machined::listCommand().toDisplayString(), kPrefix + QStringLiteral("list --no-legend"));
        QCOMPARE(Machined::leaderCommand(QStringLiteral("sdh")).toDisplayString(),
                 kPrefix + QStringLiteral("show sdh --property=Leader --value"));
        QCOMPARE(Machined::killLeaderCommand(QStringLiteral("sdh"), QStringLiteral("SIGRTMIN+3")).arguments,
                 (QStringList{QStringLiteral("--no-pager"), QStringLiteral("--no-ask-password"), QStringLiteral("kill"), QStringLiteral("sdh"),
                              QStringLiteral("--kill-whom=leader"), QStringLiteral("--signal=SIGRTMIN+3")}));
        QCOMPARE(Machined::terminateCommand(QStringLiteral("sdh")).toDisplayString(), kPrefix + QStringLiteral("terminate sdh"));
    }

    void theSupervisorRunsInAUnitOfItsOwn()
    {
        QTemporaryDir data;
        // A supervisor standing in for `initbench __supervise-nspawn DIR`: it writes nspawn's PID.
        const QStringList supervisor{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                     QStringLiteral("echo '{\"nspawn_pid\": 1}' > \"$1/state.json\""), QStringLiteral("sh")};
        NspawnMachines machines(data.path(), supervisor);
        const QString unitCommand = QStringLiteral("systemd-run --unit=initbench-machine-sdh.service '--description=Initbench nspawn "
                                                   "machine sdh' --collect --quiet -- /bin/sh -c 'echo '\\''{\"nspawn_pid\": 1}'\\'' > "
                                                   "\"$1/state.json\"' sh %1").arg(machines.files(QStringLiteral("sdh")).dir);
        QCOMPARE(machines.supervisorUnitCommand(QStringLiteral("sdh")).toDisplayString(), unitCommand);
        QVERIFY(QDir().mkpath(machines.files(QStringLiteral("sdh")).dir));
        MachineSpec spec;
        spec.name = spec.profile = QStringLiteral("sdh");
        spec.command = {QStringLiteral("systemd-nspawn")};
        // systemd-run cannot start it (no systemd here): the supervisor is started detached instead.
        FakeCommandRunner fake;
        fake.expect(unitCommand, 1, {}, "Failed to connect to bus: No such file or directory\n");
        machines.useMachined(fake);
        const OpResult started = machines.start(spec);
        QVERIFY2(started.ok(), qPrintable(started.message));
        QCOMPARE(fake.history, QStringList{unitCommand});
        QCOMPARE(MachineRunState::load(machines.files(QStringLiteral("sdh")).stateFile()).nspawnPid, 1);
    }

    void listAndLeaderFromCapturedOutput()
    {
        QCOMPARE(Machined::parseList(capture(QStringLiteral("machinectl/list.out"))), (QStringList{QStringLiteral("sdh"), QStringLiteral("t1")}));
        QVERIFY(Machined::parseList({}).isEmpty());

        FakeCommandRunner fake;
        fake.expect(kPrefix + QStringLiteral("show sdh --property=Leader --value"), 0, capture(QStringLiteral("machinectl/show-leader.out")));
        fake.expect(kPrefix + QStringLiteral("show nosuch --property=Leader --value"), 1, {},
                    capture(QStringLiteral("machinectl/show-nosuch.stderr")));
        fake.expect(kPrefix + QStringLiteral("kill nosuch*"), 1, {}, capture(QStringLiteral("machinectl/kill-nosuch.stderr")));
        const Machined machined(fake);
        QCOMPARE(machined.leader(QStringLiteral("sdh")), 8500);
        QCOMPARE(machined.leader(QStringLiteral("nosuch")), 0);
        const OpResult r = machined.killLeader(QStringLiteral("nosuch"), QStringLiteral("SIGPWR"));
        QVERIFY(!r.ok());
        QCOMPARE(r.message, QStringLiteral("machinectl could not send SIGPWR to nosuch's init: Could not kill machine: No machine 'nosuch' known"));
        // machinectl that cannot run at all: no machines, and why.
        QString error;
        QVERIFY(machined.machines(&error).isEmpty());
        QVERIFY2(error.startsWith(QLatin1String("machinectl could not list the machines")), qPrintable(error));
    }

    void stopGoesThroughMachined()
    {
        const StopRun r = stopWithMachined(QStringLiteral("exec sleep 60"), true, 10);
        QVERIFY(r.ok);
        QVERIFY(r.clean);
        QCOMPARE(r.machinectl, QStringList{kPrefix + QStringLiteral("kill sdh --kill-whom=leader --signal=SIGPWR")});
    }

    void anInitThatIgnoresItsSignalIsTerminated()
    {
        // An ignored signal stays ignored across exec: this init never shuts down by itself.
        const StopRun r = stopWithMachined(QStringLiteral("trap \"\" PWR; exec sleep 60"), true, 1);
        QVERIFY(r.ok);
        QVERIFY(!r.clean);
        QVERIFY2(r.ms >= 1000, qPrintable(QString::number(r.ms)));
        QCOMPARE(r.machinectl, (QStringList{kPrefix + QStringLiteral("kill sdh --kill-whom=leader --signal=SIGPWR"),
                                            kPrefix + QStringLiteral("terminate sdh")}));
        // It ended through machined's terminate, not by a SIGKILL to "nspawn".
        QCOMPARE(r.nspawnExit, QProcess::NormalExit);
    }

    void aMachineMachinedDoesNotKnowIsSignalledDirectly()
    {
        const StopRun r = stopWithMachined(QStringLiteral("exec sleep 60"), false, 10);
        QVERIFY(r.ok);
        QVERIFY(r.clean);
        QCOMPARE(r.machinectl.size(), 1);
    }

    void listSaysWhetherMachinedKnowsAMachine()
    {
        QTemporaryDir data;
        FakeMachine m;
        QVERIFY(m.start(QStringLiteral("exec sleep 60")));
        NspawnMachines machines(data.path(), {});
        writeRunningState(machines, QStringLiteral("sdh"), m.nspawn.processId());
        writeRunningState(machines, QStringLiteral("other"), m.nspawn.processId());
        FakeCommandRunner fake;
        fake.expect(kPrefix + QStringLiteral("list --no-legend"), 0, capture(QStringLiteral("machinectl/list.out")));
        machines.useMachined(fake);
        // The supervisor's PID is checked too: this process stands in for it.
        for (const QString &name : {QStringLiteral("sdh"), QStringLiteral("other")}) {
            MachineRunState run = MachineRunState::load(machines.files(name).stateFile());
            run.supervisorPid = ::getpid();
            run.restarts = name == QLatin1String("sdh") ? 1 : 0; // the container rebooted once
            QVERIFY(run.save(machines.files(name).stateFile()));
        }
        const QList<ContainerState> list = machines.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, QStringLiteral("other"));
        QCOMPARE(list.at(0).detail, QStringLiteral("Up since 2026-11-30T16:53:24Z; not registered with systemd-machined"));
        QCOMPARE(list.at(1).detail,
                 QStringLiteral("Up since 2026-11-30T16:53:24Z, rebooted once; registered with systemd-machined (machine-sdh.scope)"));
        QCOMPARE(fake.history.size(), 1); // one machinectl call for the whole list
    }

    void upRefusesANameMachinedAlreadyHas()
    {
        if (::geteuid() != 0)
            QSKIP("nspawn profiles need root, and up says so before anything else");
        // systemd-nspawn must be on PATH for up to get as far as the name: a stub that never runs.
        QTemporaryDir bin;
        QFile stub(bin.filePath(QStringLiteral("systemd-nspawn")));
        QVERIFY(stub.open(QIODevice::WriteOnly));
        stub.write("#!/bin/sh\nexit 99\n");
        stub.close();
        QVERIFY(stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray savedPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin.path()));

        QStringList errors;
        const Catalog catalog = Catalog::builtin(&errors);
        QVERIFY(errors.isEmpty());
        QTemporaryDir data;
        HostFacts host;
        host.pid1IsSystemd = true;
        host.stateDir = data.filePath(QStringLiteral("state"));
        FakeCommandRunner fake;
        fake.expect(kPrefix + QStringLiteral("show t1 --property=Leader --value"), 0, "2916\n");
        ContainerController controller(fake, catalog, host, data.path());
        Profile p;
        p.name = QStringLiteral("t1");
        p.distro = QStringLiteral("debian:bookworm");
        p.init = QStringLiteral("sysvinit");
        p.engine = QStringLiteral("nspawn");
        const UpResult r = controller.up(p, {});
        qputenv("PATH", savedPath);
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.message, QStringLiteral("a machine named 't1' is already registered with systemd-machined (its init is PID "
                                                  "2916) and Initbench is not running it; choose another name, or stop it with "
                                                  "`machinectl terminate t1`"));
        QCOMPARE(fake.history, QStringList{kPrefix + QStringLiteral("show t1 --property=Leader --value")});
        QVERIFY(!QDir(data.filePath(QStringLiteral("machines/t1"))).exists()); // nothing built, nothing written
    }
};

QTEST_GUILESS_MAIN(TstMachined)
#include "tst_machined.moc"
