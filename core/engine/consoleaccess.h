#pragma once
#include "process/commandline.h"

#include <QString>

namespace initbench {

// How to reach a running container's console: `docker|podman attach` (run it on a pty), or for
// nspawn the Unix socket its supervisor relays the console pty to.
struct ConsoleAccess {
    CommandLine attach;
    QString socketPath;
    QString detachKeys; // what the user presses to leave it, for the message
};

} // namespace initbench
