#pragma once
// Typed reads from yaml-cpp nodes. Every failure throws YamlError carrying the node's mark,
// so loaders report "line L, column C" for type errors and unknown keys alike.
#include <yaml-cpp/yaml.h>

#include <QMap>
#include <QString>
#include <QStringList>

namespace initbench::yaml {

struct YamlError {
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based
    QString message;
};

[[noreturn]] void fail(const YAML::Node &node, const QString &message);

QString describe(const YAML::Node &node); // "a list", "a mapping", "the text 'x'"
QString scalar(const YAML::Node &node, const QString &what);
QStringList stringList(const YAML::Node &node, const QString &what);
int integer(const YAML::Node &node, const QString &what, int min, int max);
bool boolean(const YAML::Node &node, const QString &what);
void requireMap(const YAML::Node &node, const QString &what);
QMap<QString, QString> stringMap(const YAML::Node &node, const QString &what);
// Throws on the first key not in allowed, naming the nearest allowed key.
void checkKeys(const YAML::Node &map, const QStringList &allowed, const QString &where);
void checkKeys(const YAML::Node &map, std::initializer_list<const char *> allowed, const QString &where);
QString keyText(const YAML::const_iterator &it);

// Parses text; a syntax error becomes YamlError with yaml-cpp's line and column.
YAML::Node parse(const QByteArray &text);

} // namespace initbench::yaml
