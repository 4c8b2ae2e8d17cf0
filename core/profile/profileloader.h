#pragma once
#include "catalog/catalog.h"
#include "profile/profile.h"
#include "profile/profileissue.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

namespace initbench {

struct ProfileLoadResult {
    Profile profile;
    QList<ProfileIssue> issues;
    bool ok() const { return issues.isEmpty(); }
};

// Where each field was in the file ("name", "services[1]", "users[0].name"), so checks made
// after parsing can still point at a line.
using FieldMarks = QHash<QString, QPair<int, int>>;

// Parses profile YAML and validates it against the catalog. defaultEngine fills in a missing
// engine key (the first engine available on this machine).
ProfileLoadResult parseProfile(const QByteArray &yamlText, const Catalog &catalog,
                               const QString &defaultEngine);
ProfileLoadResult loadProfileFile(const QString &path, const Catalog &catalog,
                                  const QString &defaultEngine);

// Checks a profile built in memory (by the GUI, or by parseProfile) against the catalog.
QList<ProfileIssue> validateProfile(const Profile &profile, const Catalog &catalog,
                                    const FieldMarks &marks = {});

// The keys a profile may contain, for documentation and "did you mean".
QStringList profileKeys();

} // namespace initbench
