#include "util/apppaths.h"

#include <QDir>
#include <QStandardPaths>

namespace initbench {

static QString underHome(const QString &sub)
{
    const QString home = qEnvironmentVariable("INITBENCH_HOME");
    return home.isEmpty() ? QString() : QDir(home).filePath(sub);
}

QString AppPaths::configDir()
{
    const QString overridden = underHome(QStringLiteral("config"));
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/initbench");
}

QString AppPaths::dataDir()
{
    const QString overridden = underHome(QStringLiteral("data"));
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/initbench");
}

} // namespace initbench
