// The Inspect pane under the offscreen platform, fed by a scripted provider: the chooser lists
// the running containers, the views show the rows with the init's structure marked, each table
// says where it was read from and why it is empty, the interval and pause reach the monitor,
// and a container that stops says so. With INITBENCH_INSPECT_CONTAINER=NAME the last test reads a
// real running container through the engines and INITBENCH_SCREENSHOT=file.png keeps its pictures;
// INITBENCH_INSPECT_STOP=1 then stops that container and expects the pane to say so.
#include "containermonitor.h"
#include "gui/engineinspectionprovider.h"
#include "inspectpane.h"
#include "processroleproxy.h"
#include "processtreemodel.h"
#include "servicespane.h"
#include "util/apppaths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace initbench;

namespace {

ProcessInfo proc(qint64 pid, qint64 ppid, const QString &cmd, ProcessRole role = ProcessRole::Other, const QString &unit = {})
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
    p.role = role;
    p.unit = unit;
    return p;
}

ContainerState container(const QString &name, const QString &engine, bool running, int hostPid = 1001)
{
    ContainerState c;
    c.name = name;
    c.engine = engine;
    c.id = name + QStringLiteral("-id");
    c.exists = true;
    c.running = running;
    c.status = running ? QStringLiteral("running") : QStringLiteral("exited");
    c.hostPid = running ? hostPid : 0;
    c.profile = name;
    return c;
}

// What every container of the fake answers; the test changes it between refreshes.
struct Script {
    QMutex mutex;
    QList<ContainerState> containers;
    QStringList listWarnings;
    QList<ProcessInfo> procs;
    QString processError;
    LoginAnswer who, last;
    ServiceList services;
    QAtomicInt listCalls = 0;
};

class ScriptedInspection : public IContainerInspection
{
public:
    ScriptedInspection(Script *s, QString name) : m_s(s), m_name(std::move(name)) {}
    ProcessSnapshot processes() override
    {
        QMutexLocker lock(&m_s->mutex);
        ProcessSnapshot snap;
        snap.error = m_s->processError;
        if (snap.ok()) {
            snap.processes = m_s->procs;
            snap.source = QStringLiteral("scripted /proc of ") + m_name;
        }
        return snap;
    }
    LoginAnswer who() override
    {
        QMutexLocker lock(&m_s->mutex);
        return m_s->who;
    }
    LoginAnswer last() override
    {
        QMutexLocker lock(&m_s->mutex);
        return m_s->last;
    }
    ServiceList services() override
    {
        QMutexLocker lock(&m_s->mutex);
        return m_s->services;
    }

private:
    Script *m_s;
    QString m_name;
};

class ScriptedProvider : public IInspectionProvider
{
public:
    explicit ScriptedProvider(Script *s) : m_s(s) {}
    QList<ContainerState> list(QStringList *warnings, QList<EngineStatus> *) override
    {
        ++m_s->listCalls;
        QMutexLocker lock(&m_s->mutex);
        *warnings = m_s->listWarnings;
        return m_s->containers;
    }
    std::unique_ptr<IContainerInspection> inspect(const ContainerState &c) override
    {
        return std::make_unique<ScriptedInspection>(m_s, c.name);
    }

private:
    Script *m_s;
};

