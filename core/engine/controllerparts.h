#pragma once
#include "catalog/catalog.h"
#include "engine/access/containeraccess.h"
#include "engine/builtimages.h"
#include "engine/engineregistry.h"
#include "engine/nspawn/nspawnmachines.h"
#include "process/icommandrunner.h"
#include "recipe/hostfacts.h"

#include <QString>

namespace initbench {

// What ContainerController's parts (ImageBuilder, BootSequence) work with: all of it owned by
// the controller, which outlives them.
struct ControllerParts
{
    ICommandRunner &runner;
    const Catalog &catalog;
    const HostFacts &host;
    QString dataDir;
    NspawnMachines &machines;
    const EngineRegistry &engines;
    ContainerAccess &access;
    BuiltImages &builtImages;
};

} // namespace initbench
