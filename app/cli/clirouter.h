#pragma once
#include <QStringList>

namespace initbench::cli {

// The headless subcommands. isCliInvocation says whether arguments ask for one (or for
// --help/--version); anything else starts the GUI.
bool isCliInvocation(const QStringList &arguments);
int runCli(const QStringList &arguments);
QString topLevelHelp();

} // namespace initbench::cli
