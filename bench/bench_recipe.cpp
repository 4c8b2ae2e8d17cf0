// Recipe generation for every supported cell, against the floor of loading the catalog it
// reads: generating should cost little next to parsing the YAML.
#include "catalog/catalog.h"
#include "recipe/recipegenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace initbench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = 20;
    QElapsedTimer t;
    t.start();
    Catalog catalog;
    for (int i = 0; i < rounds; ++i)
        catalog = Catalog::builtin();
    const double loadMs = double(t.nsecsElapsed()) / 1e6 / rounds;

    t.restart();
    int plans = 0;
    for (int i = 0; i < rounds; ++i)
        for (const Cell &c : catalog.cells()) {
            if (!c.supported)
                continue;
            Profile p;
            p.name = QStringLiteral("bench");
            p.distro = c.distro;
            p.init = c.init;
            p.engine = c.engine;
            p.services = {QStringLiteral("sshd")};
            HostFacts host;
            host.stateDir = QStringLiteral("/var/lib/initbench");
            plans += generateRecipe(catalog, RecipeRequest{p, QStringLiteral("/tmp/ctx"), host}).ok() ? 1 : 0;
        }
    const double genMs = double(t.nsecsElapsed()) / 1e6 / rounds;
    std::printf("catalog load: %.2f ms; recipes for all %d supported cells: %.2f ms; ratio %.2f\n", loadMs,
                plans / rounds, genMs, genMs / loadMs);
    return 0;
}
