// The process tree model under QAbstractItemModelTester, fed snapshot after snapshot: it must
// follow every add, move, remove and change without a reset, and persistent indexes survive.
#include "processtreemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace initbench;

namespace {

ProcessInfo proc(qint64 id, qint64 parent, quint64 start = 100)
{
    ProcessInfo p;
    p.id = p.hostPid = id;
    p.pid = id;
    p.parentId = parent;
    p.startTicks = start;
    p.command = QStringLiteral("cmd %1").arg(id);
    p.user = QStringLiteral("root");
    return p;
}

ProcessSnapshot snap(const QList<ProcessInfo> &processes)
{
    ProcessSnapshot s;
    s.source = QStringLiteral("fake");
    s.processes = processes;
    return s;
}

// The model's tree as "id(child,child)" to compare with what a snapshot says.
QString shape(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, ProcessTreeModel::HostPid, parent);
        QString s = i.data().toString();
        if (m.rowCount(i.siblingAtColumn(0)) > 0)
            s += QLatin1Char('(') + shape(m, i.siblingAtColumn(0)) + QLatin1Char(')');
        parts << s;
    }
    return parts.join(QLatin1Char(','));
}

QString expectedShape(const QList<ProcessInfo> &processes)
{
    const ProcessTree t = buildProcessTree(processes);
    std::function<QString(qint64)> of = [&](qint64 parent) {
        QList<qint64> children;
        for (const ProcessInfo &p : t.processes)
            if (t.parent.value(p.id) == parent)
                children << p.id;
        std::sort(children.begin(), children.end());
        QStringList parts;
        for (qint64 c : children) {
            const QString sub = of(c);
            parts << (sub.isEmpty() ? QString::number(c) : QStringLiteral("%1(%2)").arg(c).arg(sub));
        }
        return parts.join(QLatin1Char(','));
    };
    return of(0);
}

} // namespace

class TestProcessTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void followsSnapshotsWithoutReset()
    {
        ProcessTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        model.update(snap({proc(1, 0), proc(10, 1), proc(11, 10), proc(12, 10), proc(20, 1)}));
        QCOMPARE(shape(model), QStringLiteral("1(10(11,12),20)"));
        QCOMPARE(model.source(), QStringLiteral("fake"));

        QPersistentModelIndex twelve = model.indexOf({12, 100});
        QPersistentModelIndex twenty = model.indexOf({20, 100});
        QVERIFY(twelve.isValid());
        // 10 dies: its children are reparented to 1 (moves), 30 appears under 20.
        model.update(snap({proc(1, 0), proc(11, 1), proc(12, 1), proc(20, 1), proc(30, 20)}));
        QCOMPARE(shape(model), QStringLiteral("1(11,12,20(30))"));
        QVERIFY(twelve.isValid());
        QCOMPARE(QModelIndex(twelve).siblingAtColumn(ProcessTreeModel::HostPid).data().toString(), QStringLiteral("12"));
        QCOMPARE(twelve.parent(), model.indexOf({1, 100}));
        QCOMPARE(twenty.row(), 2);
        QCOMPARE(moves.size(), 2);

        // A change shows, and the PID reused by a new process is another row.
        ProcessInfo busy = proc(11, 1);
        busy.cpuPercent = 42.0;
        busy.rssKb = 2048;
        model.update(snap({proc(1, 0), busy, proc(12, 1, 555), proc(20, 1)}));
        QCOMPARE(shape(model), QStringLiteral("1(11,12,20)"));
        QCOMPARE(model.index(0, ProcessTreeModel::Cpu, model.index(0, 0)).data().toString(), QStringLiteral("42.0"));
        QCOMPARE(model.index(0, ProcessTreeModel::Memory, model.index(0, 0)).data().toString(), QStringLiteral("2.0 MiB"));
        QVERIFY(!twelve.isValid()); // the old process 12 is gone
        QVERIFY(twenty.isValid());
        QCOMPARE(resets.size(), 0);
    }

    void randomSnapshotsKeepTheTreeRight()
    {
        // Random trees one after the other; after each update the model's shape equals the snapshot's.
        ProcessTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(4242);
        QList<ProcessInfo> current{proc(1, 0)};
        for (int round = 0; round < 60; ++round) {
            QList<ProcessInfo> next;
            for (const ProcessInfo &p : current)
                if (p.id == 1 || rng.bounded(6) != 0)
                    next << p;
            for (int i = rng.bounded(6); i > 0; --i) { // newcomers under random live processes
                const qint64 parent = next.at(rng.bounded(int(next.size()))).id;
                next << proc(2 + rng.bounded(60), parent, rng.bounded(3) + 100);
            }
            for (ProcessInfo &p : next) {
                if (p.id != 1 && rng.bounded(8) == 0) // reparent to any id, even a missing or looping one
                    p.parentId = next.at(rng.bounded(int(next.size()))).id;
                if (rng.bounded(3) == 0)
                    p.cpuPercent = rng.bounded(100);
            }
            const ProcessTree clean = buildProcessTree(next);
            model.update(snap(clean.processes));
            QCOMPARE(shape(model), expectedShape(clean.processes));
            current = clean.processes;
        }
    }

    void rolesAndHeaders()
    {
        ProcessTreeModel model;
        ProcessInfo init = proc(1, 0);
        init.role = ProcessRole::Init;
        ProcessInfo sshd = proc(5, 1);
        sshd.unit = QStringLiteral("ssh.service");
        sshd.role = ProcessRole::UnitMain;
        sshd.pid = 0;
        model.update(snap({init, sshd}));
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data(ProcessTreeModel::RoleRole).toString(), QStringLiteral("init"));
        const QModelIndex child = model.index(0, ProcessTreeModel::Command, root);
        QCOMPARE(child.data(ProcessTreeModel::UnitRole).toString(), QStringLiteral("ssh.service"));
        QVERIFY(child.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ssh.service")));
        QCOMPARE(model.index(0, ProcessTreeModel::Pid, root).data().toString(), QStringLiteral("?"));
        QCOMPARE(model.headerData(ProcessTreeModel::HostPid, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Host PID"));

        // A failed refresh keeps the rows shown.
        ProcessSnapshot failed;
        failed.source = QStringLiteral("docker top");
        failed.error = QStringLiteral("daemon down");
        model.update(failed);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.source(), QStringLiteral("docker top"));
    }
};

QTEST_GUILESS_MAIN(TestProcessTreeModel)
#include "tst_processtreemodel.moc"
