#include "process/processrunner.h"

#include "process/cancelscope.h"
#include "process/lowpriorityscope.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace initbench {

// Silent by default; QT_LOGGING_RULES="initbench.process.debug=true" traces every command.
Q_LOGGING_CATEGORY(lcProcess, "initbench.process", QtInfoMsg)

namespace {

// The loop wakes at least this often to look at the deadline and the cancel flag.
constexpr int kSliceMs = 50;
// SIGTERM first so the command can clean up (containers, mounts); SIGKILL after this.
constexpr int kTerminateGraceMs = 2000;
// What is kept of each channel: much of what runs prints a container's words (service status,
// ps, a console), and a container can print without end. The rest is still read, so the
// command never blocks on a full pipe, but not kept; the deadline bounds the time.
constexpr qsizetype kMaxKeptBytes = 64 << 20;
// A line longer than this is handed on in pieces (a container can print one without newline).
constexpr qsizetype kMaxLineBytes = 64 << 10;

// Cuts one channel into lines as bytes arrive. Lines are decoded whole, so a UTF-8 sequence
// split across two reads is not mangled; each channel has its own, so stdout and stderr
// never mix inside a line.
class LineSplitter
{
public:
    explicit LineSplitter(const ICommandRunner::LineHandler &onLine) : m_onLine(onLine) {}

    void feed(const QByteArray &bytes)
    {
        if (!m_onLine)
            return;
        m_pending += bytes;
        qsizetype start = 0;
        for (qsizetype end; (end = m_pending.indexOf('\n', start)) >= 0; start = end + 1)
            deliver(m_pending.mid(start, end - start));
        m_pending.remove(0, start);
        while (m_pending.size() > kMaxLineBytes) {
            deliver(m_pending.left(kMaxLineBytes));
            m_pending.remove(0, kMaxLineBytes);
        }
    }

    // The last line may lack its newline (printf); it is still output.
    void finish()
    {
        if (m_onLine && !m_pending.isEmpty())
            deliver(m_pending);
        m_pending.clear();
    }

private:
    void deliver(QByteArray line)
    {
        if (line.endsWith('\r'))
            line.chop(1);
        m_onLine(QString::fromUtf8(line));
    }

    const ICommandRunner::LineHandler &m_onLine;
    QByteArray m_pending;
};

void stopProcess(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(kTerminateGraceMs)) {
        process.kill();
        process.waitForFinished(kTerminateGraceMs);
    }
}

} // namespace

ProcessRunner::ProcessRunner(QProcessEnvironment environment) : m_environment(std::move(environment)) {}

void ProcessRunner::cancel()
{
    m_cancelled = true;
}

// Blocking by design (see ICommandRunner): the QProcess lives on the calling thread and is
// driven by waitFor* in short slices, so no event loop is needed and any thread may call this.
// A negative timeout waits for ever, as QProcess::waitFor* do.
CommandResult ProcessRunner::run(const CommandLine &command, int timeoutMs, const LineHandler &onLine,
                                 const QByteArray &input)
{
    m_cancelled = false;
    QElapsedTimer clock;
    clock.start();
    if (CancelScope::cancelled()) {
        CommandResult never;
        never.outcome = CommandOutcome::Cancelled;
        return never; // the operation was cancelled: nothing more of it starts
    }
    const QDeadlineTimer deadline(timeoutMs); // negative: Forever
    qCDebug(lcProcess) << "run" << command.toDisplayString();

    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (!command.workingDirectory.isEmpty())
        process.setWorkingDirectory(command.workingDirectory);

    // The command ends with the thread waiting for it here: if Initbench dies (killed, crashed),
    // the kernel sends it SIGTERM, so a build stops and cleans up (docker cancels it, mmdebstrap
    // unmounts) instead of running on unseen. Checked against a parent gone before prctl ran.
    // A window's operation asks for its commands to run below the window (LowPriorityScope).
    const pid_t parent = ::getpid();
    const int nice = LowPriorityScope::childNice();
    process.setChildProcessModifier([parent, nice] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127);
        // Only ever lower: a process already below that keeps its own.
        if (nice > 0 && ::getpriority(PRIO_PROCESS, 0) < nice)
            ::setpriority(PRIO_PROCESS, 0, nice);
    });
    CommandResult result;
    process.start(command.program, command.arguments);
    if (!process.waitForStarted(deadline.isForever() ? -1 : int(deadline.remainingTime()))
        && process.state() == QProcess::NotRunning) {
        result.outcome = CommandOutcome::FailedToStart;
        result.standardError = QStringLiteral("could not start %1: %2").arg(command.program, process.errorString()).toUtf8();
        result.elapsedMs = clock.elapsed();
        qCDebug(lcProcess) << "failed to start:" << process.errorString();
        return result;
    }

    // Always closed, even without input, so a command reading stdin sees EOF instead of hanging.
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();

    LineSplitter outLines(onLine), errLines(onLine);
    bool cut = false;
    const auto keep = [&cut](QByteArray &kept, const QByteArray &more) {
        const qsizetype room = kMaxKeptBytes - kept.size();
        kept += more.left(qMax<qsizetype>(0, room));
        cut = cut || more.size() > room;
    };
    auto drain = [&] {
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        keep(result.standardOutput, out);
        keep(result.standardError, err);
        outLines.feed(out);
        errLines.feed(err);
    };

    bool timedOut = false;
    bool cancelled = false;
    while (process.state() != QProcess::NotRunning) {
        if (m_cancelled || CancelScope::cancelled()) {
            cancelled = true;
            break;
        }
        if (deadline.hasExpired()) {
            timedOut = true;
            break;
        }
        // Returns as soon as stdout has data; stderr and the process's death are also
        // handled inside, so both channels keep flowing and the pipes never fill up.
        process.waitForReadyRead(kSliceMs);
        drain();
    }
    if (timedOut || cancelled)
        stopProcess(process);
    drain();
    outLines.finish();
    errLines.finish();
    if (cut)
        result.standardError += QStringLiteral("\n(initbench: output cut at %1 MiB)").arg(kMaxKeptBytes >> 20).toUtf8();

    result.elapsedMs = clock.elapsed();
    if (timedOut)
        result.outcome = CommandOutcome::TimedOut;
    else if (cancelled)
        result.outcome = CommandOutcome::Cancelled;
    else if (process.exitStatus() == QProcess::CrashExit)
        result.outcome = CommandOutcome::Crashed;
    else {
        result.exitCode = process.exitCode();
        result.outcome = result.exitCode == 0 ? CommandOutcome::Success : CommandOutcome::ExitedWithError;
    }
    qCDebug(lcProcess) << command.program << result.describe() << "in" << result.elapsedMs << "ms";
    return result;
}

} // namespace initbench
