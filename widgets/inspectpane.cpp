#include "inspectpane.h"

#include "containerlister.h"
#include "containermonitor.h"
#include "inspectionprovider.h"
#include "loginpane.h"
#include "processpane.h"
#include "servicespane.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include "plaintextwarning.h"
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace initbench {

static bool sameContainer(const ContainerState &a, const ContainerState &b)
{
    return a.name == b.name && a.engine == b.engine;
}

InspectPane::InspectPane(QWidget *parent)
    : QWidget(parent), m_lister(std::make_unique<ContainerLister>()), m_monitor(std::make_unique<ContainerMonitor>()),
      m_containers(new QComboBox(this)), m_refresh(new QPushButton(tr("Refresh"), this)), m_interval(new QSpinBox(this)),
      m_pause(new QPushButton(tr("Pause"), this)), m_timing(new QLabel(this)), m_banner(new QLabel(this)),
      m_tabs(new QTabWidget(this))
{
    m_containers->setObjectName(QStringLiteral("containerChooser"));
    m_containers->setMinimumContentsLength(24);
    m_containers->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_containers->setPlaceholderText(tr("(no running container)"));
    m_refresh->setToolTip(tr("List the running containers again and read the chosen one now"));
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setRange(1, 3600);
    m_interval->setValue(ContainerMonitor::kDefaultIntervalMs / 1000);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("How often the processes and logins are read (services and history every %1th time)")
                               .arg(ContainerMonitor::kSlowEvery));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_timing->setObjectName(QStringLiteral("timing"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Container names, warnings and errors from inside: never rich text.
    m_banner->setTextFormat(Qt::PlainText);
    m_timing->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e4; color: #8a1f11; border: 1px solid #e5a0a0; padding: 4px; }"));
    m_banner->hide();

    m_processPane = new ProcessPane(m_monitor->processes(), this);
    m_whoPane = new LoginPane(m_monitor->sessions(), SessionsModel::SortRole, this);
    m_lastPane = new LoginPane(m_monitor->history(), HistoryModel::SortRole, this);
    m_servicesPane = new ServicesPane(m_monitor->services(), ServicesModel::SortRole, this);
    m_whoPane->setObjectName(QStringLiteral("whoPane"));
    m_lastPane->setObjectName(QStringLiteral("lastPane"));
    m_tabs->addTab(m_processPane, tr("Processes"));
    m_tabs->addTab(m_whoPane, tr("Who"));
    m_tabs->addTab(m_lastPane, tr("Last"));
    m_tabs->addTab(m_servicesPane, tr("Services"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Container:"), this));
    controls->addWidget(m_containers, 1);
    controls->addWidget(m_refresh);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Every"), this));
    controls->addWidget(m_interval);
    controls->addWidget(m_pause);
    controls->addSpacing(12);
    controls->addWidget(m_timing);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(m_lister.get(), &ContainerLister::listed, this, &InspectPane::showContainers);
    connect(m_monitor.get(), &ContainerMonitor::failed, this, [this](const QString &message) { m_failure = message; });
    connect(m_monitor.get(), &ContainerMonitor::refreshed, this, &InspectPane::showReading);
    connect(m_containers, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_listed.size() && !sameContainer(m_listed.at(index), m_watched))
            watch(m_listed.at(index));
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] { refreshContainers(); });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) { m_monitor->setInterval(seconds * 1000); });
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        updateRunning(isVisible());
    });
}

InspectPane::~InspectPane() = default;

void InspectPane::setProvider(std::unique_ptr<IInspectionProvider> provider)
{
    // Readers of the old provider must be gone before it is: drop the watched container first,
    // and wait for a listing still running on it.
    unwatch({});
    m_lister = std::make_unique<ContainerLister>();
    connect(m_lister.get(), &ContainerLister::listed, this, &InspectPane::showContainers);
    m_provider = std::move(provider);
    m_lister->setProvider(m_provider.get());
    m_everListed = false;
    if (isVisible())
        refreshContainers();
}

void InspectPane::refreshContainers(const QString &preferred)
{
    if (!preferred.isEmpty())
        m_preferred = preferred;
    m_everListed = true;
    m_refresh->setEnabled(false);
    if (m_monitor->hasInspection())
        m_monitor->refreshNow();
    m_lister->refresh();
}

