#include "containerlistpane.h"

#include "containerlister.h"
#include "containerlistmodel.h"
#include "inspectionprovider.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace initbench {

ContainerListPane::ContainerListPane(QWidget *parent)
    : QWidget(parent), m_lister(std::make_unique<ContainerLister>()), m_model(new ContainerListModel(this)),
      m_view(new QTableView(this)), m_warnings(new QLabel(this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_timer(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("containerList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Containers"));
    m_warnings->setTextFormat(Qt::PlainText); // engine messages: never rich text
    m_warnings->setWordWrap(true);
    m_warnings->hide();
    m_stop->setObjectName(QStringLiteral("listStop"));
    m_remove->setObjectName(QStringLiteral("listRemove"));
    m_stop->setToolTip(tr("Stop the selected container with its init's own stop signal"));
    m_remove->setToolTip(tr("Remove the selected stopped container (its image stays)"));
    m_stop->setAccessibleName(tr("Stop the selected container"));
    m_remove->setAccessibleName(tr("Remove the selected container"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_warnings);
    layout->addLayout(buttons);

    // Changes made outside Initbench (a `docker stop` in a shell) show at the next listing.
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &ContainerListPane::refresh);
    connect(m_lister.get(), &ContainerLister::listed, this, &ContainerListPane::showListed);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainerListPane::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContainerListPane::updateButtons);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (const ContainerState *c = selected())
            emit stopRequested(c->name, c->engine);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const ContainerState *c = selected())
            emit removeRequested(c->name, c->engine);
    });
    updateButtons();
}

ContainerListPane::~ContainerListPane()
{
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

void ContainerListPane::refresh()
{
    m_lister->refresh();
}

void ContainerListPane::setOperationsEnabled(bool enabled)
{
    m_operationsEnabled = enabled;
    updateButtons();
}

void ContainerListPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void ContainerListPane::hideEvent(QHideEvent *event)
{
    m_timer->stop(); // nothing is listed for a window nobody sees
    QWidget::hideEvent(event);
}

void ContainerListPane::showListed(const QList<ContainerState> &containers, const QStringList &warnings)
{
    m_model->setContainers(containers);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    updateButtons();
}

const ContainerState *ContainerListPane::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->container(rows.first().row());
}

void ContainerListPane::updateButtons()
{
    const ContainerState *c = selected();
    m_stop->setEnabled(m_operationsEnabled && c && c->running);
    m_remove->setEnabled(m_operationsEnabled && c && !c->running);
}

} // namespace initbench
