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

// The outcome of an operation: ok, or a message for the user plus details (tool output).
struct OpResult {
    bool ok = true;
    QString message;
    QString details;

    static OpResult failure(const QString &message, const QString &details = {}) { return {false, message, details}; }
};

} // namespace initbench
