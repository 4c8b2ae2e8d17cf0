#include "util/usersettings.h"

#include "util/apppaths.h"
#include "util/yamlread.h"

#include <QFile>

namespace initbench {

QString UserSettings::path()
{
    return AppPaths::configDir() + QStringLiteral("/settings.yaml");
}

UserSettings UserSettings::load(QString *error)
{
    UserSettings s;
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return s;
    try {
        const YAML::Node root = yaml::parse(file.readAll());
        if (root.IsNull())
            return s;
        yaml::requireMap(root, QStringLiteral("the settings"));
        yaml::checkKeys(root, {"podman_ulimits"}, QStringLiteral("the settings"));
        if (const auto n = root["podman_ulimits"])
            s.podmanUlimits = yaml::stringList(n, QStringLiteral("podman_ulimits"));
    } catch (const yaml::YamlError &e) {
        if (error)
            *error = QStringLiteral("%1: line %2, column %3: %4").arg(path()).arg(e.line).arg(e.column).arg(e.message);
        return {};
    }
    return s;
}

} // namespace initbench
