#pragma once
#include "recipe/buildplan.h"

#include <QString>

namespace initbench {

// Writes a plan's build context into dir. The files are written to a fresh sibling folder
// first and swapped in at the end, so a failure leaves dir as it was. A dir that exists, is not
// empty and was not written by Initbench is refused: the user's files are never overwritten.
// Returns an empty string on success, else the reason.
QString writeBuildContext(const BuildPlan &plan, const QString &dir);

// Empty when dir may receive a build context (missing, empty, or an earlier context),
// otherwise why not. writeBuildContext checks the same before it writes anything.
QString checkContextTarget(const QString &dir);

// The plan's commands as a copyable text, one "# step" comment and one command per step.
QString planCommandsText(const BuildPlan &plan);

// The marker file that tells a build context from any other folder.
inline const char *contextMarkerName() { return ".initbench-context"; }

} // namespace initbench
