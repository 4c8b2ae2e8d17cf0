// A profile from anywhere: the loader, and for every profile it accepts the recipe, which must
// hold no control character but newlines and tabs, and each package exactly as written.
#include "fuzzsupport.h"
#include "catalog/catalog.h"
#include "profile/profileloader.h"
#include "recipe/recipegenerator.h"

using namespace initbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Catalog catalog = Catalog::builtin();
    const ProfileLoadResult loaded = parseProfile(fuzz::bytes(data, size), catalog, QStringLiteral("docker"));
    if (!loaded.ok())
        return 0;
    HostFacts host;
    host.stateDir = QStringLiteral("/var/lib/initbench");
    const RecipeResult recipe = generateRecipe(catalog, RecipeRequest{loaded.profile, QStringLiteral("/tmp/context"), host});
    for (const ContextFile &f : recipe.plan.files) {
        if (!f.path.endsWith(QLatin1String("/setup.sh")))
            continue;
        for (const char c : f.content)
            fuzz::require(static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t');
        const QList<QByteArray> words = f.content.split(' ');
        for (const QString &p : loaded.profile.packages)
            fuzz::require(f.content.contains(' ' + p.toUtf8()));
    }
    return 0;
}
