#include "engine/standardengines.h"
#include "engine/dockercliengine.h"
#include "engine/nspawn/nspawnengine.h"

namespace initbench {

void addStandardEngines(EngineRegistry &registry, ICommandRunner &runner, NspawnMachines &machines)
{
    registry.add(std::make_unique<DockerCliEngine>(QStringLiteral("docker"), runner));
    registry.add(std::make_unique<DockerCliEngine>(QStringLiteral("podman"), runner));
    registry.add(std::make_unique<NspawnEngine>(machines));
}

} // namespace initbench
