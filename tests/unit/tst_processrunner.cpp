#include "process/fakecommandrunner.h"
#include "process/lowpriorityscope.h"
#include "process/processrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <chrono>
#include <thread>

using namespace initbench;

namespace {

// Real processes, on purpose: the runner's job is getting QProcess details right.
CommandLine sh(const QString &script)
{
    return {QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}, {}};
}

constexpr int kTimeoutMs = 10000; // generous: only the timeout test relies on it firing

} // namespace

class TstProcessRunner : public QObject
{
    Q_OBJECT
private slots:
    // A command that prints without end (a container's replaced systemctl): at most 64 MiB of
    // each channel is kept, the rest is read and dropped, and the cut is said.
    void endlessOutputIsKeptBounded()
    {
        ProcessRunner runner;
        const CommandResult r = runner.run(sh(QStringLiteral("head -c 83886080 /dev/zero")), kTimeoutMs);
        QVERIFY(r.ok());
        QCOMPARE(r.standardOutput.size(), qsizetype(64 << 20));
        QVERIFY(r.standardError.contains("output cut at 64 MiB"));
    }

    // A line without end reaches the line handler in pieces, not as one growing buffer.
    void aLineWithoutEndArrivesInPieces()
    {
        ProcessRunner runner;
        qsizetype longest = 0, total = 0;
        const CommandResult r = runner.run(sh(QStringLiteral("head -c 1000000 /dev/zero | tr '\\0' x")), kTimeoutMs,
                                           [&](const QString &line) {
                                               longest = qMax(longest, line.size());
                                               total += line.size();
                                           });
        QVERIFY(r.ok());
        QCOMPARE(total, qsizetype(1000000));
        QCOMPARE(longest, qsizetype(64 << 10));
    }

