#pragma once
#include <QStringList>

namespace initbench::cli {

// initbench console NAME: the container's console (what its init and getty print), attached to
// this terminal.
int runConsole(const QStringList &arguments);

} // namespace initbench::cli
