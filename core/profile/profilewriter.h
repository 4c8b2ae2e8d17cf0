#pragma once
#include "profile/profile.h"

#include <QByteArray>
#include <QString>

namespace initbench {

QByteArray serializeProfile(const Profile &profile);

// Writes the profile atomically (a temporary file renamed over the target): a crash or a
// full disk leaves the old file intact. Returns an empty string or the reason it failed.
QString saveProfile(const QString &path, const Profile &profile);

} // namespace initbench
