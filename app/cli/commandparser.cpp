#include "cli/commandparser.h"

#include "cli/cliio.h"
#include "cli/exitcodes.h"

namespace initbench::cli {

CommandParser::CommandParser(QString usage, QString description) : m_usage(std::move(usage))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

QString CommandParser::helpText() const
{
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: ") + m_usage + text.mid(firstLineEnd);
}

int CommandParser::parse(const QStringList &arguments, int minPositional, int maxPositional)
{
    if (!m_parser.parse(arguments)) {
        err(QStringLiteral("initbench: %1\n\n%2").arg(m_parser.errorText(), helpText()));
        return UsageError;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out(helpText());
        return Success;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        err(QStringLiteral("initbench: expected %1, got %2 argument(s)\n\n%3")
                .arg(minPositional == maxPositional ? QString::number(minPositional)
                                                    : QStringLiteral("%1 to %2").arg(minPositional).arg(maxPositional))
                .arg(n)
                .arg(helpText()));
        return UsageError;
    }
    return -1;
}

} // namespace initbench::cli
