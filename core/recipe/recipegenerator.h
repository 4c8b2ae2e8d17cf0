#pragma once
#include "catalog/catalog.h"
#include "recipe/buildplan.h"
#include "recipe/reciperequest.h"

#include <QStringList>

namespace initbench {

struct RecipeResult {
    BuildPlan plan;
    QStringList errors; // validation problems; the plan is empty when there are any
    bool ok() const { return errors.isEmpty(); }
};

// Turns a profile into a build context and the commands that build and boot it. Pure: reads
// nothing from the machine beyond what the request says, runs nothing.
RecipeResult generateRecipe(const Catalog &catalog, const RecipeRequest &request);

// The image tag Initbench gives a profile's image.
QString imageTag(const QString &profileName);

} // namespace initbench
