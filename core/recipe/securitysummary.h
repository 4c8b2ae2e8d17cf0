#pragma once
#include "recipe/buildplan.h"

#include <QStringList>

namespace initbench {

// What a plan's run command gives the container and keeps from it, one line each, for the
// review before a container is made: capabilities added, ports published (and where), what is
// mounted from the host, namespaces shared with the host, and whether its root is the host's.
// Read from the command itself, so it can only say what will really run.
QStringList securitySummary(const BuildPlan &plan);

} // namespace initbench
