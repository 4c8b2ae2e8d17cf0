#include "doctor/bootdoctor.h"

#include <QRegularExpression>

#include <algorithm>

namespace initbench {

QString BootDoctor::plainLine(const QString &line)
{
    // CSI sequences (colours, "erase to end of line") and OSC titles; a console replayed by
    // docker logs carries both, and \r from the tty's line endings.
    static const QRegularExpression escapes(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b]*(\x07|\x1b\\\\)|\x1b[()][0-9A-Za-z]|\r"));
    QString plain = line;
    plain.remove(escapes);
    return plain;
}

QList<DoctorFinding> BootDoctor::examine(const QString &text) const
{
    QList<DoctorFinding> found;
    QList<int> indexOfRule(m_rules.size(), -1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = plainLine(lines.at(n));
        if (line.trimmed().isEmpty())
            continue;
        for (int r = 0; r < m_rules.size(); ++r) {
            if (!m_rules.at(r).match.match(line).hasMatch())
                continue;
            if (indexOfRule.at(r) < 0) {
                indexOfRule[r] = int(found.size());
                found << DoctorFinding{m_rules.at(r), n + 1, line.trimmed(), 0};
            }
            ++found[indexOfRule.at(r)].count;
        }
    }
    // The first thing that stopped the boot is usually the cause; noise goes last.
    std::stable_sort(found.begin(), found.end(), [](const DoctorFinding &a, const DoctorFinding &b) {
        if (a.rule.severity != b.rule.severity)
            return a.rule.severity < b.rule.severity;
        return a.line < b.line;
    });
    return found;
}

QString BootDoctor::explain(const QList<DoctorFinding> &findings, bool withHarmless)
{
    QString out;
    for (const DoctorFinding &f : findings) {
        if (f.rule.severity == DoctorRule::Severity::Harmless && !withHarmless)
            continue;
        out += QStringLiteral("line %1: %2\n").arg(f.line).arg(f.text);
        if (f.count > 1)
            out += QStringLiteral("  (and %1 more line%2 like it)\n").arg(f.count - 1).arg(f.count > 2 ? QStringLiteral("s") : QString());
        out += QStringLiteral("  %1: %2\n").arg(severityText(f.rule.severity), f.rule.what);
        out += (f.rule.severity == DoctorRule::Severity::Harmless ? QStringLiteral("  why: ") : QStringLiteral("  fix: ")) + f.rule.fix
               + QLatin1Char('\n');
    }
    return out;
}

} // namespace initbench
