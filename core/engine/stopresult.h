#pragma once
#include "engine/progresssink.h"

namespace initbench {

// How a container stopped (down, or the stop half of restart).
struct DownResult {
    OpResult result;
    bool clean = false;  // the init shut down by itself on its stop signal
    qint64 elapsedMs = 0;
    int exitCode = 0;
    bool wasRunning = true;
};

} // namespace initbench
