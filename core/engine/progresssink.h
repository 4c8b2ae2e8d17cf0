#pragma once
#include <QString>

#include <functional>

namespace initbench {

// Where long operations report as they go: the CLI prints, the window shows a log and a bar.
struct ProgressSink {
    std::function<void(int step, int total, const QString &title)> step; // "step N of M"
    std::function<void(const QString &line)> log;                        // raw tool output
    std::function<void(const QString &note)> note;                       // Initbench's own remarks

    void reportStep(int n, int total, const QString &title) const { if (step) step(n, total, title); }
    void reportLog(const QString &line) const { if (log) log(line); }
    void reportNote(const QString &text) const { if (note) note(text); }
};

// How an operation ended, typed so callers branch on it instead of on words: the window shows a
// cancelled build as cancelled, not as failed; a caller may retry Busy, start an engine for
// EngineUnavailable, and so on.
enum class OpStatus {
    Done,
    Failed,            // the operation ran and did not succeed: message says why
    Cancelled,         // the user asked it to stop; message says what was kept
    TimedOut,          // it ran out of time (a boot that never became ready)
    NotFound,          // no container (or machine) of that name
    Busy,              // another operation on the same name is running
    EngineUnavailable, // the engine is missing, its daemon down, or not ours to use
};

// The outcome of an operation: its status, a message for the user and details (tool output).
struct OpResult {
    OpStatus status = OpStatus::Done;
    QString message;
    QString details;

    bool ok() const { return status == OpStatus::Done; }
    static OpResult done(const QString &message = {}) { return {OpStatus::Done, message, {}}; }
    static OpResult failure(const QString &message, const QString &details = {}) { return {OpStatus::Failed, message, details}; }
    static OpResult failure(OpStatus status, const QString &message, const QString &details = {}) { return {status, message, details}; }
};

} // namespace initbench
