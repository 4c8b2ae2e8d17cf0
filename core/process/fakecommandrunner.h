#pragma once
#include "process/icommandrunner.h"

#include <QList>
#include <QStringList>

namespace initbench {

// A scripted ICommandRunner for unit tests: each expected command (matched on its display
// string, or a prefix of it ending in "*") returns a canned result, built from real captured
// output. Every command run is recorded.
class FakeCommandRunner : public ICommandRunner
{
public:
    struct Reply {
        QString match;      // exact display string, or "prefix*"
        CommandResult result;
        QStringList lines;  // passed to onLine before returning
    };

    // The result of a command that ran and exited with exitCode.
    static CommandResult exited(int exitCode, const QByteArray &out = {}, const QByteArray &err = {});

    void expect(const QString &match, const CommandResult &result, const QStringList &lines = {});
    void expect(const QString &match, int exitCode, const QByteArray &out = {}, const QByteArray &err = {});

    CommandResult run(const CommandLine &command, int timeoutMs, const LineHandler &onLine = {},
                      const QByteArray &input = {}) override;
    void cancel() override {}

    QStringList history;      // display strings of every command run, in order
    QList<QByteArray> inputs; // stdin given to each
    QList<int> timeouts;

private:
    QList<Reply> m_replies;   // consumed first-match; an unmatched command fails to start
};

} // namespace initbench
