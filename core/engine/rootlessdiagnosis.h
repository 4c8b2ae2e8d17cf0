#pragma once
#include "engine/enginediagnosis.h"

#include <optional>

namespace initbench {

// What a user without root is missing for rootless podman, read from podman's stderr: the ID
// mapping helpers (newuidmap), a subordinate UID/GID range, slirp4netns, or a /dev/net/tun
// slirp4netns may open. Each has one message saying how to fix it; nullopt when none applies.
std::optional<EngineDiagnosis> diagnoseRootlessSetup(const QString &stderrText);

} // namespace initbench