void fill(Script &s)
{
    s.containers = {container(QStringLiteral("old"), QStringLiteral("docker"), false), container(QStringLiteral("web"), QStringLiteral("docker"), true),
                    container(QStringLiteral("db"), QStringLiteral("podman"), true, 2001)};
    s.procs = {proc(1, 0, QStringLiteral("runit"), ProcessRole::Init), proc(20, 1, QStringLiteral("runsvdir -P /etc/service")),
               proc(30, 20, QStringLiteral("runsv sshd"), ProcessRole::Supervisor), proc(31, 30, QStringLiteral("/usr/sbin/sshd -D"), ProcessRole::UnitMain, QStringLiteral("ssh.service"))};
    LoginRecord root;
    root.type = LoginRecord::UserProcess;
    root.user = QStringLiteral("root");
    root.line = QStringLiteral("pts/0");
    root.host = QStringLiteral("172.17.0.1");
    root.time = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    s.who.backend = QStringLiteral("utmp");
    s.who.source = QStringLiteral("/run/utmp, glibc x86-64, through /proc/PID/root");
    s.who.sessions = {root};
    s.last.backend = QStringLiteral("wtmp");
    s.last.source = QStringLiteral("/var/log/wtmp, glibc x86-64, through /proc/PID/root");
    s.last.why = QStringLiteral("runit writes no boot record");
    s.last.warnings = {QStringLiteral("the last record is cut short")};
    s.services.init = QStringLiteral("runit");
    s.services.runlevel = QStringLiteral("default");
    s.services.command = QStringLiteral("sv status /etc/service/*");
    s.services.raw = QStringLiteral("run: sshd: (pid 31) 12s\ndown: cron: 3s\n");
    ServiceRow sshd;
    sshd.name = QStringLiteral("sshd");
    sshd.state = ServiceState::Running;
    sshd.pid = 31;
    sshd.detail = QStringLiteral("run: (pid 31) 12s");
    ServiceRow cron;
    cron.name = QStringLiteral("cron");
    cron.state = ServiceState::Stopped;
    s.services.rows = {sshd, cron};
}

template<typename T>
T *named(QWidget *w, const QString &name)
{
    return w->findChild<T *>(name);
}

QString labelIn(QWidget *pane, const QString &name)
{
    auto *l = pane->findChild<QLabel *>(name);
    return l && !l->isHidden() ? l->text() : QString();
}

} // namespace

