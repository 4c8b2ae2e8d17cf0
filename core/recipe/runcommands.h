#pragma once
#include "catalog/catalog.h"
#include "recipe/buildplan.h"
#include "recipe/reciperequest.h"

namespace initbench {

// The command lines that make the image or root tree and boot it, one function per engine
// kind. They only build argument lists.
QList<PlannedCommand> imageBuildCommands(const QString &engine, const QString &image, const QString &contextDir,
                                         const QString &contextHash);
PlannedCommand containerRunCommand(const RecipeRequest &request, const InitVariant &init,
                                   const Catalog &catalog, const QString &image);

QList<PlannedCommand> nspawnTreeCommands(const RecipeRequest &request, const Distro &distro,
                                         const QString &image, const QString &rootTree, const QString &contextHash);

// The label that carries BuildPlan::contextHash on images.
inline QString contextLabel() { return QStringLiteral("io.initbench.context"); }
PlannedCommand nspawnRunCommand(const RecipeRequest &request, const InitVariant &init, const QString &rootTree);

} // namespace initbench
