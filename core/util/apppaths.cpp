#include "util/apppaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

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

QString AppPaths::secureFolder(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0) {
        if (errno != ENOENT)
            return QStringLiteral("cannot use %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        const QFileInfo info(path);
        if (!QDir().mkpath(info.path()))
            return QStringLiteral("cannot make %1").arg(info.path());
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return QStringLiteral("cannot make %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        if (::lstat(native.constData(), &st) != 0)
            return QStringLiteral("cannot use %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (!S_ISDIR(st.st_mode))
        return QStringLiteral("%1 is not a folder (a symbolic link or a file): refused; remove it or set INITBENCH_HOME").arg(path);
    if (st.st_uid != ::geteuid())
        return QStringLiteral("%1 belongs to user %2, not to %3: refused (another user could change what Initbench signals "
                              "and runs); use a folder of your own with INITBENCH_HOME")
            .arg(path)
            .arg(st.st_uid)
            .arg(::geteuid());
    if ((st.st_mode & 077) != 0 && ::chmod(native.constData(), 0700) != 0)
        return QStringLiteral("cannot close %1 to other users: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

QString AppPaths::secureDataDir()
{
    if (const QString error = secureFolder(dataDir()); !error.isEmpty())
        return error;
    return secureFolder(dataDir() + QStringLiteral("/machines"));
}

} // namespace initbench
