#include "recipe/setupscript.h"

#include <QStringList>

namespace initbench {

void SetupScript::add(const QString &title, const QString &body)
{
    const QString trimmed = body.trimmed();
    if (!trimmed.isEmpty())
        m_sections.append({title, trimmed});
}

QByteArray SetupScript::text(const QString &header) const
{
    QString out = QStringLiteral("#!/bin/sh\n");
    for (const QString &line : header.split(QLatin1Char('\n')))
        out += QStringLiteral("# %1\n").arg(line).replace(QStringLiteral("# \n"), QStringLiteral("#\n"));
    out += QStringLiteral("set -eu\n");
    for (const auto &[title, body] : m_sections)
        out += QStringLiteral("\n# --- %1\n%2\n").arg(title, body);
    return out.toUtf8();
}

} // namespace initbench
