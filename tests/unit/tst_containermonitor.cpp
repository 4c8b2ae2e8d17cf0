// The monitor with a scripted inspection: models fill and update in place (checked by
// QAbstractItemModelTester, and no reset ever), the timer is adjustable, slow parts are read on
// every fifth tick, a busy read is never queued twice, and a replaced container's late answer is
// dropped.
#include "containermonitor.h"

#include <QAbstractItemModelTester>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace initbench;

namespace {

ProcessInfo proc(qint64 pid, qint64 ppid, const QString &cmd)
{
    ProcessInfo p;
    p.id = pid + 1000;
    p.parentId = ppid ? ppid + 1000 : 0;
    p.startTicks = quint64(pid);
    p.pid = pid;
    p.ppid = ppid;
    p.hostPid = pid + 1000;
    p.command = cmd;
    p.name = cmd.section(QLatin1Char(' '), 0, 0);
    return p;
}

LoginRecord login(const QString &user, const QString &line)
{
    LoginRecord r;
    r.type = LoginRecord::UserProcess;
    r.user = user;
    r.line = line;
    r.host = QStringLiteral("10.0.0.1");
    r.time = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    return r;
}

ServiceRow service(const QString &name, ServiceState state)
{
    ServiceRow r;
    r.name = name;
    r.state = state;
    return r;
}

// Answers what the test put in; counts the calls; can hold a read until released.
class ScriptedInspection : public IContainerInspection
{
public:
    QMutex mutex;
    QList<ProcessInfo> procs;
    QList<LoginRecord> sessions;
    QList<ServiceRow> rows;
    QAtomicInt processCalls = 0, slowCalls = 0;
    QSemaphore *gate = nullptr;

    ProcessSnapshot processes() override
    {
        if (gate)
            gate->acquire();
        ++processCalls;
        QMutexLocker lock(&mutex);
        ProcessSnapshot s;
        s.processes = procs;
        s.source = QStringLiteral("scripted");
        return s;
    }
    LoginAnswer who() override
    {
        QMutexLocker lock(&mutex);
        LoginAnswer a;
        a.backend = QStringLiteral("utmp");
        a.sessions = sessions;
        if (sessions.isEmpty())
            a.why = QStringLiteral("nobody");
        return a;
    }
    LoginAnswer last() override
    {
        ++slowCalls;
        LoginAnswer a;
        a.backend = QStringLiteral("wtmp");
        return a;
    }
    ServiceList services() override
    {
        QMutexLocker lock(&mutex);
        ServiceList l;
        l.init = QStringLiteral("runit");
        l.rows = rows;
        return l;
    }
};

} // namespace

