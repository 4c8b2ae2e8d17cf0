#pragma once
// Reads every *.yaml file of a folder with one reader: the catalog and the boot doctor's rules
// are both a folder of small files, one item each.
#include "util/yamlread.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QStringList>

namespace initbench::yaml {

// Each item gets its file's path in sourceFile; a file that cannot be read or parsed is reported
// in errors as "path:line:column: message" and skipped, so one bad file hides no other.
template <class T, class Reader>
QList<T> readFolder(const QString &dir, Reader reader, QStringList *errors)
{
    QList<T> out;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        const QString path = d.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *errors << QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
            continue;
        }
        try {
            T item = reader(parse(file.readAll()));
            item.sourceFile = path;
            out << item;
        } catch (const YamlError &e) {
            *errors << QStringLiteral("%1:%2:%3: %4").arg(path).arg(e.line).arg(e.column).arg(e.message);
        } catch (const YAML::Exception &e) {
            *errors << QStringLiteral("%1: %2").arg(path, QString::fromStdString(e.what()));
        }
    }
    return out;
}

} // namespace initbench::yaml
