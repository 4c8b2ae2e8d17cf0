#pragma once
#include "engine/progresssink.h"

#include <QString>

namespace initbench {

// How bringing a container up ended, and when it was ready.
struct UpResult {
    OpResult result;
    qint64 readyMs = 0; // from the start of the container to ready
    QString readyWhat;  // what "ready" meant: "OpenRC reached its default runlevel; SSH answers"
};

} // namespace initbench
