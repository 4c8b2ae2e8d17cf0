#include "processpane.h"

#include "processroleproxy.h"
#include "processtreemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace initbench {

ProcessPane::ProcessPane(ProcessTreeModel *model, QWidget *parent)
    : QWidget(parent), m_source(new QLabel(this)), m_view(new QTreeView(this)), m_proxy(new ProcessRoleProxy(this))
{
    m_source->setObjectName(QStringLiteral("processSource"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProcessTreeModel::Pid, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    m_view->expandAll();
    // New processes open expanded; one the user folded stays folded, since a refresh only
    // inserts and removes rows (never resets).
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProcessPane::expandInserted);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_view, 1);
    showSource({});
}

void ProcessPane::expandInserted(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_view->expand(m_proxy->index(row, 0, parent));
}

void ProcessPane::showSource(const QString &source)
{
    m_source->setText(source.isEmpty() ? tr("Processes: not read yet.") : tr("Processes read from: %1").arg(source));
    // Once per container, not every refresh: fitting walks every row, and the user's own
    // column widths must survive the next second.
    if (!m_fitted && m_proxy->rowCount() > 0) {
        m_fitted = true;
        for (int column = 0; column < ProcessTreeModel::Command; ++column)
            m_view->resizeColumnToContents(column);
    }
}

} // namespace initbench
