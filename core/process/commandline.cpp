#include "process/commandline.h"

#include <QRegularExpression>

namespace initbench {

QString shellQuote(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CommandLine::toDisplayString() const
{
    QStringList parts{shellQuote(program)};
    for (const QString &a : arguments)
        parts << shellQuote(a);
    QString line = parts.join(QLatin1Char(' '));
    if (!workingDirectory.isEmpty())
        line = QStringLiteral("(cd %1 && %2)").arg(shellQuote(workingDirectory), line);
    return line;
}

QString CommandLine::toWrappedDisplayString(int width) const
{
    const QString flat = toDisplayString();
    if (flat.size() <= width)
        return flat;
    QString line = shellQuote(program);
    for (const QString &a : arguments)
        line += (a.startsWith(QLatin1String("--")) ? QStringLiteral(" \\\n    ") : QStringLiteral(" ")) + shellQuote(a);
    if (!workingDirectory.isEmpty())
        line = QStringLiteral("(cd %1 && %2)").arg(shellQuote(workingDirectory), line);
    return line;
}

} // namespace initbench
