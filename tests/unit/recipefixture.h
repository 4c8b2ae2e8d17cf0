#pragma once
// Shared by the recipe tests: fixed host facts (a cgroup v1 host whose PID 1 is not systemd,
// as on the build machines) and a profile that uses everything a cell offers.
#include "catalog/catalog.h"
#include "recipe/recipegenerator.h"

namespace initbench::test {

inline HostFacts fixedHost()
{
    HostFacts h;
    h.cgroupVersion = 1;
    h.pid1IsSystemd = false;
    h.exportEngine = QStringLiteral("docker");
    h.stateDir = QStringLiteral("/var/lib/initbench");
    h.userNamespaces = true;
    h.podmanUlimits = {QStringLiteral("nofile=20000:20000"), QStringLiteral("nproc=96365:96365")};
    return h;
}

inline const char *testHash() { return "$6$goldensalt$4x0ZrVqTq5cX7z4o2mHhF8Q0mYkqgJ3b6S6pQ5j1QmF0cHh7kVZbq8v3W9x1aYyQm0tU3eL2gkRw9J0uX1dP5."; }
inline const char *testKey() { return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGoldenTestKeyDoNotUseAnywhereElse0000000 initbench-test"; }

// A profile for one cell with every service the cell supports, keys, a password hash, a user.
inline Profile fullProfile(const Catalog &catalog, const Cell &cell)
{
    Profile p;
    p.name = QStringLiteral("golden");
    p.distro = cell.distro;
    p.init = cell.init;
    p.engine = cell.engine;
    for (const Service &s : catalog.services())
        if (catalog.serviceRefusal(s.id, cell.distro, cell.init, cell.engine).isEmpty())
            p.services << s.id;
    p.sshPort = 2222; // named: a profile without one gets its port when the container is made
    p.timezone = QStringLiteral("Europe/Berlin");
    p.root.keys = {QString::fromLatin1(testKey())};
    p.root.passwordHash = QString::fromLatin1(testHash());
    p.users = {Account{QStringLiteral("alice"), {QString::fromLatin1(testKey())}, {}}};
    p.packages = {QStringLiteral("less")};
    return p;
}

inline RecipeResult generate(const Catalog &catalog, const Profile &p, HostFacts host = fixedHost())
{
    return generateRecipe(catalog, RecipeRequest{p, QStringLiteral("/tmp/initbench-golden/context"), host});
}

} // namespace initbench::test
