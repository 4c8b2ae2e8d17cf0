#pragma once
#include <QByteArray>
#include <QString>

namespace initbench {

// How a command ended. Every command Initbench runs ends in exactly one of these.
enum class CommandOutcome {
    Success,         // exit status 0
    ExitedWithError, // exit status != 0
    Crashed,         // killed by a signal it did not ask for
    FailedToStart,   // not installed, not executable
    TimedOut,        // killed after its timeout
    Cancelled,       // stopped on request
};

struct CommandResult {
    CommandOutcome outcome = CommandOutcome::FailedToStart;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == CommandOutcome::Success; }
    // One line for the user: "exited with status 1", "timed out after 30 s"...
    QString describe() const;
    // stderr (or stdout when stderr is empty), trimmed: the "details" of a failure.
    QString details() const;
};

} // namespace initbench
