#pragma once
#include <QString>
#include <QStringList>

namespace initbench {

// A command as a program and an argument list. It is never joined into a shell string to be
// run; toDisplayString() exists only so users can copy what Initbench would run.
struct CommandLine {
    QString program;
    QStringList arguments;
    QString workingDirectory; // empty: the caller's

    QString toDisplayString() const;
    // The same, broken before each option with a backslash when it is long, still copyable.
    QString toWrappedDisplayString(int width = 100) const;
    bool operator==(const CommandLine &) const = default;
};

// Quotes one argument for a POSIX shell, leaving plain words readable.
QString shellQuote(const QString &argument);

} // namespace initbench