class TestContainerMonitor : public QObject
{
    Q_OBJECT

private slots:
    void fillsAndUpdatesModelsInPlace()
    {
        ContainerMonitor m;
        QAbstractItemModelTester t1(m.processes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(m.sessions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(m.services(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(m.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets1(m.sessions(), &QAbstractItemModel::modelReset);
        QSignalSpy resets2(m.services(), &QAbstractItemModel::modelReset);
        QSignalSpy resets3(m.processes(), &QAbstractItemModel::modelReset);

        auto owned = std::make_unique<ScriptedInspection>();
        ScriptedInspection *s = owned.get();
        s->procs = {proc(1, 0, QStringLiteral("runit")), proc(20, 1, QStringLiteral("runsvdir -P /etc/service")),
                    proc(30, 20, QStringLiteral("runsv sshd"))};
        s->sessions = {login(QStringLiteral("root"), QStringLiteral("pts/0"))};
        s->rows = {service(QStringLiteral("sshd"), ServiceState::Running), service(QStringLiteral("cron"), ServiceState::Stopped)};
        m.setInspection(std::move(owned));

        QSignalSpy refreshed(&m, &ContainerMonitor::refreshed);
        m.refreshNow();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m.processes()->rowCount(), 1); // PID 1 at the top, the rest under it
        QCOMPARE(m.processSource(), QStringLiteral("scripted"));
        QCOMPARE(m.sessions()->rowCount(), 1);
        QCOMPARE(m.services()->rowCount(), 2);
        QCOMPARE(m.services()->data(m.services()->index(0, 1), Qt::DisplayRole).toString(), QStringLiteral("running"));
        const QPersistentModelIndex cron = m.services()->index(1, 0);

        {
            QMutexLocker lock(&s->mutex);
            s->sessions << login(QStringLiteral("alice"), QStringLiteral("pts/1"));
            s->rows = {service(QStringLiteral("udev"), ServiceState::Starting), service(QStringLiteral("cron"), ServiceState::Failed)};
            s->procs.removeLast();
            s->procs << proc(31, 20, QStringLiteral("runsv cron"));
        }
        m.refreshNow();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m.sessions()->rowCount(), 2);
        QCOMPARE(m.services()->rowCount(), 2);
        QVERIFY(cron.isValid()); // the same row, moved and repainted
        QCOMPARE(cron.row(), 1);
        QCOMPARE(cron.sibling(cron.row(), 1).data().toString(), QStringLiteral("failed"));
        QCOMPARE(m.services()->index(0, 0).data().toString(), QStringLiteral("udev"));
        QCOMPARE(resets1.count() + resets2.count() + resets3.count(), 0);
    }

    void timerIsAdjustableAndSlowPartsComeEveryFifthTick()
    {
        ContainerMonitor m;
        QCOMPARE(m.interval(), ContainerMonitor::kDefaultIntervalMs);
        m.setInterval(100);
        QCOMPARE(m.interval(), 100);
        m.setInterval(5); // too fast for an engine: clamped
        QCOMPARE(m.interval(), 100);
        auto owned = std::make_unique<ScriptedInspection>();
        ScriptedInspection *s = owned.get();
        m.setInspection(std::move(owned));
        m.start(); // the first read at once, slow parts included
        QTRY_VERIFY_WITH_TIMEOUT(s->processCalls.loadRelaxed() >= 11, 10000);
        m.stop();
        QTest::qWait(300);
        const int fast = s->processCalls.loadRelaxed(), slow = s->slowCalls.loadRelaxed();
        QVERIFY2(slow >= 2 && slow <= 1 + fast / ContainerMonitor::kSlowEvery + 1, qPrintable(QStringLiteral("%1 %2").arg(fast).arg(slow)));
        QTest::qWait(300);
        QCOMPARE(s->processCalls.loadRelaxed(), fast); // stopped means stopped
    }

    void aBusyReadIsNeverQueuedTwice()
    {
        ContainerMonitor m;
        QSemaphore gate;
        auto owned = std::make_unique<ScriptedInspection>();
        ScriptedInspection *s = owned.get();
        s->gate = &gate;
        m.setInspection(std::move(owned));
        m.setInterval(100);
        m.start();
        QTest::qWait(600); // five ticks while the first read waits at the gate
        QVERIFY(m.isBusy());
        QCOMPARE(s->processCalls.loadRelaxed(), 0);
        QSignalSpy refreshed(&m, &ContainerMonitor::refreshed);
        gate.release(100);
        QVERIFY(refreshed.wait(5000));
        m.stop();
        QTest::qWait(300);
        QVERIFY2(s->processCalls.loadRelaxed() <= 3, qPrintable(QString::number(s->processCalls.loadRelaxed())));
    }

    void aReplacedContainersLateAnswerIsDropped()
    {
        ContainerMonitor m;
        QSemaphore gate;
        auto first = std::make_unique<ScriptedInspection>();
        first->gate = &gate;
        first->procs = {proc(1, 0, QStringLiteral("systemd"))};
        m.setInspection(std::move(first));
        m.refreshNow();
        auto second = std::make_unique<ScriptedInspection>();
        second->procs = {proc(1, 0, QStringLiteral("runit")), proc(2, 0, QStringLiteral("kthread"))};
        m.setInspection(std::move(second));
        QSignalSpy refreshed(&m, &ContainerMonitor::refreshed);
        gate.release(1); // the first container's reading arrives now, late
        m.refreshNow();
        QVERIFY(refreshed.wait(5000));
        QTest::qWait(200);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(m.processes()->rowCount(), 2);
        QCOMPARE(m.processes()->index(0, ProcessTreeModel::Command).data().toString(), QStringLiteral("runit"));
    }

    void destroyedWhileReading()
    {
        QSemaphore gate;
        std::thread releaser;
        {
            ContainerMonitor m;
            auto owned = std::make_unique<ScriptedInspection>();
            owned->gate = &gate;
            m.setInspection(std::move(owned));
            m.refreshNow();
            QTest::qWait(50);
            // Released from another thread: the destructor below blocks this one.
            releaser = std::thread([&gate] {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                gate.release(1);
            });
        } // waits for the read, drops its answer
        releaser.join();
        QCOMPARE(gate.available(), 0); // the read did get through the gate before the monitor went
    }
};

QTEST_GUILESS_MAIN(TestContainerMonitor)
#include "tst_containermonitor.moc"
