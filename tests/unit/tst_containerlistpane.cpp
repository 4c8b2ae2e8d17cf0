// The Containers list with a scripted provider (the engines' side has its own tests with
// captured output): it lists off the GUI thread, follows changes made outside Initbench at its
// next listing and keeps the selection, offers Stop only for a running container and Remove only
// for a stopped one, and says which container an action is for.
#include "containerlistmodel.h"
#include "containerlistpane.h"
#include "engineevents.h"
#include "inspectionprovider.h"

#include <QAction>
#include <QLabel>
#include <QElapsedTimer>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace initbench;

namespace {

struct Shared {
    QMutex mutex;
    QList<ContainerState> containers;
    QStringList warnings;
    QList<EngineStatus> engines;
    QThread *listedOn = nullptr;
};

class ListOnlyProvider : public IInspectionProvider
{
public:
    explicit ListOnlyProvider(Shared *s) : m_s(s) {}
    QList<ContainerState> list(QStringList *warnings, QList<EngineStatus> *engines) override
    {
        QMutexLocker lock(&m_s->mutex);
        m_s->listedOn = QThread::currentThread();
        *warnings = m_s->warnings;
        if (engines)
            *engines = m_s->engines;
        return m_s->containers;
    }
    std::unique_ptr<IContainerInspection> inspect(const ContainerState &) override { return nullptr; }

private:
    Shared *m_s;
};

ContainerState container(const QString &name, const QString &engine, bool running, int port)
{
    ContainerState c;
    c.name = name;
    c.engine = engine;
    c.exists = true;
    c.running = running;
    c.status = running ? QStringLiteral("running") : QStringLiteral("exited");
    c.detail = running ? QStringLiteral("Up 3 minutes") : QStringLiteral("Exited (0) 1 minute ago");
    c.sshPort = port;
    return c;
}

} // namespace

