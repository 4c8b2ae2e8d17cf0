#pragma once
// Shared by the libFuzzer targets: a QCoreApplication for the parts of Qt that want one (SQL
// drivers), a scratch folder, and the input as Qt types.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace initbench::fuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

inline QString writeFile(const QString &relative, const QByteArray &content)
{
    const QString path = scratch().filePath(relative);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    f.write(content);
    return path;
}

// A property that must hold for every input: a crash libFuzzer reports and keeps.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace initbench::fuzz
