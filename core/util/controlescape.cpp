#include "util/controlescape.h"

namespace initbench {

QString escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\n' || u == '\t' || (u >= 0x20 && u < 0x7f) || u > 0x9f)
            out += c;
        else if (u < 0x20)
            out += QLatin1Char('^') + QChar(char16_t(u + 0x40));
        else if (u == 0x7f)
            out += QStringLiteral("^?");
        else
            out += QStringLiteral("M-^") + QChar(char16_t(u - 0x80 + 0x40));
    }
    return out;
}

} // namespace initbench
