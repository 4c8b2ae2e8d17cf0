#include "engine/buildsteps.h"

#include <QRegularExpression>

namespace initbench {

std::optional<BuildStep> parseBuildStep(const QString &line)
{
    static const QRegularExpression classic(QStringLiteral("^(?:Step|STEP) (\\d+)/(\\d+) ?: (.*)$"));
    static const QRegularExpression buildkit(QStringLiteral("^#\\d+ \\[(?:[^\\]]* )?(\\d+)/(\\d+)\\] (.*)$"));
    for (const QRegularExpression *re : {&classic, &buildkit}) {
        const auto m = re->match(line);
        if (m.hasMatch())
            return BuildStep{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).trimmed()};
    }
    return std::nullopt;
}

} // namespace initbench
