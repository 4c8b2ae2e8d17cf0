// The Containers list with a scripted provider (the engines' side has its own tests with
// captured output): it lists off the GUI thread, follows changes made outside Initbench at its
// next listing and keeps the selection, offers Stop only for a running container and Remove only
// for a stopped one, and says which container an action is for.
#include "containerlistmodel.h"
#include "containerlistpane.h"
#include "inspectionprovider.h"

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
    QThread *listedOn = nullptr;
};

class ListOnlyProvider : public IInspectionProvider
{
public:
    explicit ListOnlyProvider(Shared *s) : m_s(s) {}
    QList<ContainerState> list(QStringList *warnings) override
    {
        QMutexLocker lock(&m_s->mutex);
        m_s->listedOn = QThread::currentThread();
        *warnings = m_s->warnings;
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

        // While another operation runs, no action is offered.
        pane.setOperationsEnabled(false);
        QVERIFY(!remove->isEnabled());
    }
};

QTEST_MAIN(TstContainerListPane)
#include "tst_containerlistpane.moc"
