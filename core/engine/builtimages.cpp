#include "engine/builtimages.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace initbench {

// One line: "ENGINE IMAGE CONTEXT-HASH". Profile names are checked container names, so they
// are safe as file names.
static QByteArray recordLine(const QString &engine, const QString &image, const QString &contextHash)
{
    return QStringLiteral("%1 %2 %3\n").arg(engine, image, contextHash).toUtf8();
}

QString BuiltImages::pathOf(const QString &profile) const
{
    return QDir(m_dir).filePath(profile);
}

bool BuiltImages::isCurrent(const QString &profile, const QString &engine, const QString &image, const QString &contextHash) const
{
    if (contextHash.isEmpty())
        return false;
    QFile f(pathOf(profile));
    return f.open(QIODevice::ReadOnly) && f.readAll() == recordLine(engine, image, contextHash);
}

void BuiltImages::record(const QString &profile, const QString &engine, const QString &image, const QString &contextHash) const
{
    // A record that cannot be written only costs the next `up` the engine's answer.
    QDir().mkpath(m_dir);
    QSaveFile f(pathOf(profile));
    if (f.open(QIODevice::WriteOnly) && f.write(recordLine(engine, image, contextHash)) > 0)
        f.commit();
}

void BuiltImages::forget(const QString &profile) const
{
    QFile::remove(pathOf(profile));
}

} // namespace initbench
