#include "engine/containerrecords.h"

#include "profile/profileloader.h"
#include "profile/profilewriter.h"
#include "util/apppaths.h"

#include <QDir>
#include <QFile>

namespace initbench {

ContainerRecords::ContainerRecords(QString dataDir) : m_dataDir(std::move(dataDir)) { }

QString ContainerRecords::pathOf(const QString &name) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("containers/%1.yaml").arg(name));
}

QString ContainerRecords::save(const Profile &profile) const
{
    if (const QString e = AppPaths::secureFolder(QDir(m_dataDir).filePath(QStringLiteral("containers"))); !e.isEmpty())
        return e;
    Profile kept = profile;
    kept.root.passwordHash.clear();
    for (Account &user : kept.users)
        user.passwordHash.clear();
    return saveProfile(pathOf(profile.name), kept);
}

std::optional<Profile> ContainerRecords::load(const QString &name, const Catalog &catalog, QString *error) const
{
    const QString path = pathOf(name);
    if (!QFile::exists(path)) {
        *error = QStringLiteral("Initbench has no record of the profile %1 was made from (it was made before such records "
                                "were kept, or not by Initbench); start it with `initbench up PROFILE`").arg(name);
        return std::nullopt;
    }
    const ProfileLoadResult loaded = loadProfileFile(path, catalog, QString());
    if (!loaded.ok()) {
        *error = QStringLiteral("the profile recorded for %1 is no longer valid: %2")
                     .arg(name, loaded.issues.isEmpty() ? QString() : loaded.issues.constFirst().toString(path));
        return std::nullopt;
    }
    return loaded.profile;
}

bool ContainerRecords::exists(const QString &name) const
{
    return QFile::exists(pathOf(name));
}

bool ContainerRecords::remove(const QString &name, QString *error) const
{
    QFile f(pathOf(name));
    if (f.exists() && !f.remove()) {
        *error = QStringLiteral("cannot remove the profile recorded for %1 (%2): %3").arg(name, f.fileName(), f.errorString());
        return false;
    }
    return true;
}

} // namespace initbench
