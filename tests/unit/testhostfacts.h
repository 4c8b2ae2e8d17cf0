#pragma once
// The host the widget tests make recipes for: Debian 12's cgroup v1 with user namespaces, its
// state in the test's own folder.
#include "recipe/hostfacts.h"

#include <QString>

inline initbench::HostFacts testHostFacts(const QString &stateDir)
{
    initbench::HostFacts h;
    h.cgroupVersion = 1;
    h.userNamespaces = true;
    h.stateDir = stateDir;
    return h;
}
