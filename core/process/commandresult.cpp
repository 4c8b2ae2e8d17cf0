#include "process/commandresult.h"

#include <QCoreApplication>
#include <QStringList>

namespace initbench {

namespace {

// Only the end of a long failure log is kept: that is where the error usually is, and the
// details must fit in a message box.
constexpr qsizetype kMaxDetailLines = 40;

// CommandResult is a plain struct without tr(); this gives its strings one context that
// lupdate recognises.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(initbench::CommandResult)
};

QString duration(qint64 ms)
{
    // Short timeouts (tests, quick probes) would all read "0 s".
    return ms < 1000 ? Text::tr("%1 ms").arg(ms) : Text::tr("%1 s").arg(ms / 1000);
}

} // namespace

QString CommandResult::describe() const
{
    switch (outcome) {
    case CommandOutcome::Success: return Text::tr("succeeded");
    case CommandOutcome::ExitedWithError: return Text::tr("exited with status %1").arg(exitCode);
    case CommandOutcome::Crashed: return Text::tr("crashed");
    case CommandOutcome::FailedToStart: return Text::tr("could not be started (is it installed?)");
    case CommandOutcome::TimedOut: return Text::tr("timed out after %1").arg(duration(elapsedMs));
    case CommandOutcome::Cancelled: return Text::tr("was cancelled");
    }
    return {}; // not reached: every outcome is handled above
}

QString CommandResult::details() const
{
    QByteArray text = standardError.trimmed();
    if (text.isEmpty())
        text = standardOutput.trimmed();
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (lines.size() > kMaxDetailLines)
        lines = lines.mid(lines.size() - kMaxDetailLines);
    return lines.join(QLatin1Char('\n'));
}

} // namespace initbench