class TstContainerListPane : public QObject
{
    Q_OBJECT
private slots:
    void listsActsAndFollowsChanges()
    {
        Shared s;
        s.containers = {container(QStringLiteral("web"), QStringLiteral("docker"), true, 2222),
                        container(QStringLiteral("alpha"), QStringLiteral("nspawn"), false, 0)};
        ContainerListPane pane;
        pane.setProvider(std::make_unique<ListOnlyProvider>(&s));
        pane.show();
        auto *view = pane.findChild<QTableView *>(QStringLiteral("containerList"));
        QVERIFY(view);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(s.listedOn && s.listedOn != QThread::currentThread());
        // Sorted by name; the SSH port is shown, "-" when there is none.
        QCOMPARE(view->model()->index(0, ContainerListModel::Name).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(view->model()->index(0, ContainerListModel::SshPort).data().toString(), QStringLiteral("-"));
        QCOMPARE(view->model()->index(1, ContainerListModel::SshPort).data().toInt(), 2222);

        auto *stop = pane.findChild<QPushButton *>(QStringLiteral("listStop"));
        auto *remove = pane.findChild<QPushButton *>(QStringLiteral("listRemove"));
        QVERIFY(!stop->isEnabled() && !remove->isEnabled()); // nothing selected
        view->selectRow(1); // web, running
        QVERIFY(stop->isEnabled() && !remove->isEnabled());
        QSignalSpy stopped(&pane, &ContainerListPane::stopRequested);
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.at(0).at(0).toString(), QStringLiteral("web"));
        QCOMPARE(stopped.at(0).at(1).toString(), QStringLiteral("docker"));

        // Stopped outside Initbench (`docker stop web` in a shell): the next listing, at most
        // 2 s later, shows it, with the selection kept and Remove offered instead of Stop.
        {
            QMutexLocker lock(&s.mutex);
            s.containers[0] = container(QStringLiteral("web"), QStringLiteral("docker"), false, 2222);
        }
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(1, ContainerListModel::State).data().toString(), QStringLiteral("exited"), 3000);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().row(), 1);
        QVERIFY(!stop->isEnabled() && remove->isEnabled());
        QSignalSpy removed(&pane, &ContainerListPane::removeRequested);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("web"));

        // While this container has an operation running, its state says what it does and no
        // action is offered for it.
        pane.setActivities({{QStringLiteral("web"), JobActivity{QStringLiteral("docker"), QStringLiteral("removing")}}});
        QVERIFY(!remove->isEnabled());
        QCOMPARE(view->model()->index(1, ContainerListModel::State).data().toString(), QStringLiteral("removing"));
        pane.setActivities({});
        QVERIFY(remove->isEnabled());
        QCOMPARE(view->model()->index(1, ContainerListModel::State).data().toString(), QStringLiteral("exited"));
    }

    // Each action is offered where it applies, as a button and in the view's context menu, and
    // says which container it is for.
    void everyActionWhereItApplies()
    {
        Shared s;
        s.containers = {container(QStringLiteral("up1"), QStringLiteral("podman"), true, 40001),
                        container(QStringLiteral("zz-down"), QStringLiteral("nspawn"), false, 0)};
        ContainerListPane pane;
        pane.setProvider(std::make_unique<ListOnlyProvider>(&s));
        pane.show();
        auto *view = pane.findChild<QTableView *>(QStringLiteral("containerList"));
        QTRY_COMPARE(view->model()->rowCount(), 2);
        const auto button = [&](const char *name) { return pane.findChild<QPushButton *>(QLatin1String(name)); };
        const QList<const char *> names{"listStart", "listRestart", "listStop", "listKill", "listRemove", "listTerminal", "listDuplicate", "listCancel"};
        for (const char *n : names) {
            QVERIFY2(button(n), n);
            QVERIFY2(!button(n)->isEnabled(), n); // nothing selected
        }
        QCOMPARE(view->actions().size(), names.size()); // the context menu has them all
        const auto enabled = [&] {
            QStringList on;
            for (const char *n : names)
                if (button(n)->isEnabled())
                    on << QLatin1String(n);
            return on;
        };
        QSignalSpy chosen(&pane, &ContainerListPane::containerSelected);
        view->selectRow(0); // up1, running
        QCOMPARE(chosen.size(), 1); // the tabs follow the list's choice
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("up1"));
        QCOMPARE(chosen.at(0).at(1).toString(), QStringLiteral("podman"));
        QCOMPARE(enabled(), QStringList({QStringLiteral("listRestart"), QStringLiteral("listStop"), QStringLiteral("listKill"),
                                         QStringLiteral("listTerminal"), QStringLiteral("listDuplicate")}));
        QSignalSpy killed(&pane, &ContainerListPane::killRequested);
        QSignalSpy restarted(&pane, &ContainerListPane::restartRequested);
        QSignalSpy terminal(&pane, &ContainerListPane::terminalRequested);
        QTest::mouseClick(button("listKill"), Qt::LeftButton);
        QTest::mouseClick(button("listRestart"), Qt::LeftButton);
        // A double-click opens a terminal in a running container.
        const QRect cell = view->visualRect(view->model()->index(0, 0));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, cell.center()); // a double-click's first press
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(killed.size(), 1);
        QCOMPARE(killed.at(0).at(0).toString(), QStringLiteral("up1"));
        QCOMPARE(killed.at(0).at(1).toString(), QStringLiteral("podman"));
        QCOMPARE(restarted.size(), 1);
        QCOMPARE(terminal.size(), 1);

        view->selectRow(1); // zz-down, stopped
        QCOMPARE(enabled(), QStringList({QStringLiteral("listStart"), QStringLiteral("listRemove"), QStringLiteral("listDuplicate")}));
        QSignalSpy started(&pane, &ContainerListPane::startRequested);
        QSignalSpy duplicated(&pane, &ContainerListPane::duplicateRequested);
        QTest::mouseClick(button("listStart"), Qt::LeftButton);
        for (QAction *a : view->actions())
            if (a->objectName() == QLatin1String("listDuplicateAction"))
                a->trigger(); // as the context menu does
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("zz-down"));
        QCOMPARE(duplicated.size(), 1);
        QCOMPARE(duplicated.at(0).at(1).toString(), QStringLiteral("nspawn"));

        // While its operation runs: a terminal and a duplicate still, no start or stop.
        view->selectRow(0);
        const JobActivity stopping{QStringLiteral("podman"), QStringLiteral("stopping")};
        pane.setActivities({{QStringLiteral("up1"), stopping}});
        QCOMPARE(enabled(), QStringList({QStringLiteral("listTerminal"), QStringLiteral("listDuplicate"), QStringLiteral("listCancel")}));
        QSignalSpy cancelled(&pane, &ContainerListPane::cancelRequested);
        QTest::mouseClick(button("listCancel"), Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.at(0).at(0).toString(), QStringLiteral("up1"));
        // Another container's operation leaves this one's actions alone.
        pane.setActivities({{QStringLiteral("zz-down"), JobActivity{QStringLiteral("nspawn"), QStringLiteral("starting")}}});
        QVERIFY(enabled().contains(QStringLiteral("listStop")));

        // A container being made has a row before any engine lists it, which offers nothing yet.
        pane.setActivities({{QStringLiteral("new1"), JobActivity{QStringLiteral("docker"), QStringLiteral("building and booting")}}});
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(0, ContainerListModel::Name).data().toString(), QStringLiteral("new1"));
        QCOMPARE(view->model()->index(0, ContainerListModel::Engine).data().toString(), QStringLiteral("docker"));
        QCOMPARE(view->model()->index(0, ContainerListModel::State).data().toString(), QStringLiteral("building and booting"));
        view->selectRow(0);
        QCOMPARE(enabled(), QStringList{QStringLiteral("listCancel")}); // its operation can be cancelled, nothing else
        pane.setActivities({});
        QCOMPARE(view->model()->rowCount(), 2);
    }

    // With the engines' event streams running, a change shows as soon as a stream reports it,
    // long before the 30 s the list then waits between listings of its own.
    void listedAgainOnAnEngineEvent()
    {
        Shared s;
        s.containers = {container(QStringLiteral("web"), QStringLiteral("docker"), true, 2222)};
        ContainerListPane pane;
        pane.setProvider(std::make_unique<ListOnlyProvider>(&s));
        // A stream that stays quiet for 1 s, then reports one event, then waits. The list would
        // otherwise show the change at its next listing of its own, 2 s after it was shown.
        const CommandLine stream{QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 1; echo container stop web; exec sleep 60")}, {}};
        auto events = std::make_unique<EngineEvents>(QList<CommandLine>{stream}, QStringList());
        EngineEvents *watcher = events.get();
        pane.setEvents(std::move(events));
        pane.show();
        auto *view = pane.findChild<QTableView *>(QStringLiteral("containerList"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(watcher->allWatched());
        QTest::qWait(300); // the listings that the start itself brings are over
        {
            QMutexLocker lock(&s.mutex);
            s.containers[0] = container(QStringLiteral("web"), QStringLiteral("docker"), false, 2222);
        }
        QElapsedTimer t;
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, ContainerListModel::State).data().toString(), QStringLiteral("exited"), 5000);
        QVERIFY2(t.elapsed() < 1400, qPrintable(QString::number(t.elapsed())));
    }

    // A stream that ends (its daemon stopped) is no longer watched: the list asks every 2 s again.
    void aStreamThatEndsIsNotWatched()
    {
        EngineEvents events({CommandLine{QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 0.2")}, {}}}, QStringList());
        QSignalSpy watching(&events, &EngineEvents::watchingChanged);
        events.start();
        QVERIFY(events.allWatched());
        QTRY_VERIFY(!watching.isEmpty() && !watching.constLast().at(0).toBool());
        QVERIFY(!events.allWatched());
    }

    // dockerd stops while the window is open, then comes back: the engines line says so at the
    // next listing, the status bar hears it once each way, and the fix is in the tooltip.
    void engineStoppedAndBack()
    {
        const EngineStatus up{QStringLiteral("docker"), EngineProblem::None, {}};
        const EngineStatus down{QStringLiteral("docker"), EngineProblem::DaemonNotRunning,
                                QStringLiteral("the docker daemon is not running: start it (sudo systemctl start docker, or run dockerd)")};
        const EngineStatus nspawn{QStringLiteral("nspawn"), EngineProblem::None, {}};
        Shared s;
        s.engines = {up, nspawn};
        ContainerListPane pane;
        QSignalSpy said(&pane, &ContainerListPane::engineStateChanged);
        pane.setProvider(std::make_unique<ListOnlyProvider>(&s));
        pane.show();
        auto *line = pane.findChild<QLabel *>(QStringLiteral("engineStates"));
        QVERIFY(line);
        QTRY_COMPARE(line->text(), QStringLiteral("Engines: docker: available · nspawn: available"));
        QCOMPARE(said.size(), 0);
        {
            QMutexLocker lock(&s.mutex);
            s.engines = {down, nspawn};
        }
        QTRY_COMPARE_WITH_TIMEOUT(line->text(), QStringLiteral("Engines: docker: daemon not running · nspawn: available"), 3000);
        QCOMPARE(line->toolTip(), down.text());
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.at(0).at(0).toString(), down.text());
        {
            QMutexLocker lock(&s.mutex);
            s.engines = {up, nspawn};
        }
        QTRY_COMPARE_WITH_TIMEOUT(said.size(), 2, 3000);
        QCOMPARE(said.at(1).at(0).toString(), QStringLiteral("docker answers again"));
        QCOMPARE(line->text(), QStringLiteral("Engines: docker: available · nspawn: available"));
    }
};

QTEST_MAIN(TstContainerListPane)
#include "tst_containerlistpane.moc"
