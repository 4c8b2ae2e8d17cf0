#include "util/yamlread.h"

#include "util/nearestword.h"

namespace initbench::yaml {

void fail(const YAML::Node &node, const QString &message)
{
    YamlError e;
    const YAML::Mark mark = node.Mark();
    if (!mark.is_null()) {
        e.line = mark.line + 1;
        e.column = mark.column + 1;
    }
    e.message = message;
    throw e;
}

QString describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence: return QStringLiteral("a list");
    case YAML::NodeType::Map: return QStringLiteral("a mapping");
    case YAML::NodeType::Null: return QStringLiteral("nothing");
    case YAML::NodeType::Scalar:
        return QStringLiteral("'%1'").arg(QString::fromStdString(node.Scalar()).left(40));
    default: return QStringLiteral("an undefined value");
    }
}

QString scalar(const YAML::Node &node, const QString &what)
{
    if (!node.IsScalar())
        fail(node, QStringLiteral("%1 must be text, not %2").arg(what, describe(node)));
    return QString::fromStdString(node.Scalar());
}

QStringList stringList(const YAML::Node &node, const QString &what)
{
    if (node.IsNull())
        return {};
    if (!node.IsSequence())
        fail(node, QStringLiteral("%1 must be a list, not %2").arg(what, describe(node)));
    QStringList out;
    for (const auto &item : node)
        out << scalar(item, QStringLiteral("each entry of %1").arg(what));
    return out;
}

int integer(const YAML::Node &node, const QString &what, int min, int max)
{
    bool ok = false;
    const int value = node.IsScalar() ? QString::fromStdString(node.Scalar()).toInt(&ok) : 0;
    if (!ok || value < min || value > max)
        fail(node, QStringLiteral("%1 must be a whole number from %2 to %3, not %4")
                       .arg(what).arg(min).arg(max).arg(describe(node)));
    return value;
}

bool boolean(const YAML::Node &node, const QString &what)
{
    const QString text = scalar(node, what).toLower();
    if (text == QLatin1String("true") || text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no"))
        return false;
    fail(node, QStringLiteral("%1 must be true or false, not %2").arg(what, describe(node)));
}

void requireMap(const YAML::Node &node, const QString &what)
{
    if (!node.IsMap())
        fail(node, QStringLiteral("%1 must be a mapping of keys to values, not %2").arg(what, describe(node)));
}

QString keyText(const YAML::const_iterator &it)
{
    return scalar(it->first, QStringLiteral("a key"));
}

QMap<QString, QString> stringMap(const YAML::Node &node, const QString &what)
{
    QMap<QString, QString> out;
    if (node.IsNull())
        return out;
    requireMap(node, what);
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = keyText(it);
        out.insert(key, scalar(it->second, QStringLiteral("%1.%2").arg(what, key)));
    }
    return out;
}

void checkKeys(const YAML::Node &map, const QStringList &allowed, const QString &where)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = keyText(it);
        if (!allowed.contains(key))
            fail(it->first, QStringLiteral("unknown key '%1' in %2; did you mean '%3'?")
                                .arg(key, where, nearestWord(key, allowed)));
    }
}

void checkKeys(const YAML::Node &map, std::initializer_list<const char *> allowed, const QString &where)
{
    QStringList keys;
    for (const char *k : allowed)
        keys << QString::fromLatin1(k);
    checkKeys(map, keys, where);
}

YAML::Node parse(const QByteArray &text)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        YamlError err;
        if (!e.mark.is_null()) {
            err.line = e.mark.line + 1;
            err.column = e.mark.column + 1;
        }
        err.message = QStringLiteral("malformed YAML: %1").arg(QString::fromStdString(e.msg));
        throw err;
    }
}

} // namespace initbench::yaml