class TstInspectPane : public QObject
{
    Q_OBJECT

private slots:
    void showsRowsSourcesAndWhy()
    {
        Script s;
        fill(s);
        InspectPane pane;
        pane.resize(1000, 600);
        pane.setProvider(std::make_unique<ScriptedProvider>(&s));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        // Only the running containers; the first is picked when nothing was asked for.
        auto *chooser = named<QComboBox>(&pane, QStringLiteral("containerChooser"));
        QTRY_COMPARE(chooser->count(), 2);
        QVERIFY(chooser->itemText(0).startsWith(QLatin1String("web (docker")));
        QCOMPARE(pane.watched().name, QStringLiteral("web"));

        auto *tree = pane.findChild<QTreeView *>();
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        const QModelIndex init = tree->model()->index(0, ProcessTreeModel::Command);
        QCOMPARE(init.data().toString(), QStringLiteral("[init] runit"));
        QVERIFY(init.data(Qt::FontRole).value<QFont>().bold());
        const QModelIndex runsvdir = tree->model()->index(0, 0, tree->model()->index(0, 0));
        QVERIFY(!runsvdir.data(Qt::FontRole).value<QFont>().bold());
        const QModelIndex runsv = tree->model()->index(0, ProcessTreeModel::Command, runsvdir.siblingAtColumn(0));
        QCOMPARE(runsv.data().toString(), QStringLiteral("[supervisor] runsv sshd"));
        QVERIFY(runsv.data(Qt::FontRole).value<QFont>().bold());
        const QModelIndex sshd = tree->model()->index(0, ProcessTreeModel::Command, runsv.siblingAtColumn(0));
        QCOMPARE(sshd.data().toString(), QStringLiteral("[unit ssh.service] /usr/sbin/sshd -D"));
        QVERIFY(!sshd.data(Qt::FontRole).value<QFont>().bold()); // tagged, not bold
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
        QVERIFY(tree->isExpanded(runsvdir)); // the whole tree opens expanded
        QTRY_COMPARE(labelIn(&pane, QStringLiteral("processSource")), QStringLiteral("Processes read from: scripted /proc of web"));

        auto *who = named<QWidget>(&pane, QStringLiteral("whoPane"));
        auto *whoTable = who->findChild<QTableView *>();
        QCOMPARE(whoTable->model()->rowCount(), 1);
        QCOMPARE(whoTable->model()->index(0, 0).data().toString(), QStringLiteral("root"));
        QVERIFY(labelIn(who, QStringLiteral("source")).contains(QLatin1String("/run/utmp, glibc x86-64")));
        QVERIFY(labelIn(who, QStringLiteral("why")).isEmpty()); // nothing to explain: hidden

        auto *last = named<QWidget>(&pane, QStringLiteral("lastPane"));
        QCOMPARE(last->findChild<QTableView *>()->model()->rowCount(), 0);
        QCOMPARE(labelIn(last, QStringLiteral("why")), QStringLiteral("Why: runit writes no boot record"));
        QCOMPARE(labelIn(last, QStringLiteral("warnings")), QStringLiteral("Warning: the last record is cut short"));
        QVERIFY(labelIn(last, QStringLiteral("source")).contains(QLatin1String("/var/log/wtmp")));
        // Text from a container is never rendered as rich text (a warning could carry "<img src=...>").
        for (QWidget *paneWithText : {who, last})
            for (const QLabel *l : paneWithText->findChildren<QLabel *>())
                QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->objectName()));
        QCOMPARE(named<QLabel>(&pane, QStringLiteral("processSource"))->textFormat(), Qt::PlainText);

        auto *services = pane.findChild<ServicesPane *>();
        QCOMPARE(services->view()->model()->rowCount(), 2);
        QCOMPARE(services->view()->model()->index(0, 1).data().toString(), QStringLiteral("running"));
        const QString summary = labelIn(services, QStringLiteral("summary"));
        QVERIFY2(summary.contains(QLatin1String("Init: runit")) && summary.contains(QLatin1String("runlevel: default"))
                     && summary.contains(QLatin1String("sv status")),
                 qPrintable(summary));
        QVERIFY(services->rawOutput()->isHidden());
        services->rawToggle()->setChecked(true);
        pane.findChild<QTabWidget *>()->setCurrentWidget(services);
        QVERIFY(services->rawOutput()->isVisible());
        QCOMPARE(services->rawOutput()->toPlainText(), s.services.raw);
        QVERIFY(labelIn(&pane, QStringLiteral("timing")).contains(QLatin1String(" ms")));
        QVERIFY(labelIn(&pane, QStringLiteral("banner")).isEmpty());
    }

    // Sorting goes through the model's numbers; a branch the user folded stays folded across
    // refreshes, while new processes arrive expanded.
    void sortsAndKeepsWhatTheUserFolded()
    {
        Script s;
        fill(s);
        InspectPane pane;
        pane.setProvider(std::make_unique<ScriptedProvider>(&s));
        pane.show();
        auto *tree = pane.findChild<QTreeView *>();
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        {
            QMutexLocker lock(&s.mutex);
            s.procs << proc(9, 1, QStringLiteral("sleep 100"));
        }
        pane.monitor()->refreshNow();
        const QPersistentModelIndex root = tree->model()->index(0, 0);
        QTRY_COMPARE(tree->model()->rowCount(root), 2);
        QCOMPARE(tree->model()->index(0, 0, root).data().toString(), QStringLiteral("9")); // 9 before 20: numbers, not text
        tree->sortByColumn(ProcessTreeModel::Pid, Qt::DescendingOrder);
        QCOMPARE(tree->model()->index(0, 0, root).data().toString(), QStringLiteral("20"));

        const QPersistentModelIndex runsvdir = tree->model()->index(0, 0, root);
        tree->collapse(runsvdir);
        {
            QMutexLocker lock(&s.mutex);
            s.procs << proc(40, 20, QStringLiteral("runsv cron"), ProcessRole::Supervisor) << proc(41, 40, QStringLiteral("cron -f"));
        }
        pane.monitor()->refreshNow();
        QTRY_COMPARE(tree->model()->rowCount(runsvdir), 2);
        QVERIFY(!tree->isExpanded(runsvdir));
        const QModelIndex runsvCron = tree->model()->index(0, 0, runsvdir); // descending: 40 first
        QCOMPARE(runsvCron.data().toString(), QStringLiteral("40"));
        QVERIFY(tree->isExpanded(runsvCron));
    }

    void intervalPauseAndVisibilityReachTheMonitor()
    {
        Script s;
        fill(s);
        InspectPane pane;
        pane.setProvider(std::make_unique<ScriptedProvider>(&s));
        ContainerMonitor *m = pane.monitor();
        auto *interval = named<QSpinBox>(&pane, QStringLiteral("refreshInterval"));
        QCOMPARE(interval->value(), 1);
        QCOMPARE(m->interval(), 1000);
        interval->setValue(3);
        QCOMPARE(m->interval(), 3000);

        QVERIFY(!m->isActive()); // hidden: nothing is read
        pane.show();
        QTRY_VERIFY(m->hasInspection());
        QVERIFY(m->isActive());
        auto *pause = named<QPushButton>(&pane, QStringLiteral("pauseButton"));
        pause->click();
        QVERIFY(!m->isActive());
        QCOMPARE(pause->text(), QStringLiteral("Resume"));
        QCOMPARE(labelIn(&pane, QStringLiteral("timing")), QStringLiteral("Paused"));
        pause->click();
        QVERIFY(m->isActive());
        QCOMPARE(pause->text(), QStringLiteral("Pause"));
        pane.hide();
        QVERIFY(!m->isActive());
        pane.show();
        QVERIFY(m->isActive());
    }

    // After Build and boot the window asks for the booted profile's container; when that one
    // stops, the pane says so, stops reading and keeps the last reading greyed.
    void preferredContainerThenItStops()
    {
        Script s;
        fill(s);
        InspectPane pane;
        pane.setProvider(std::make_unique<ScriptedProvider>(&s));
        pane.show();
        QTRY_COMPARE(pane.watched().name, QStringLiteral("web"));
        pane.refreshContainers(QStringLiteral("db"));
        QTRY_COMPARE(pane.watched().name, QStringLiteral("db"));
        QCOMPARE(named<QComboBox>(&pane, QStringLiteral("containerChooser"))->currentText().left(2), QStringLiteral("db"));
        QTRY_COMPARE(labelIn(&pane, QStringLiteral("processSource")), QStringLiteral("Processes read from: scripted /proc of db"));

        const int listsBefore = s.listCalls.loadRelaxed();
        {
            QMutexLocker lock(&s.mutex);
            s.processError = QStringLiteral("Error: no container with name or ID \"db\" found");
            s.containers[2].running = false;
            s.containers[2].status = QStringLiteral("exited");
            s.containers[2].exitCode = 0;
        }
        pane.monitor()->refreshNow();
        QTRY_VERIFY(labelIn(&pane, QStringLiteral("banner")).contains(QLatin1String("db has stopped (exited, exit status 0)")));
        QVERIFY(s.listCalls.loadRelaxed() > listsBefore); // the failure made it look again
        QVERIFY(!pane.monitor()->hasInspection());
        QVERIFY(!pane.monitor()->isActive());
        QVERIFY(!pane.findChild<QTabWidget *>()->isEnabled());
        QCOMPARE(pane.findChild<QTreeView *>()->model()->rowCount(), 1); // the last reading stays
        auto *chooser = named<QComboBox>(&pane, QStringLiteral("containerChooser"));
        QCOMPARE(chooser->count(), 1);      // web still runs
        QCOMPARE(chooser->currentIndex(), -1); // but is not picked in db's place

        {
            QMutexLocker lock(&s.mutex);
            s.containers.removeAt(2); // removed: the engine no longer lists it
            s.processError.clear();
        }
        chooser->setCurrentIndex(0);
        emit chooser->activated(0);
        QCOMPARE(pane.watched().name, QStringLiteral("web"));
        QVERIFY(labelIn(&pane, QStringLiteral("banner")).isEmpty());
        QVERIFY(pane.findChild<QTabWidget *>()->isEnabled());
        QTRY_COMPARE(labelIn(&pane, QStringLiteral("processSource")), QStringLiteral("Processes read from: scripted /proc of web"));

        {
            QMutexLocker lock(&s.mutex);
            s.containers.removeAt(1);
            s.processError = QStringLiteral("Error response from daemon: No such container: web");
        }
        pane.monitor()->refreshNow();
        QTRY_VERIFY(labelIn(&pane, QStringLiteral("banner")).contains(QLatin1String("web is gone: docker no longer lists it")));
    }

    void saysWhyNothingIsShown()
    {
        Script s;
        s.listWarnings = {QStringLiteral("podman: the engine does not answer")};
        InspectPane pane;
        pane.setProvider(std::make_unique<ScriptedProvider>(&s));
        pane.show();
        QTRY_VERIFY(labelIn(&pane, QStringLiteral("banner")).contains(QLatin1String("No running container made by Initbench")));
        QVERIFY(labelIn(&pane, QStringLiteral("banner")).contains(QLatin1String("podman: the engine does not answer")));
        QVERIFY(!pane.monitor()->hasInspection());

        InspectPane bare; // no provider: no engine in this window
        bare.show();
        QTRY_VERIFY(labelIn(&bare, QStringLiteral("banner")).contains(QLatin1String("No container engine is set up")));
    }

    // A real container, read through the engines (skipped unless asked for): the picture to
    // look at, and the source line of a real reading.
    void realContainer()
    {
        const QString name = qEnvironmentVariable("INITBENCH_INSPECT_CONTAINER");
        if (name.isEmpty())
            QSKIP("set INITBENCH_INSPECT_CONTAINER=NAME (a running container Initbench made) to read it");
        static const Catalog catalog = Catalog::builtin();
        InspectPane pane;
        pane.resize(1100, 640);
        pane.setProvider(std::make_unique<EngineInspectionProvider>(catalog, HostFacts::detect(AppPaths::dataDir()), AppPaths::dataDir()));
        pane.show();
        pane.refreshContainers(name);
        QTRY_VERIFY_WITH_TIMEOUT(pane.watched().name == name, 30000);
        auto *tree = pane.findChild<QTreeView *>();
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!labelIn(pane.findChild<ServicesPane *>(), QStringLiteral("summary")).startsWith(QLatin1String("Not read")), 60000);
        for (int r = 0; r < tree->model()->rowCount(); ++r)
            qInfo().noquote() << tree->model()->index(r, ProcessTreeModel::Pid).data().toString() << tree->model()->index(r, ProcessTreeModel::HostPid).data().toString()
                              << tree->model()->index(r, ProcessTreeModel::Command).data().toString();
        QCOMPARE(tree->model()->index(0, ProcessTreeModel::Pid).data().toString(), QStringLiteral("1"));
        QVERIFY(tree->model()->index(0, ProcessTreeModel::Command).data().toString().startsWith(QLatin1String("[init]")));
        qInfo().noquote() << labelIn(&pane, QStringLiteral("processSource")) << "|" << labelIn(&pane, QStringLiteral("timing"));
        if (const QString path = qEnvironmentVariable("INITBENCH_SCREENSHOT"); !path.isEmpty()) {
            auto *tabs = pane.findChild<QTabWidget *>();
            const QString base = path.chopped(4);
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                if (auto *sp = qobject_cast<ServicesPane *>(tabs->widget(i)))
                    sp->rawToggle()->setChecked(true);
                QTest::qWait(100);
                pane.grab().toImage().save(i == 0 ? path : QStringLiteral("%1-%2.png").arg(base).arg(i));
            }
        }
        // INITBENCH_INSPECT_STOP=1 stops the container under the pane's eyes: it must say so.
        if (qEnvironmentVariableIntValue("INITBENCH_INSPECT_STOP") == 1) {
            pane.findChild<QTabWidget *>()->setCurrentIndex(0);
            QCOMPARE(QProcess::execute(pane.watched().engine, {QStringLiteral("stop"), name}), 0);
            QTRY_VERIFY_WITH_TIMEOUT(labelIn(&pane, QStringLiteral("banner")).contains(name), 30000);
            qInfo().noquote() << labelIn(&pane, QStringLiteral("banner"));
            if (const QString path = qEnvironmentVariable("INITBENCH_SCREENSHOT"); !path.isEmpty())
                pane.grab().toImage().save(path.chopped(4) + QStringLiteral("-stopped.png"));
        }
    }
};

QTEST_MAIN(TstInspectPane)
#include "tst_inspectpane.moc"
