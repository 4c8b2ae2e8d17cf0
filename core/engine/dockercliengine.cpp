#include "engine/dockercliengine.h"
#include "engine/dockercli.h"
#include "engine/enginediagnosis.h"

#include <QElapsedTimer>
#include <QStandardPaths>

namespace initbench {

namespace {
const int kQuickMs = 30 * 1000;
// docker's and podman's exit status for a container the engine had to SIGKILL.
const int kKilledExitCode = 137;
} // namespace

bool DockerCliEngine::installed() const
{
    return !QStandardPaths::findExecutable(m_engine).isEmpty();
}

OpResult DockerCliEngine::failed(const CommandResult &r) const
{
    const EngineDiagnosis d = diagnoseEngineFailure(m_engine, r);
    const OpStatus status = d.problem == EngineProblem::NoSuchContainer ? OpStatus::NotFound
        : d.problem == EngineProblem::None || d.problem == EngineProblem::Other || d.problem == EngineProblem::NoSuchImage
            || d.problem == EngineProblem::NameInUse
        ? OpStatus::Failed
        : OpStatus::EngineUnavailable;
    return OpResult::failure(status, d.message, r.details());
}

OpResult DockerCliEngine::checkUsable()
{
    const CommandResult r = m_runner.run(DockerCli(m_engine).serverVersion(), kQuickMs);
    if (!r.ok()) {
        OpResult out = failed(r);
        out.status = OpStatus::EngineUnavailable;
        return out;
    }
    return {};
}

QList<ContainerState> DockerCliEngine::listOurs(EngineStatus *status)
{
    *status = EngineStatus{m_engine, EngineProblem::None, {}};
    if (!installed()) {
        *status = EngineStatus{m_engine, EngineProblem::NotInstalled, diagnoseEngineFailure(m_engine, CommandResult{}).message};
        return {};
    }
    const CommandResult r = m_runner.run(DockerCli(m_engine).listManaged(), kQuickMs);
    if (!r.ok()) {
        const EngineDiagnosis d = diagnoseEngineFailure(m_engine, r);
        *status = EngineStatus{m_engine, d.problem == EngineProblem::None ? EngineProblem::Other : d.problem, d.message};
        return {};
    }
    // The profile's label is in the image too, so while an image builds, docker's step
    // containers carry it under names of their own: only the container named after its
    // profile is Initbench's.
    QList<ContainerState> out;
    for (const ContainerState &c : DockerCli::parseList(m_engine, r.standardOutput))
        if (c.name == c.profile)
            out << c;
    return out;
}

std::optional<ContainerState> DockerCliEngine::lookUp(const QString &name, QString *problem)
{
    if (!installed())
        return std::nullopt;
    const CommandResult r = m_runner.run(DockerCli(m_engine).inspect(name), kQuickMs);
    if (r.ok())
        return DockerCli::parseInspect(m_engine, r.standardOutput);
    if (const EngineDiagnosis d = diagnoseEngineFailure(m_engine, r); d.problem != EngineProblem::NoSuchContainer)
        *problem = d.message;
    return std::nullopt;
}

ContainerState DockerCliEngine::state(const QString &name)
{
    return DockerCli::parseInspect(m_engine, m_runner.run(DockerCli(m_engine).inspect(name), kQuickMs).standardOutput);
}

DownResult DockerCliEngine::stop(const ContainerState &running, int timeoutSeconds)
{
    DownResult out;
    const DockerCli cli(m_engine);
    QElapsedTimer timer;
    timer.start();
    // The engine sends the init's stop signal (set at run time) and kills after the timeout.
    const CommandResult r = m_runner.run(cli.stop(running.name, timeoutSeconds), (timeoutSeconds + 30) * 1000);
    out.elapsedMs = timer.elapsed();
    if (!r.ok()) {
        out.result = failed(r);
        return out;
    }
    const CommandResult inspected = m_runner.run(cli.inspect(running.name), kQuickMs);
    const ContainerState after = DockerCli::parseInspect(m_engine, inspected.standardOutput);
    if (!inspected.ok() || !after.exists) {
        out.result = OpResult::failure(QStringLiteral("%1 was stopped, but its exit status cannot be read: %2")
                                           .arg(running.name, diagnoseEngineFailure(m_engine, inspected).message),
                                       inspected.details());
        return out;
    }
    out.exitCode = after.exitCode;
    // The engine gave up waiting for the init to shut down when it had to SIGKILL it.
    out.clean = after.exitCode != kKilledExitCode && out.elapsedMs < timeoutSeconds * 1000LL;
    return out;
}

OpResult DockerCliEngine::kill(const ContainerState &running)
{
    const CommandResult r = m_runner.run(DockerCli(m_engine).kill(running.name), kQuickMs);
    return r.ok() ? OpResult{} : failed(r);
}

OpResult DockerCliEngine::remove(const ContainerState &stopped)
{
    const CommandResult r = m_runner.run(DockerCli(m_engine).remove(stopped.name), kQuickMs);
    return r.ok() ? OpResult{} : failed(r);
}

OpResult DockerCliEngine::consoleText(const QString &name, int tailLines, QString *text)
{
    const CommandResult r = m_runner.run(DockerCli(m_engine).logs(name, tailLines), kQuickMs);
    if (!r.ok())
        return failed(r);
    // docker logs replays the console (a tty: one stream) as it was written.
    *text = QString::fromUtf8(r.standardOutput + r.standardError);
    return {};
}

ConsoleAccess DockerCliEngine::consoleAccess(const QString &name) const
{
    // No signal proxying: ^C is a byte for the console, never a SIGINT to the container's init.
    return {{m_engine,
             {QStringLiteral("attach"), QStringLiteral("--sig-proxy=false"), QStringLiteral("--detach-keys"), QStringLiteral("ctrl-p,ctrl-q"), name},
             {}},
            {},
            QStringLiteral("Ctrl-P Ctrl-Q")};
}

std::optional<CommandLine> DockerCliEngine::eventStream() const
{
    return DockerCli(m_engine).events();
}

} // namespace initbench
