#pragma once
#include "engine/enginediagnosis.h"

#include <QString>

namespace initbench {

// How one engine answered when the containers were listed: available, or what is wrong with
// it and how to fix that (the daemon is down: start it; permission denied on the socket: join
// the group...), so the list can say why an engine's containers are missing.
struct EngineStatus {
    QString engine;                               // docker | podman | nspawn
    EngineProblem problem = EngineProblem::None;  // None: it answered
    QString message;                              // empty when it answered

    bool available() const { return problem == EngineProblem::None; }
    QString text() const { return available() ? engine : QStringLiteral("%1: %2").arg(engine, message); }
    bool operator==(const EngineStatus &o) const { return engine == o.engine && problem == o.problem && message == o.message; }
};

} // namespace initbench
