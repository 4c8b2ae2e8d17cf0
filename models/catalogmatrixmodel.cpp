#include "catalogmatrixmodel.h"

#include "catalog/engines.h"

namespace initbench {

CatalogMatrixModel::CatalogMatrixModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_engines(knownEngines())
{
    for (const Distro &d : catalog.distros())
        for (const InitSystem &i : catalog.inits())
            m_rows.append({d.id, i.id});
}

int CatalogMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_engines.size()) + 2;
}

QVariant CatalogMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &[distro, init] = m_rows.at(index.row());
    if (index.column() < 2) {
        if (role != Qt::DisplayRole)
            return {};
        return index.column() == 0 ? distro : init;
    }
    const Cell cell = m_catalog.cell(distro, init, m_engines.at(index.column() - 2));
    switch (role) {
    case Qt::DisplayRole: return cell.supported ? tr("supported") : tr("refused");
    case Qt::ToolTipRole: return cell.supported ? tr("Initbench has a recipe for this combination") : cell.reason;
    case SupportedRole: return cell.supported;
    default: return {};
    }
}

QVariant CatalogMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0) return tr("Distro");
    if (section == 1) return tr("Init");
    return m_engines.value(section - 2);
}

} // namespace initbench
