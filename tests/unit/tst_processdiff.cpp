// The pure diff between two process snapshots: table tests of add, remove, move, change,
// reparenting to PID 1 when a parent dies, PID reuse, and broken input (loops, duplicates).
#include "inspect/processdiff.h"

#include <QTest>

#include <algorithm>

using namespace initbench;

namespace {

ProcessInfo proc(qint64 id, qint64 parent, const QString &command = QStringLiteral("sleep"), quint64 start = 100)
{
    ProcessInfo p;
    p.id = p.hostPid = id;
    p.parentId = parent;
    p.startTicks = start;
    p.command = command;
    return p;
}

QString describe(const ProcessDiff &d)
{
    QStringList parts;
    for (const auto &a : d.added)
        parts << QStringLiteral("+%1<%2").arg(a.info.id).arg(a.parent.id);
    for (const auto &m : d.moved)
        parts << QStringLiteral("~%1<%2").arg(m.key.id).arg(m.parent.id);
    for (const auto &r : d.removed)
        parts << QStringLiteral("-%1").arg(r.id);
    for (const auto &c : d.changed)
        parts << QStringLiteral("*%1").arg(c.id);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestProcessDiff : public QObject
{
    Q_OBJECT
private slots:
    void table_data()
    {
        QTest::addColumn<QList<ProcessInfo>>("before");
        QTest::addColumn<QList<ProcessInfo>>("after");
        QTest::addColumn<QString>("expected");
        const QList<ProcessInfo> base{proc(1, 0), proc(10, 1), proc(11, 10), proc(12, 10)};
        QTest::newRow("same") << base << base << QString();
        QTest::newRow("from nothing: parents first") << QList<ProcessInfo>{}
                                                     << QList<ProcessInfo>{proc(11, 10), proc(10, 1), proc(1, 0)}
                                                     << QStringLiteral("+1<0 +10<1 +11<10");
        QTest::newRow("add leaf") << base << (base + QList<ProcessInfo>{proc(13, 12)}) << QStringLiteral("+13<12");
        QTest::newRow("remove leaf") << base << QList<ProcessInfo>{proc(1, 0), proc(10, 1), proc(11, 10)} << QStringLiteral("-12");
        QTest::newRow("parent dies, children reparented to 1")
            << base << QList<ProcessInfo>{proc(1, 0), proc(11, 1), proc(12, 1)} << QStringLiteral("~11<1 ~12<1 -10 *11 *12");
        QTest::newRow("parent dies, snapshot still names it: children become roots")
            << base << QList<ProcessInfo>{proc(1, 0), proc(11, 10), proc(12, 10)} << QStringLiteral("~11<0 ~12<0 -10");
        QTest::newRow("whole subtree gone") << base << QList<ProcessInfo>{proc(1, 0)} << QStringLiteral("-10 -11 -12");
        QList<ProcessInfo> changed = base;
        changed[2].cpuPercent = 12.5;
        changed[3].command = QStringLiteral("sleep 5");
        QTest::newRow("change") << base << changed << QStringLiteral("*11 *12");
        QTest::newRow("pid reused by a new process") << base << QList<ProcessInfo>{proc(1, 0), proc(10, 1), proc(11, 10), proc(12, 1, QStringLiteral("getty"), 900)}
                                                     << QStringLiteral("+12<1 -12");
        QTest::newRow("reused parent pid: children move to the new one")
            << QList<ProcessInfo>{proc(1, 0), proc(10, 1), proc(11, 10)}
            << QList<ProcessInfo>{proc(1, 0), proc(10, 1, QStringLiteral("sleep"), 900), proc(11, 10)}
            << QStringLiteral("+10<1 ~11<10 -10");
        QTest::newRow("swap parent and child: shallowest move first")
            << QList<ProcessInfo>{proc(1, 0), proc(10, 1), proc(11, 10)}
            << QList<ProcessInfo>{proc(1, 0), proc(11, 1), proc(10, 11)} << QStringLiteral("~11<1 ~10<11 *11 *10");
        QTest::newRow("move under a new process") << base << QList<ProcessInfo>{proc(1, 0), proc(10, 1), proc(20, 10), proc(11, 20), proc(12, 10)}
                                                  << QStringLiteral("+20<10 ~11<20 *11");
        QTest::newRow("loop in the data: lowest id becomes a root")
            << QList<ProcessInfo>{} << QList<ProcessInfo>{proc(7, 9), proc(9, 8), proc(8, 7)} << QStringLiteral("+7<0 +8<7 +9<8");
        QTest::newRow("loop, ids not in order") << QList<ProcessInfo>{} << QList<ProcessInfo>{proc(9, 8), proc(7, 9), proc(8, 7)}
                                                << QStringLiteral("+7<0 +8<7 +9<8");
        // Not in id order: the full comparison, which must agree with the steady-state one.
        QList<ProcessInfo> shuffled{base.at(3), base.at(0), base.at(2), base.at(1)};
        QList<ProcessInfo> shuffledChanged = shuffled;
        shuffledChanged[0].rssKb = 900;
        QTest::newRow("change, ids not in order") << shuffled << shuffledChanged << QStringLiteral("*12");
        QList<ProcessInfo> duplicates = base + QList<ProcessInfo>{proc(11, 1, QStringLiteral("dup"))};
        QList<ProcessInfo> duplicatesChanged = duplicates;
        duplicatesChanged.last().cpuPercent = 50; // a dropped duplicate's data is not a change
        QTest::newRow("same tree with a duplicate") << duplicates << duplicatesChanged << QString();
        QTest::newRow("own parent, duplicates and id 0 dropped")
            << QList<ProcessInfo>{} << QList<ProcessInfo>{proc(5, 5), proc(5, 1, QStringLiteral("dup")), proc(0, 0)} << QStringLiteral("+5<0");
    }
    void table()
    {
        QFETCH(QList<ProcessInfo>, before);
        QFETCH(QList<ProcessInfo>, after);
        QFETCH(QString, expected);
        const ProcessDiff d = diffProcesses(before, after);
        QCOMPARE(describe(d), expected);
        QCOMPARE(d.isEmpty(), expected.isEmpty());
    }

    // The steady state (same processes under the same parents, ids rising) takes a shortcut;
    // its answer must be the full comparison's, which the same lists in another order get.
    void steadyStateMatchesFullDiff()
    {
        QList<ProcessInfo> before, after;
        for (qint64 id = 1; id <= 300; ++id) {
            before << proc(id, id / 3);
            after << proc(id, id / 3);
            if (id % 7 == 0)
                after.last().cpuPercent = double(id);
            if (id % 11 == 0)
                after.last().state = QStringLiteral("R");
        }
        const ProcessDiff fast = diffProcesses(before, after);
        QList<ProcessInfo> reversedBefore(before.crbegin(), before.crend()), reversedAfter(after.crbegin(), after.crend());
        const ProcessDiff full = diffProcesses(reversedBefore, reversedAfter);
        QVERIFY(fast.added.isEmpty() && fast.moved.isEmpty() && fast.removed.isEmpty());
        QCOMPARE(fast.changed.size(), 300 / 7 + 300 / 11 - 300 / 77);
        QList<ProcessInfo> fullChanged = full.changed;
        std::reverse(fullChanged.begin(), fullChanged.end());
        QCOMPARE(fast.changed, fullChanged);
        QVERIFY(full.added.isEmpty() && full.moved.isEmpty() && full.removed.isEmpty());
    }

    void depthsAndRoots()
    {
        const ProcessTree t = buildProcessTree({proc(1, 0), proc(10, 1), proc(11, 10), proc(50, 4000)});
        QCOMPARE(t.depth.value(11), 2);
        QCOMPARE(t.parent.value(50), 0); // parent outside the container
        QCOMPARE(t.depth.value(50), 0);
        // The same tree from a list out of id order (found through an index, not by bisection).
        const ProcessTree u = buildProcessTree({proc(50, 4000), proc(11, 10), proc(10, 1), proc(1, 0), proc(11, 1, QStringLiteral("dup"))});
        QCOMPARE(u.processes.size(), 4);
        QCOMPARE(u.depth.value(11), 2);
        QCOMPARE(u.parent.value(11), 10);
        QCOMPARE(u.parent.value(50), 0);
        QCOMPARE(u.index.value(1), 3); // input order kept
    }
};

QTEST_GUILESS_MAIN(TestProcessDiff)
#include "tst_processdiff.moc"