    void init()
    {
        // A QProcess misused from a thread without an event loop only warns; make that fail.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void success()
    {
        ProcessRunner runner;
        const CommandResult r = runner.run(sh(QStringLiteral("echo hello")), kTimeoutMs);
        QCOMPARE(r.outcome, CommandOutcome::Success);
        QVERIFY(r.ok());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.standardOutput, QByteArray("hello\n"));
        QCOMPARE(r.describe(), QStringLiteral("succeeded"));
    }
    void nonZeroExitKeepsStderr()
    {
        ProcessRunner runner;
        const CommandResult r = runner.run(sh(QStringLiteral("echo out; echo 'no such image' >&2; exit 3")), kTimeoutMs);
        QCOMPARE(r.outcome, CommandOutcome::ExitedWithError);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.details(), QStringLiteral("no such image"));
        QCOMPARE(r.describe(), QStringLiteral("exited with status 3"));
    }
    void timeoutKillsQuickly()
    {
        ProcessRunner runner;
        QElapsedTimer clock;
        clock.start();
        const CommandResult r = runner.run({QStringLiteral("/bin/sleep"), {QStringLiteral("10")}, {}}, 300);
        QCOMPARE(r.outcome, CommandOutcome::TimedOut);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(r.elapsedMs >= 300);
        QVERIFY(r.describe().startsWith(QStringLiteral("timed out after")));
    }
    void missingProgramFailsToStart()
    {
        ProcessRunner runner;
        const QString program = QStringLiteral("/nonexistent/initbench-no-such-program");
        const CommandResult r = runner.run({program, {}, {}}, kTimeoutMs);
        QCOMPARE(r.outcome, CommandOutcome::FailedToStart);
        QVERIFY2(r.details().contains(program), qPrintable(r.details()));
        QCOMPARE(r.describe(), QStringLiteral("could not be started (is it installed?)"));
    }
    void linesStreamAsTheyArrive()
    {
        ProcessRunner runner;
        QStringList lines;
        qint64 firstLineMs = -1;
        QElapsedTimer clock;
        clock.start();
        const CommandResult r = runner.run(sh(QStringLiteral("echo a; sleep 0.3; echo b >&2; printf c")), kTimeoutMs,
                                           [&](const QString &line) {
                                               if (firstLineMs < 0)
                                                   firstLineMs = clock.elapsed();
                                               lines << line;
                                           });
        const qint64 totalMs = clock.elapsed();
        QCOMPARE(r.outcome, CommandOutcome::Success);
        QCOMPARE(lines, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(r.standardOutput, QByteArray("a\nc"));
        QCOMPARE(r.standardError, QByteArray("b\n"));
        // "a" must reach the handler during the 0.3 s sleep, not when the process ends.
        QVERIFY2(firstLineMs + 200 < totalMs, qPrintable(QStringLiteral("%1 / %2").arg(firstLineMs).arg(totalMs)));
    }
    void carriageReturnsAreStripped()
    {
        ProcessRunner runner;
        QStringList lines;
        runner.run(sh(QStringLiteral("printf 'x\\r\\ny\\r\\n'")), kTimeoutMs, [&](const QString &l) { lines << l; });
        QCOMPARE(lines, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    }
    void inputGoesToStdin()
    {
        ProcessRunner runner;
        const CommandResult r = runner.run({QStringLiteral("/bin/cat"), {}, {}}, kTimeoutMs, {}, "hello\n");
        QCOMPARE(r.outcome, CommandOutcome::Success);
        QCOMPARE(r.standardOutput, QByteArray("hello\n"));
    }
    void stdinIsClosedWithoutInput()
    {
        ProcessRunner runner;
        const CommandResult r = runner.run({QStringLiteral("/bin/cat"), {}, {}}, kTimeoutMs);
        QCOMPARE(r.outcome, CommandOutcome::Success);
        QVERIFY(r.standardOutput.isEmpty());
    }
    void workingDirectoryIsHonoured()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProcessRunner runner;
        CommandLine c = sh(QStringLiteral("pwd -P"));
        c.workingDirectory = dir.path();
        const CommandResult r = runner.run(c, kTimeoutMs);
        QCOMPARE(r.outcome, CommandOutcome::Success);
        QCOMPARE(QString::fromUtf8(r.standardOutput.trimmed()), QDir(dir.path()).canonicalPath());
    }
    void cancelFromAnotherThread()
    {
        ProcessRunner runner;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            runner.cancel();
        });
        const CommandResult r = runner.run({QStringLiteral("/bin/sleep"), {QStringLiteral("10")}, {}}, kTimeoutMs);
        canceller.join();
        QCOMPARE(r.outcome, CommandOutcome::Cancelled);
        QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(r.describe(), QStringLiteral("was cancelled"));
    }
    void signalIsACrash()
    {
        ProcessRunner runner;
        const CommandResult r = runner.run(sh(QStringLiteral("kill -9 $$")), kTimeoutMs);
        QCOMPARE(r.outcome, CommandOutcome::Crashed);
        QCOMPARE(r.describe(), QStringLiteral("crashed"));
    }
    void runsOnAPlainThread()
    {
        // The GUI runs commands from worker threads; std::thread has no Qt event loop at all.
        ProcessRunner runner;
        CommandResult r;
        QStringList lines;
        std::thread worker([&] {
            r = runner.run(sh(QStringLiteral("echo one; echo two")), kTimeoutMs, [&](const QString &l) { lines << l; });
        });
        worker.join();
        QCOMPARE(r.outcome, CommandOutcome::Success);
        QCOMPARE(lines, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    }

    // A window's operation lowers the priority of the commands it starts, not its own: the
    // command runs at nice 10 while the thread that started it keeps its own.
    void commandsStartedInALowPriorityScopeRunBelowTheirThread()
    {
        ProcessRunner runner;
        const auto niceOfACommand = [&] {
            const CommandResult r = runner.run({QStringLiteral("/usr/bin/nice"), {}, {}}, kTimeoutMs);
            return QString::fromUtf8(r.standardOutput).trimmed().toInt();
        };
        const int own = ::getpriority(PRIO_PROCESS, 0);
        QVERIFY2(own < 10, "the test must start below nice 10");
        QCOMPARE(niceOfACommand(), own);
        {
            const LowPriorityScope below;
            QCOMPARE(niceOfACommand(), 10);
            QCOMPARE(::getpriority(PRIO_PROCESS, 0), own);
            int elsewhere = -1;
            std::thread other([&] { elsewhere = LowPriorityScope::childNice(); });
            other.join();
            QCOMPARE(elsewhere, 0); // this thread's commands only

        }
        QCOMPARE(niceOfACommand(), own);
    }

    void detailsPreferStderrAndKeepTheEnd()
    {
        CommandResult r;
        r.standardOutput = "  only stdout \n";
        QCOMPARE(r.details(), QStringLiteral("only stdout"));
        QByteArray many;
        for (int i = 1; i <= 50; ++i)
            many += "line " + QByteArray::number(i) + '\n';
        r.standardError = many;
        const QStringList lines = r.details().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 40);
        QCOMPARE(lines.first(), QStringLiteral("line 11"));
        QCOMPARE(lines.last(), QStringLiteral("line 50"));
    }
    void timeoutDescribesDuration()
    {
        CommandResult r;
        r.outcome = CommandOutcome::TimedOut;
        r.elapsedMs = 30012;
        QCOMPARE(r.describe(), QStringLiteral("timed out after 30 s"));
        r.elapsedMs = 300;
        QCOMPARE(r.describe(), QStringLiteral("timed out after 300 ms"));
    }

    void fakeMatchesExactlyAndByPrefix()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker version"), 0, "24.0\n");
        fake.expect(QStringLiteral("docker build *"), 1, {}, "boom\n");
        QCOMPARE(fake.run({QStringLiteral("docker"), {QStringLiteral("version")}, {}}, 1000).standardOutput, QByteArray("24.0\n"));
        const CommandResult build = fake.run({QStringLiteral("docker"), {QStringLiteral("build"), QStringLiteral("-t"), QStringLiteral("x")}, {}}, 2000);
        QCOMPARE(build.outcome, CommandOutcome::ExitedWithError);
        QCOMPARE(build.exitCode, 1);
        QCOMPARE(build.details(), QStringLiteral("boom"));
    }
    void fakeConsumesRepliesInOrder()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("podman ps*"), 0, "first");
        fake.expect(QStringLiteral("podman ps*"), 0, "second");
        const CommandLine ps{QStringLiteral("podman"), {QStringLiteral("ps")}, {}};
        QCOMPARE(fake.run(ps, 1000).standardOutput, QByteArray("first"));
        QCOMPARE(fake.run(ps, 1000).standardOutput, QByteArray("second"));
        QCOMPARE(fake.run(ps, 1000).outcome, CommandOutcome::FailedToStart);
    }
    void fakeDeliversLines()
    {
        FakeCommandRunner fake;
        CommandResult ok;
        ok.outcome = CommandOutcome::Success;
        fake.expect(QStringLiteral("make"), ok, {QStringLiteral("step 1"), QStringLiteral("step 2")});
        QStringList lines;
        QVERIFY(fake.run({QStringLiteral("make"), {}, {}}, 1000, [&](const QString &l) { lines << l; }).ok());
        QCOMPARE(lines, (QStringList{QStringLiteral("step 1"), QStringLiteral("step 2")}));
    }
    void fakeRejectsUnexpectedCommands()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker version"), 0);
        const CommandResult r = fake.run({QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("a b")}, {}}, 1000);
        QCOMPARE(r.outcome, CommandOutcome::FailedToStart);
        QCOMPARE(r.details(), QStringLiteral("FakeCommandRunner: unexpected command: docker rm 'a b'"));
    }
    void fakeRecordsHistory()
    {
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("*"), 0);
        fake.expect(QStringLiteral("*"), 0);
        fake.run({QStringLiteral("cat"), {}, QStringLiteral("/tmp")}, 1000, {}, "in");
        fake.run({QStringLiteral("true"), {}, {}}, 2000);
        QCOMPARE(fake.history, (QStringList{QStringLiteral("(cd /tmp && cat)"), QStringLiteral("true")}));
        QCOMPARE(fake.inputs, (QList<QByteArray>{"in", {}}));
        QCOMPARE(fake.timeouts, (QList<int>{1000, 2000}));
    }
};

QTEST_GUILESS_MAIN(TstProcessRunner)
#include "tst_processrunner.moc"
