#pragma once
#include <QString>

namespace initbench {

// Checks for every user-supplied word that ends up in a file name, an argument or a line of
// the build script. Each returns an empty string when the value is fine, else why it is not.
QString checkContainerName(const QString &name);
QString checkHostname(const QString &hostname);
QString checkUserName(const QString &user);
QString checkPackageName(const QString &package);
QString checkTimezone(const QString &timezone);
QString checkPublicKey(const QString &key);
QString checkPasswordHash(const QString &hash); // never quotes the value back

} // namespace initbench
