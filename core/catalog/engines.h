#pragma once
#include <QStringList>

namespace initbench {

// The engines Initbench drives, in the order "first available" is picked.
inline QStringList knownEngines()
{
    return {QStringLiteral("docker"), QStringLiteral("podman"), QStringLiteral("nspawn")};
}

} // namespace initbench
