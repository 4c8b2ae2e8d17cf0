#include "containerlistmodel.h"

#include <algorithm>

namespace initbench {

static bool sameContainer(const ContainerState &a, const ContainerState &b)
{
    return a.engine == b.engine && a.name == b.name;
}

void ContainerListModel::setContainers(const QList<ContainerState> &containers)
{
    m_listed = containers;
    showRows();
}

void ContainerListModel::setActivities(const QMap<QString, JobActivity> &activities)
{
    m_activities = activities;
    showRows();
}

bool ContainerListModel::isBusy(int row) const
{
    const ContainerState *c = container(row);
    return c && m_activities.contains(c->name);
}

void ContainerListModel::showRows()
{
    QList<ContainerState> containers = m_listed;
    // A container being made has no engine record yet: a row of its own until it has.
    for (auto it = m_activities.cbegin(); it != m_activities.cend(); ++it) {
        const bool listed = std::any_of(m_listed.cbegin(), m_listed.cend(), [&](const ContainerState &c) { return c.name == it.key(); });
        if (!listed) {
            ContainerState pending;
            pending.name = it.key();
            pending.engine = it.value().engine;
            containers << pending;
        }
    }
    std::sort(containers.begin(), containers.end(), [](const ContainerState &a, const ContainerState &b) {
        return a.name == b.name ? a.engine < b.engine : a.name < b.name;
    });
    const bool sameRows = containers.size() == m_rows.size()
                          && std::equal(containers.cbegin(), containers.cend(), m_rows.cbegin(), sameContainer);
    if (!sameRows) {
        beginResetModel();
        m_rows = containers;
        endResetModel();
        return;
    }
    // The same containers: only their state changed, and views keep their selection.
    m_rows = containers;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const ContainerState *ContainerListModel::container(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ContainerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerListModel::data(const QModelIndex &index, int role) const
{
    const ContainerState *c = container(index.row());
    if (!c || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return c->name;
    case Engine: return c->engine;
    case State: return m_activities.contains(c->name) ? m_activities.value(c->name).what : c->status;
    case SshPort: return c->sshPort > 0 ? QVariant(c->sshPort) : QVariant(QStringLiteral("-"));
    case Status: return c->detail;
    default: return {};
    }
}

QVariant ContainerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Engine: return tr("Engine");
    case State: return tr("State");
    case SshPort: return tr("SSH port");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace initbench
