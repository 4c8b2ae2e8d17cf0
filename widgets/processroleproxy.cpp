#include "processroleproxy.h"

#include "processtreemodel.h"

#include <QFont>

namespace initbench {

ProcessRoleProxy::ProcessRoleProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ProcessTreeModel::SortRole);
    setDynamicSortFilter(true);
}

QString ProcessRoleProxy::tagFor(const QString &role, const QString &unit) const
{
    if (role == QLatin1String("init"))
        return tr("[init]");
    if (role == QLatin1String("supervisor"))
        return tr("[supervisor]");
    if (role == QLatin1String("unit"))
        return unit.isEmpty() ? tr("[unit]") : tr("[unit %1]").arg(unit);
    return {};
}

QVariant ProcessRoleProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::FontRole && !(role == Qt::DisplayRole && index.column() == ProcessTreeModel::Command))
        return QSortFilterProxyModel::data(index, role);
    const QString processRole = QSortFilterProxyModel::data(index, ProcessTreeModel::RoleRole).toString();
    if (processRole.isEmpty())
        return QSortFilterProxyModel::data(index, role);
    if (role == Qt::FontRole) {
        // Units carry their tag only: under systemd nearly every process is a unit's, and a
        // tree all in bold marks nothing.
        if (processRole == QLatin1String("unit"))
            return QSortFilterProxyModel::data(index, role);
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    // Only what is shown: sorting reads the source model, so the tag never changes the order.
    const QString unit = QSortFilterProxyModel::data(index, ProcessTreeModel::UnitRole).toString();
    return tagFor(processRole, unit) + QLatin1Char(' ') + QSortFilterProxyModel::data(index, role).toString();
}

} // namespace initbench
