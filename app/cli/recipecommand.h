#pragma once
#include <QStringList>

namespace initbench::cli {

// initbench recipe PROFILE [--engine E] --out DIR
int runRecipe(const QStringList &arguments);

} // namespace initbench::cli
