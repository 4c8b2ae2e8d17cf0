#pragma once
#include <QStringList>

namespace initbench::cli {

int runServices(const QStringList &arguments); // initbench services NAME [--json] [--init ID]
int runInit(const QStringList &arguments);     // initbench init NAME [--json]

} // namespace initbench::cli
