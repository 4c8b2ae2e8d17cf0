#pragma once
#include "profile/profile.h"

#include <QString>

#include <optional>

namespace initbench {

class Catalog;

// The profile each container was made from, as it was then: DATA/containers/NAME.yaml (in a
// 0700 folder), written when the container is created and removed by `rm`. Starting, restarting
// and duplicating a container need it, and the user's own profile file may have changed or gone
// since. Password hashes are left out: they were applied when the container was made, a start
// does not need them, and no copy of a secret is kept that the user did not write.
class ContainerRecords
{
public:
    explicit ContainerRecords(QString dataDir);

    QString save(const Profile &profile) const; // empty, or why it could not be written
    // The recorded profile; nullopt with *error saying why (none recorded, or no longer valid).
    std::optional<Profile> load(const QString &name, const Catalog &catalog, QString *error) const;
    bool remove(const QString &name, QString *error) const;
    bool exists(const QString &name) const;

private:
    QString pathOf(const QString &name) const;
    QString m_dataDir;
};

} // namespace initbench
