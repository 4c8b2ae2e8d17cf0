#pragma once
#include <QString>

namespace initbench {

// Where a docker/podman engine runs, as its own CLI would decide: DOCKER_HOST/CONTAINER_HOST,
// else docker's current context (DOCKER_CONTEXT, or currentContext in ~/.docker/config.json).
// Empty for the local default socket.
QString engineEndpoint(const QString &engine);

// A tcp:// or ssh:// endpoint: the engine's 127.0.0.1 and PIDs are another machine's, so the
// local fast paths (SSH probe on 127.0.0.1, entering the init with nsenter) are off.
bool engineIsRemote(const QString &engine);

} // namespace initbench
