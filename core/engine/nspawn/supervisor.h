#pragma once
#include <QString>

namespace initbench {

// Runs one nspawn machine for as long as it lives, detached from whoever started it:
// systemd-nspawn on a fresh pty (its --console=interactive console), the console's output
// appended to console.log, a restart when nspawn exits with 133 (the container rebooted:
// nspawn does not restart by itself), and state.json kept up to date. Returns the exit status
// of the last nspawn run. The process should already be detached (see detachFromCaller).
int superviseMachine(const QString &machineDir);

// Makes this process a session leader with stdio on /dev/null and no other inherited file
// descriptors, so a caller waiting on its pipes (a shell, ctest) is not held up.
void detachFromCaller();

} // namespace initbench
