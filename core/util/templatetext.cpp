#include "util/templatetext.h"

#include <QRegularExpression>

namespace initbench {

static const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z_]+)\\}"));
    return re;
}

QString expandTemplate(const QString &text, const QMap<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const auto found = values.constFind(m.captured(1));
        out += found != values.constEnd() ? *found : m.captured(0);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QStringList unexpandedPlaceholders(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

} // namespace initbench