void InspectPane::showContainers(const QList<ContainerState> &containers, const QStringList &warnings)
{
    m_refresh->setEnabled(true);
    if (!m_watched.name.isEmpty()) {
        auto it = std::find_if(containers.cbegin(), containers.cend(), [this](const ContainerState &c) { return sameContainer(c, m_watched); });
        if (it == containers.cend())
            unwatch(tr("%1 is gone: %2 no longer lists it. Showing its last reading.").arg(m_watched.name, m_watched.engine));
        else if (!it->running)
            unwatch(tr("%1 has stopped (%2, exit status %3). Showing its last reading.").arg(m_watched.name, it->status).arg(it->exitCode));
        else if (it->id != m_watched.id || it->hostPid != m_watched.hostPid)
            watch(*it); // restarted or made anew: the old reader points at processes that are gone
    }

    m_listed.clear();
    for (const ContainerState &c : containers)
        if (c.running)
            m_listed << c;
    const QSignalBlocker block(m_containers);
    m_containers->clear();
    int select = -1;
    for (int i = 0; i < m_listed.size(); ++i) {
        const ContainerState &c = m_listed.at(i);
        m_containers->addItem(c.detail.isEmpty() ? tr("%1 (%2)").arg(c.name, c.engine) : tr("%1 (%2, %3)").arg(c.name, c.engine, c.detail));
        if (c.name == m_preferred || (select < 0 && sameContainer(c, m_watched)))
            select = i;
    }
    m_preferred.clear();
    m_containers->setToolTip(plainToolTip(warnings.join(QLatin1Char('\n'))));
    // A container that just stopped stays on screen with its banner; another is not picked for it.
    if (select < 0 && m_watched.name.isEmpty() && !m_showingStopped && !m_listed.isEmpty())
        select = 0;
    m_containers->setCurrentIndex(select);
    if (select >= 0 && !sameContainer(m_listed.at(select), m_watched))
        watch(m_listed.at(select));

    if (m_listed.isEmpty() && m_watched.name.isEmpty() && !m_showingStopped) {
        QStringList lines;
        lines << (m_provider ? tr("No running container made by Initbench. Build and boot one, then press Refresh.")
                             : tr("No container engine is set up in this window."));
        lines << warnings;
        showBanner(lines.join(QLatin1Char('\n')));
    }
}

void InspectPane::watch(const ContainerState &container)
{
    m_watched = container;
    m_failure.clear();
    m_failing = false;
    m_monitor->setInspection(m_provider ? m_provider->inspect(container) : nullptr);
    // The previous container's rows must not pass for this one's while the first reading runs.
    m_monitor->processes()->update(ProcessSnapshot{});
    m_monitor->sessions()->setRows({});
    m_monitor->history()->setRows({});
    m_monitor->services()->setRows({});
    m_processPane->showSource({});
    m_processPane->refit();
    m_whoPane->clear();
    m_lastPane->clear();
    m_servicesPane->clear();
    m_banner->hide();
    m_showingStopped = false;
    m_tabs->setEnabled(true);
    m_timing->setText(tr("Reading %1...").arg(container.name));
    if (m_monitor->isActive())
        m_monitor->refreshNow();
    updateRunning(isVisible());
}

void InspectPane::unwatch(const QString &banner)
{
    m_monitor->stop();
    m_monitor->setInspection(nullptr);
    m_watched = {};
    m_failing = false;
    m_showingStopped = !banner.isEmpty();
    if (!banner.isEmpty()) {
        showBanner(banner);
        m_timing->setText(tr("Stopped"));
        // Greyed, not cleared: what the container looked like last is still worth reading.
        m_tabs->setEnabled(false);
    }
}

void InspectPane::showReading()
{
    if (!m_failure.isEmpty()) {
        showBanner(tr("Cannot read the processes of %1: %2").arg(m_watched.name, m_failure));
        m_failure.clear();
        if (!m_failing) {
            m_failing = true;
            m_lister->refresh(); // has it stopped or gone? the listing says, and the banner then too
        }
    } else if (m_failing) {
        m_failing = false;
        m_banner->hide();
    }
    m_processPane->showSource(m_monitor->processSource());
    m_whoPane->showAnswer(m_monitor->lastWho());
    m_lastPane->showAnswer(m_monitor->lastHistory());
    m_servicesPane->showList(m_monitor->lastServices());
    m_timing->setText(tr("Last refresh %1, took %2 ms").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))).arg(m_monitor->lastRefreshMs()));
}

void InspectPane::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

void InspectPane::updateRunning(bool visible)
{
    const bool run = m_monitor->hasInspection() && !m_pause->isChecked() && visible;
    if (run && !m_monitor->isActive())
        m_monitor->start();
    else if (!run && m_monitor->isActive())
        m_monitor->stop();
    if (m_pause->isChecked() && m_monitor->hasInspection())
        m_timing->setText(tr("Paused"));
}

void InspectPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_everListed)
        refreshContainers();
    updateRunning(true);
}

void InspectPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateRunning(false);
}

} // namespace initbench
