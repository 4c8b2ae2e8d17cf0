#include "cli/catalogcommand.h"

#include "catalog/catalog.h"
#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace initbench::cli {

static QJsonObject catalogJson(const Catalog &catalog)
{
    QJsonArray distros, inits, services, cells;
    for (const Distro &d : catalog.distros())
        distros.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
                                   {QStringLiteral("family"), d.family}, {QStringLiteral("image"), d.image}});
    for (const InitSystem &i : catalog.inits())
        inits.append(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("name"), i.name}});
    for (const Service &s : catalog.services())
        services.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}});
    for (const Cell &c : catalog.cells()) {
        QJsonObject o{{QStringLiteral("distro"), c.distro}, {QStringLiteral("init"), c.init},
                      {QStringLiteral("engine"), c.engine}, {QStringLiteral("supported"), c.supported}};
        if (!c.supported)
            o.insert(QStringLiteral("reason"), c.reason);
        cells.append(o);
    }
    return {{QStringLiteral("distros"), distros}, {QStringLiteral("inits"), inits},
            {QStringLiteral("services"), services}, {QStringLiteral("cells"), cells}};
}

static QString catalogText(const Catalog &catalog)
{
    QString text;
    int supported = 0;
    const QList<Cell> cells = catalog.cells();
    for (const Cell &c : cells) {
        supported += c.supported ? 1 : 0;
        text += QStringLiteral("%1 %2 %3 %4\n")
                    .arg(c.distro.leftJustified(16), c.init.leftJustified(13), c.engine.leftJustified(7),
                         c.supported ? QStringLiteral("supported") : QStringLiteral("refused: ") + c.reason);
    }
    return QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("DISTRO").leftJustified(16),
                                               QStringLiteral("INIT").leftJustified(13),
                                               QStringLiteral("ENGINE").leftJustified(7), QStringLiteral("VERDICT"))
        + text + QStringLiteral("\n%1 of %2 cells supported.\n").arg(supported).arg(cells.size());
}

int runCatalog(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench catalog [--json]"),
                     QStringLiteral("Lists every distro x init system x engine combination: supported (Initbench\n"
                                    "has a recipe) or refused, with the reason."));
    cp.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of a table.")});
    if (const int status = cp.parse(arguments, 0, 0); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    if (cp.parser().isSet(QStringLiteral("json")))
        out(QString::fromUtf8(QJsonDocument(catalogJson(*catalog)).toJson(QJsonDocument::Indented)));
    else
        out(catalogText(*catalog));
    return Success;
}

} // namespace initbench::cli
