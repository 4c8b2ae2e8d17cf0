#pragma once
#include "profile/profile.h"
#include "recipe/hostfacts.h"

#include <QString>

namespace initbench {

struct RecipeRequest {
    Profile profile;     // engine taken from profile.engine
    QString contextDir;  // absolute folder the build context is written to
    HostFacts host;
};

} // namespace initbench
