#pragma once
#include <QStringList>

namespace initbench::cli {

int runPs(const QStringList &arguments); // initbench ps NAME [--json]

} // namespace initbench::cli
