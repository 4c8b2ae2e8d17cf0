#pragma once
#include <QStringList>

namespace initbench::cli {

int runWho(const QStringList &arguments);  // initbench who NAME [--json]
int runLast(const QStringList &arguments); // initbench last NAME [--json]

} // namespace initbench::cli
