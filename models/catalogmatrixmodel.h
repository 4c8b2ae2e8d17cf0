#pragma once
#include "catalog/catalog.h"

#include <QAbstractTableModel>

namespace initbench {

// The catalog as a table: one row per distro x init, one column per engine. Each cell says
// whether Initbench supports it; a refused cell carries its reason as the tooltip.
class CatalogMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int SupportedRole = Qt::UserRole + 1;

    explicit CatalogMatrixModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Catalog &m_catalog;
    QList<QPair<QString, QString>> m_rows; // distro id, init id
    QStringList m_engines;
};

} // namespace initbench
