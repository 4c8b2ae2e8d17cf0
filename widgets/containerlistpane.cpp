#include "containerlistpane.h"

#include "containerlister.h"
#include "containerlistmodel.h"
#include "engineevents.h"
#include "warninglabel.h"
#include "inspectionprovider.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace initbench {

ContainerListPane::ContainerListPane(QWidget *parent)
    : QWidget(parent), m_lister(std::make_unique<ContainerLister>()), m_model(new ContainerListModel(this)),
      m_view(new QTableView(this)), m_warnings(new WarningLabel(this)), m_engines(new QLabel(this)), m_timer(new QTimer(this)),
      m_soon(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("containerList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Names and states on one line each, wide enough to read ("building and booting").
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(ContainerListModel::Name, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ContainerListModel::State, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Containers"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_warnings->setTextFormat(Qt::PlainText); // engine messages: never rich text
    m_warnings->setWordWrap(true);
    m_warnings->hide();
    m_engines->setObjectName(QStringLiteral("engineStates"));
    m_engines->setTextFormat(Qt::PlainText);
    m_engines->setWordWrap(true);

    m_start = addListAction(tr("Start"), QStringLiteral("listStart"), tr("Start the selected stopped container and wait until it is ready"),
                            &ContainerListPane::startRequested);
    m_restart = addListAction(tr("Restart"), QStringLiteral("listRestart"), tr("Stop the selected container with its init's signal and start it again"),
                              &ContainerListPane::restartRequested);
    m_stop = addListAction(tr("Stop"), QStringLiteral("listStop"), tr("Stop the selected container with its init's own stop signal"),
                           &ContainerListPane::stopRequested);
    m_kill = addListAction(tr("Kill"), QStringLiteral("listKill"), tr("Kill the selected container (SIGKILL) without asking its init"),
                           &ContainerListPane::killRequested);
    m_terminal = addListAction(tr("Terminal"), QStringLiteral("listTerminal"), tr("Open a terminal in the selected running container"),
                               &ContainerListPane::terminalRequested);
    m_duplicate = addListAction(tr("Duplicate"), QStringLiteral("listDuplicate"),
                                tr("Open the profile the selected container was made from as a new profile"),
                                &ContainerListPane::duplicateRequested);
    m_remove = addListAction(tr("Remove"), QStringLiteral("listRemove"), tr("Remove the selected stopped container (its image stays)"),
                             &ContainerListPane::removeRequested);
    m_cancel = addListAction(tr("Cancel"), QStringLiteral("listCancel"),
                             tr("Stop the selected container's running operation (a build stops and keeps nothing)"),
                             &ContainerListPane::cancelRequested);

    auto *buttons = new QGridLayout;
    for (int i = 0; i < m_buttons.size(); ++i)
        buttons->addWidget(m_buttons.at(i), i / 4, i % 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_engines);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_warnings);
    layout->addLayout(buttons);

    // Changes made outside Initbench (a `docker stop` in a shell) show at the next listing.
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &ContainerListPane::refresh);
    m_soon->setSingleShot(true);
    m_soon->setInterval(200);
    connect(m_soon, &QTimer::timeout, this, &ContainerListPane::refresh);
    connect(m_lister.get(), &ContainerLister::listed, this, &ContainerListPane::showListed);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainerListPane::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const ContainerState *c = selected())
            emit containerSelected(c->name, c->engine);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContainerListPane::updateButtons);
    // Double-click: a terminal, where the container runs.
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_terminal->isEnabled())
            m_terminal->trigger();
    });
    updateButtons();
}

// One action for the selected container: in the view's context menu and as a button, which
// follows the action's enabled state.
QAction *ContainerListPane::addListAction(const QString &text, const QString &objectName, const QString &tip, Request request)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName + QStringLiteral("Action"));
    action->setToolTip(tip);
    connect(action, &QAction::triggered, this, [this, request] {
        if (const ContainerState *c = selected())
            emit(this->*request)(c->name, c->engine);
    });
    m_view->addAction(action);
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    m_buttons << button;
    return action;
}

ContainerListPane::~ContainerListPane()
{
    m_events.reset();
    m_lister.reset(); // waits for a listing that still uses the provider
}

