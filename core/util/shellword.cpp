#include "util/shellword.h"

namespace initbench {

static bool isPlain(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '@' || u == '%' || u == '+'
           || u == '=' || u == ':' || u == ',' || u == '.' || u == '/' || u == '_' || u == '-';
}

QString shellWord(const QString &value)
{
    bool plain = !value.isEmpty();
    for (const QChar c : value)
        plain = plain && isPlain(c);
    if (plain)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace initbench
