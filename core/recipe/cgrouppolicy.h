#pragma once
#include "catalog/initsystem.h"
#include "recipe/reciperequest.h"

#include <QString>
#include <QStringList>

namespace initbench {

// How a docker container gets its cgroup tree, decided once from the init, the host and the
// profile. An init that creates its own cgroups (systemd) needs a writable tree; the host's
// whole tree is never handed over unless the profile asks for it by name.
struct CgroupPolicy {
    QStringList runArgs;  // for `docker run`
    QString refusal;      // not empty: the cell cannot run here, and why, with the ways out
    QString givesAway;    // not empty: what the profile's opt-in costs, said in the plan

    static CgroupPolicy decide(const RecipeRequest &request, const InitVariant &init);
};

} // namespace initbench
