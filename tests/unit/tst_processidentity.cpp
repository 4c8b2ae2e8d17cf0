// A PID on disk is only acted on while it still names the process that was recorded: after a
// host crash or reboot the same number can belong to anything.
#include "engine/nspawn/machinefiles.h"
#include "engine/nspawn/nspawnmachines.h"
#include "engine/nspawn/processidentity.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace initbench;

class TstProcessIdentity : public QObject
{
    Q_OBJECT

private slots:
    void aRunningProcessIsWhatWasRecorded()
    {
        const ProcessIdentity me = ProcessIdentity::of(::getpid());
        QVERIFY(me.startTime > 0);
        QVERIFY(!me.bootId.isEmpty());
        QCOMPARE(me.comm, QStringLiteral("tst_processiden")); // the kernel keeps 15 characters
        QVERIFY(me.stillRuns());
    }

    void anotherStartTimeBootOrNameIsSomeoneElse()
    {
        ProcessIdentity id = ProcessIdentity::of(::getpid());
        ProcessIdentity other = id;
        other.startTime += 1;
        QVERIFY(!other.stillRuns());
        other = id;
        other.bootId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(!other.stillRuns());
        other = id;
        other.comm = QStringLiteral("systemd-nspawn");
        QVERIFY(!other.stillRuns());
        // Nothing recorded but the PID (a state file from before): alive is all that is asked.
        QVERIFY((ProcessIdentity{::getpid(), 0, {}, {}}.stillRuns()));
        QVERIFY(!(ProcessIdentity{999999999, 0, {}, {}}.stillRuns()));
    }

    // The host crashed; an unrelated process now has the PIDs a machine's state names. The
    // machine is not running, and `down` signals nothing.
    void aStaleStateSignalsNobody()
    {
        QTemporaryDir data;
        QProcess unrelated;
        unrelated.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 30 & wait")});
        QVERIFY(unrelated.waitForStarted());
        qint64 child = 0;
        for (int i = 0; i < 200 && child == 0; ++i) {
            QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(unrelated.processId()));
            if (children.open(QIODevice::ReadOnly))
                child = children.readAll().trimmed().split(' ').value(0).toLongLong();
            if (child == 0)
                QThread::msleep(10);
        }
        QVERIFY(child > 0);
        NspawnMachines machines(data.path(), {});
        const MachineFiles f = machines.files(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(f.dir));
        MachineSpec spec;
        spec.name = spec.profile = QStringLiteral("old");
        spec.command = {QStringLiteral("systemd-nspawn")};
        spec.stopSignal = QStringLiteral("SIGKILL");
        QVERIFY(spec.save(f.specFile(), nullptr));
        MachineRunState run;
        run.supervisorPid = ::getpid();
        run.nspawnPid = unrelated.processId();
        run.bootId = ProcessIdentity::currentBootId();
        run.supervisorStart = ProcessIdentity::of(::getpid()).startTime;
        run.nspawnStart = ProcessIdentity::of(unrelated.processId()).startTime + 7; // recorded before the crash
        QVERIFY(run.save(f.stateFile()));

        QVERIFY(!machines.state(QStringLiteral("old")).running);
        QCOMPARE(machines.leaderPid(QStringLiteral("old")), 0);
        bool clean = false;
        qint64 ms = 0;
        QVERIFY(!machines.stop(QStringLiteral("old"), QStringLiteral("SIGKILL"), 1, &clean, &ms).ok());
        QVERIFY(::kill(pid_t(child), 0) == 0); // still there
        QCOMPARE(unrelated.state(), QProcess::Running);

        // The same file with the right start time names it: that is the check at work.
        run.nspawnStart -= 7;
        QVERIFY(run.save(f.stateFile()));
        QVERIFY(machines.state(QStringLiteral("old")).running);
        QCOMPARE(machines.leaderPid(QStringLiteral("old")), child);
        unrelated.kill();
        unrelated.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TstProcessIdentity)
#include "tst_processidentity.moc"
