#pragma once
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace initbench {

// A file the recipe places in the image (under the build context's rootfs/).
struct FileTemplate {
    QString path;    // absolute path inside the container
    QString content; // may hold {placeholders}
    int mode = 0644;
};

// A piece of a recipe contributed by an init, a service or a distro: packages to install,
// shell lines to run at build time inside the image, and files to place.
struct Fragment {
    QStringList packages;
    QString run;
    QList<FileTemplate> files;

    bool isEmpty() const { return packages.isEmpty() && run.isEmpty() && files.isEmpty(); }
};

// Catalog entries are keyed by the init and distro family they apply to. Lookup order:
// "init@family", "init", "@family", "*". The most specific key wins.
QStringList variantKeys(const QString &init, const QString &family);

template <class T>
const T *pickVariant(const QMap<QString, T> &map, const QString &init, const QString &family)
{
    for (const QString &key : variantKeys(init, family)) {
        const auto it = map.constFind(key);
        if (it != map.constEnd())
            return &*it;
    }
    return nullptr;
}

} // namespace initbench
