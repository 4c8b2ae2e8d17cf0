#include "recipe/contextwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace initbench {

QString planCommandsText(const BuildPlan &plan)
{
    QString out;
    for (const PlannedCommand &c : plan.build)
        out += QStringLiteral("# %1\n%2\n").arg(c.step, c.command.toWrappedDisplayString());
    out += QStringLiteral("# %1\n%2\n").arg(plan.run.step, plan.run.command.toWrappedDisplayString());
    if (!plan.hostKeyTarget.isEmpty() && !plan.rootTree.isEmpty())
        out += QStringLiteral("# before it boots, the SSH host key Initbench made for it (data folder hostkeys/) is written\n"
                              "#   into the tree at %1, owned by the tree's root, and pinned\n").arg(plan.hostKeyTarget);
    else if (!plan.hostKeyTarget.isEmpty())
        out += QStringLiteral("# before it boots, the SSH host key Initbench made for it (the --mount above) is pinned\n");
    if (!plan.passwords.isEmpty())
        out += QStringLiteral("# then the profile's password hashes go into the running container, never into the image:\n"
                              "#   chpasswd -e run inside it, the hashes on its standard input\n");
    return out;
}

static QString writeFile(const QString &root, const ContextFile &f)
{
    const QString path = QDir(root).filePath(f.path);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return QStringLiteral("cannot create the folder for %1").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(f.content) != f.content.size())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    file.close();
    // Unix mode bits to Qt's permission flags (owner, group, other; read, write, execute).
    static const QFile::Permission bits[9] = {QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner,
                                              QFile::ReadGroup, QFile::WriteGroup, QFile::ExeGroup,
                                              QFile::ReadOther, QFile::WriteOther, QFile::ExeOther};
    QFile::Permissions perms;
    for (int i = 0; i < 9; ++i)
        if (f.mode & (0400 >> i))
            perms |= bits[i];
    if (!QFile::setPermissions(path, perms))
        return QStringLiteral("cannot set the mode of %1").arg(path);
    return {};
}

QString checkContextTarget(const QString &dir)
{
    const QFileInfo target(QDir::cleanPath(QDir::current().absoluteFilePath(dir)));
    const QString targetPath = target.absoluteFilePath();
    if (!target.exists())
        return {};
    if (!target.isDir())
        return QStringLiteral("%1 exists and is not a folder; nothing was written").arg(targetPath);
    const QDir existing(targetPath);
    const bool empty = existing.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (!empty && !existing.exists(QString::fromLatin1(contextMarkerName())))
        return QStringLiteral("%1 is not empty and is not an Initbench build context; "
                              "choose an empty or new folder (nothing was written)").arg(targetPath);
    return {};
}

QString writeBuildContext(const BuildPlan &plan, const QString &dir)
{
    const QFileInfo target(QDir::cleanPath(QDir::current().absoluteFilePath(dir)));
    const QString targetPath = target.absoluteFilePath();
    if (const QString refusal = checkContextTarget(targetPath); !refusal.isEmpty())
        return refusal;
    const bool replaceOld = target.exists();
    const QString parent = target.path();
    if (!QDir().mkpath(parent))
        return QStringLiteral("cannot create %1").arg(parent);

    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".%1.initbench-XXXXXX").arg(target.fileName())));
    if (!staging.isValid())
        return QStringLiteral("cannot create a temporary folder in %1: %2").arg(parent, staging.errorString());
    QList<ContextFile> files = plan.files;
    files << ContextFile{QString::fromLatin1(contextMarkerName()),
                         QByteArray("This folder is an Initbench build context; `initbench recipe` may replace it.\n"), 0644};
    files << ContextFile{QStringLiteral("commands.txt"), planCommandsText(plan).toUtf8(), 0644};
    for (const ContextFile &f : files)
        if (const QString error = writeFile(staging.path(), f); !error.isEmpty())
            return error + QStringLiteral(" (nothing was changed in %1)").arg(targetPath);
    if (!QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                   | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther))
        return QStringLiteral("cannot set the mode of %1").arg(staging.path());

    // Swap: the old context moves aside, the new one takes its name, the old one goes.
    const QString aside = staging.path() + QStringLiteral(".old");
    if (replaceOld && !QDir().rename(targetPath, aside))
        return QStringLiteral("cannot replace %1 (nothing was changed)").arg(targetPath);
    if (!QDir().rename(staging.path(), targetPath)) {
        if (replaceOld)
            QDir().rename(aside, targetPath);
        return QStringLiteral("cannot move the new context into %1 (nothing was changed)").arg(targetPath);
    }
    staging.setAutoRemove(false);
    if (replaceOld)
        QDir(aside).removeRecursively();
    return {};
}

} // namespace initbench
