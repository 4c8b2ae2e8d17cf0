#pragma once
#include "catalog/catalog.h"

namespace initbench {

// Reads the catalog's YAML files into a Catalog. Internal to the catalog; use Catalog::load.
class CatalogLoader
{
public:
    explicit CatalogLoader(QString dir) : m_dir(std::move(dir)) {}
    Catalog load(QStringList *errors);

private:
    QString m_dir;
};

} // namespace initbench
