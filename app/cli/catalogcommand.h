#pragma once
#include <QStringList>

namespace initbench::cli {

// initbench catalog [--json]
int runCatalog(const QStringList &arguments);

} // namespace initbench::cli
