#include "cli/recipecommand.h"

#include "catalog/catalog.h"
#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "engine/sshportreservations.h"
#include "recipe/contextwriter.h"
#include "recipe/recipegenerator.h"
#include "util/apppaths.h"

#include <QDir>

namespace initbench::cli {

int runRecipe(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench recipe PROFILE --out DIR [--engine ENGINE]"),
                     QStringLiteral("Writes the build context for PROFILE (a profile YAML file) into DIR and prints\n"
                                    "the exact commands `initbench up` would run, ready to copy. Nothing is run."));
    QCommandLineParser &p = cp.parser();
    p.addPositionalArgument(QStringLiteral("PROFILE"), QStringLiteral("The profile YAML file."));
    p.addOption({QStringLiteral("out"), QStringLiteral("Folder to write the build context to (new, empty, or an earlier context)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("engine"), QStringLiteral("docker, podman or nspawn, instead of the profile's engine."),
                 QStringLiteral("ENGINE")});
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    if (!p.isSet(QStringLiteral("out"))) {
        err(QStringLiteral("initbench recipe: --out DIR is required\n\n") + cp.helpText());
        return UsageError;
    }

    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    const QString profilePath = p.positionalArguments().constFirst();
    const auto profile = loadProfileOrReport(profilePath, *catalog, p.value(QStringLiteral("engine")));
    if (!profile)
        return UsageError;

    const QString outDir = QDir::current().absoluteFilePath(p.value(QStringLiteral("out")));
    if (const QString refusal = checkContextTarget(outDir); !refusal.isEmpty()) {
        err(QStringLiteral("initbench recipe: %1\n").arg(refusal));
        return UsageError;
    }
    Profile shown = *profile;
    if (shown.sshPort == 0) {
        shown.sshPort = SshPortReservations(AppPaths::dataDir()).previewPort(shown.name);
        out(QStringLiteral("The profile names no ssh_port: %1 is shown, free now; `initbench up` keeps a free one for %2.\n\n")
                .arg(shown.sshPort).arg(shown.name));
    }
    RecipeRequest request{shown, QDir::cleanPath(outDir), HostFacts::detect(AppPaths::dataDir())};
    const RecipeResult recipe = generateRecipe(*catalog, request);
    if (!recipe.ok()) {
        err(QStringLiteral("initbench recipe: %1\n").arg(recipe.errors.join(QStringLiteral("\n"))));
        return UsageError;
    }
    if (const QString error = writeBuildContext(recipe.plan, request.contextDir); !error.isEmpty()) {
        err(QStringLiteral("initbench recipe: %1\n").arg(error));
        return RuntimeFailure;
    }
    out(QStringLiteral("Build context for '%1' written to %2\n\nThe commands `initbench up` runs:\n\n%3")
            .arg(profile->name, request.contextDir, planCommandsText(recipe.plan)));
    return Success;
}

} // namespace initbench::cli
