#pragma once
#include <QString>

namespace initbench {

// Whether something already listens on 127.0.0.1:port (a bind there would fail).
bool loopbackPortInUse(int port);

// Connects to 127.0.0.1:port and waits up to timeoutMs for an SSH identification line
// ("SSH-2.0-..."). Returns that line, or an empty string.
QString readSshBanner(int port, int timeoutMs);

} // namespace initbench
