#pragma once
#include "engine/engineregistry.h"
#include "engine/nspawn/nspawnmachines.h"
#include "process/icommandrunner.h"

namespace initbench {

// The engines Initbench ships with, in the order they are asked: docker, podman, nspawn. A new
// engine is added here and nowhere else.
void addStandardEngines(EngineRegistry &registry, ICommandRunner &runner, NspawnMachines &machines);

} // namespace initbench
