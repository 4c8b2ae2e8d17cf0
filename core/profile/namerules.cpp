#include "profile/namerules.h"

#include <QRegularExpression>

namespace initbench {

// The whole value must match: anchoredPattern, never ^...$ (in PCRE '$' also matches before a
// final newline, so "less\n" would pass a ^...$ rule and break a line of setup.sh in two).
static bool matches(const char *pattern, const QString &value)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QString::fromLatin1(pattern))).match(value).hasMatch();
}

QString checkContainerName(const QString &name)
{
    // The name becomes the container name, the image tag, the nspawn machine name, a folder
    // name and the default hostname: the strictest of those rules applies.
    if (name.isEmpty())
        return QStringLiteral("name is empty; give the container a name such as 'demo'");
    if (name.size() > 63)
        return QStringLiteral("name is %1 characters long; at most 63 are allowed").arg(name.size());
    if (!matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?", name))
        return QStringLiteral("name '%1' is not allowed: use lowercase letters, digits and '-', "
                              "starting and ending with a letter or digit")
            .arg(name.left(63));
    return {};
}

QString checkHostname(const QString &hostname)
{
    if (hostname.size() > 253)
        return QStringLiteral("hostname is longer than 253 characters");
    if (!matches("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*",
                 hostname))
        return QStringLiteral("hostname '%1' is not a valid host name (letters, digits, '-' and dots)")
            .arg(hostname.left(63));
    return {};
}

QString checkUserName(const QString &user)
{
    if (!matches("[a-z_][a-z0-9_-]{0,31}", user))
        return QStringLiteral("user name '%1' is not allowed: lowercase letters, digits, '_' and '-', "
                              "at most 32, not starting with a digit")
            .arg(user.left(32));
    return {};
}

QString checkPackageName(const QString &package)
{
    if (!matches("[a-z0-9][a-z0-9+._-]{0,99}", package))
        return QStringLiteral("package name '%1' is not allowed: lowercase letters, digits and + . _ -")
            .arg(package.left(100));
    return {};
}

QString checkTimezone(const QString &timezone)
{
    if (!matches("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*", timezone) || timezone.size() > 64)
        return QStringLiteral("timezone '%1' is not a zone name such as 'Europe/Berlin' or 'UTC'")
            .arg(timezone.left(64));
    return {};
}

QString checkPublicKey(const QString &key)
{
    if (!matches("(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\.com|"
                 "sk-ecdsa-sha2-nistp256@openssh\\.com) [A-Za-z0-9+/]+={0,3}( [^\\x00-\\x1f\\x7f]*)?",
                 key))
        return QStringLiteral("'%1...' is not an OpenSSH public key (one line: type, base64 key, "
                              "optional comment)")
            .arg(key.left(20));
    return {};
}

QString checkPasswordHash(const QString &hash)
{
    // The value is never echoed: if a user pasted a password here, it must not reach a log.
    if (hash.startsWith(QLatin1String("$1$")))
        return QStringLiteral("password_hash is an MD5-crypt hash ($1$...), which is refused: it is cracked in "
                              "seconds; make a $6$ or $y$ hash with 'openssl passwd -6' or 'mkpasswd -m yescrypt'");
    if (!matches("\\$(5|6|y|gy|7|2[abxy])\\$[./A-Za-z0-9$=,]{8,}", hash))
        return QStringLiteral("password_hash must be a crypt(3) hash such as $6$... or $y$... "
                              "(make one with 'openssl passwd -6'), never a plain password");
    return {};
}

} // namespace initbench