void ContainerListPane::setProvider(std::unique_ptr<IInspectionProvider> provider)
{
    m_lister = std::make_unique<ContainerLister>();
    connect(m_lister.get(), &ContainerLister::listed, this, &ContainerListPane::showListed);
    m_provider = std::move(provider);
    m_lister->setProvider(m_provider.get());
    if (isVisible())
        refresh();
}

void ContainerListPane::setEvents(std::unique_ptr<EngineEvents> events)
{
    m_events = std::move(events);
    connect(m_events.get(), &EngineEvents::changed, m_soon, qOverload<>(&QTimer::start));
    connect(m_events.get(), &EngineEvents::watchingChanged, this, [this](bool all) { m_timer->setInterval(all ? 30000 : 2000); });
    if (isVisible())
        m_events->start();
}

void ContainerListPane::refresh()
{
    m_lister->refresh();
}

void ContainerListPane::setActivities(const QMap<QString, JobActivity> &activities)
{
    m_model->setActivities(activities);
    updateButtons();
}

void ContainerListPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
    if (m_events)
        m_events->start();
}

void ContainerListPane::hideEvent(QHideEvent *event)
{
    m_timer->stop(); // nothing is listed for a window nobody sees
    if (m_events)
        m_events->stop();
    QWidget::hideEvent(event);
}

void ContainerListPane::showListed(const QList<ContainerState> &containers, const QStringList &warnings,
                                   const QList<EngineStatus> &engines)
{
    m_model->setContainers(containers);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    showEngines(engines);
    updateButtons();
    emit listed(containers);
}

static QString shortState(const EngineStatus &s)
{
    switch (s.problem) {
    case EngineProblem::None: return ContainerListPane::tr("available");
    case EngineProblem::NotInstalled: return ContainerListPane::tr("not installed");
    case EngineProblem::DaemonNotRunning: return ContainerListPane::tr("daemon not running");
    case EngineProblem::PermissionDenied: return ContainerListPane::tr("permission denied");
    case EngineProblem::RootlessSetup: return ContainerListPane::tr("rootless setup incomplete");
    default: return ContainerListPane::tr("not answering");
    }
}

// One line with every engine's state (the fix for a problem is in the warnings above the
// buttons and in the tooltip); a change is said once in the status bar, so a dockerd that
// stops while the window is open, and comes back, is noticed.
void ContainerListPane::showEngines(const QList<EngineStatus> &engines)
{
    QStringList parts;
    QStringList fixes;
    for (const EngineStatus &s : engines) {
        parts << tr("%1: %2").arg(s.engine, shortState(s));
        if (!s.available() && s.problem != EngineProblem::NotInstalled)
            fixes << s.text();
    }
    m_engines->setText(tr("Engines: %1").arg(parts.join(QStringLiteral(" · "))));
    m_engines->setToolTip(fixes.join(QLatin1Char('\n')));
    if (engines == m_lastEngines)
        return;
    for (const EngineStatus &now : engines)
        for (const EngineStatus &before : std::as_const(m_lastEngines)) {
            if (before.engine != now.engine || before.problem == now.problem)
                continue;
            emit engineStateChanged(now.available() ? tr("%1 answers again").arg(now.engine) : now.text());
        }
    if (m_lastEngines.isEmpty())
        for (const EngineStatus &now : engines)
            if (!now.available() && now.problem != EngineProblem::NotInstalled)
                emit engineStateChanged(now.text());
    m_lastEngines = engines;
}

const ContainerState *ContainerListPane::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->container(rows.first().row());
}

void ContainerListPane::updateButtons()
{
    const ContainerState *c = selected();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool busy = c && m_model->isBusy(rows.first().row());
    const bool can = c && !busy && c->exists;
    m_cancel->setEnabled(busy);
    m_start->setEnabled(can && !c->running);
    m_restart->setEnabled(can && c->running);
    m_stop->setEnabled(can && c->running);
    m_kill->setEnabled(can && c->running);
    m_remove->setEnabled(can && !c->running);
    m_terminal->setEnabled(c && c->running); // a terminal is no operation: open while one runs
    m_duplicate->setEnabled(c && c->exists);
}

} // namespace initbench
