#pragma once
#include "process/commandresult.h"

#include <QString>

namespace initbench {

// Why an engine command failed, in words a user can act on.
// RootlessSetup: rootless podman lacks part of its setup (ID mapping, subordinate IDs, network helper).
enum class EngineProblem { None, NotInstalled, DaemonNotRunning, PermissionDenied, RootlessSetup, NoSuchContainer, NoSuchImage, NameInUse, Other };

struct EngineDiagnosis {
    EngineProblem problem = EngineProblem::None;
    QString message;
};

// Reads a failed docker/podman command's outcome and stderr. engine is "docker" or "podman".
EngineDiagnosis diagnoseEngineFailure(const QString &engine, const CommandResult &result);

} // namespace initbench
