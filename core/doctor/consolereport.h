#pragma once
#include <QString>

namespace initbench {

// How a failed boot's console reaches the user: its last lines, then what the boot doctor
// recognises anywhere in it (harmless noise left out: the user wants the cause).
QString consoleReport(const QString &console, int shownLines);

} // namespace initbench
