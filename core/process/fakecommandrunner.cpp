#include "process/fakecommandrunner.h"

namespace initbench {

void FakeCommandRunner::expect(const QString &match, const CommandResult &result, const QStringList &lines)
{
    m_replies.append({match, result, lines});
}

CommandResult FakeCommandRunner::exited(int exitCode, const QByteArray &out, const QByteArray &err)
{
    CommandResult result;
    result.outcome = exitCode == 0 ? CommandOutcome::Success : CommandOutcome::ExitedWithError;
    result.exitCode = exitCode;
    result.standardOutput = out;
    result.standardError = err;
    return result;
}

void FakeCommandRunner::expect(const QString &match, int exitCode, const QByteArray &out, const QByteArray &err)
{
    expect(match, exited(exitCode, out, err));
}

CommandResult FakeCommandRunner::run(const CommandLine &command, int timeoutMs, const LineHandler &onLine,
                                     const QByteArray &input)
{
    const QString display = command.toDisplayString();
    history << display;
    inputs << input;
    timeouts << timeoutMs;

    for (qsizetype i = 0; i < m_replies.size(); ++i) {
        const QString &match = m_replies.at(i).match;
        const bool matches = match.endsWith(QLatin1Char('*')) ? display.startsWith(match.chopped(1)) : display == match;
        if (!matches)
            continue;
        const Reply reply = m_replies.takeAt(i); // consumed: the same command may expect another reply next
        if (onLine) {
            for (const QString &line : reply.lines)
                onLine(line);
        }
        return reply.result;
    }

    // Failing (rather than asserting) lets a test check how the code under test reports it.
    CommandResult unexpected;
    unexpected.outcome = CommandOutcome::FailedToStart;
    unexpected.standardError = "FakeCommandRunner: unexpected command: " + display.toUtf8();
    return unexpected;
}

} // namespace initbench
