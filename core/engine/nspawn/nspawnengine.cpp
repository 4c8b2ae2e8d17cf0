#include "engine/nspawn/nspawnengine.h"

#include <QStandardPaths>

#include <unistd.h>

namespace initbench {

namespace {
QString notInstalled()
{
    return QStringLiteral("systemd-nspawn is not installed (Debian: apt install systemd-container)");
}
} // namespace

bool NspawnEngine::installed() const
{
    return !QStandardPaths::findExecutable(programName()).isEmpty();
}

OpResult NspawnEngine::checkUsable()
{
    if (!installed())
        return OpResult::failure(OpStatus::EngineUnavailable, notInstalled());
    if (::geteuid() != 0)
        return OpResult::failure(OpStatus::EngineUnavailable, QStringLiteral("systemd-nspawn needs root: run initbench with sudo for nspawn profiles"));
    return {};
}

QList<ContainerState> NspawnEngine::listOurs(EngineStatus *status)
{
    // The machines are Initbench's own files: listed even when systemd-nspawn has gone, so
    // they can still be removed.
    *status = installed() ? EngineStatus{id(), EngineProblem::None, {}} : EngineStatus{id(), EngineProblem::NotInstalled, notInstalled()};
    return m_machines.list();
}

std::optional<ContainerState> NspawnEngine::lookUp(const QString &name, QString *)
{
    if (!m_machines.exists(name))
        return std::nullopt;
    return m_machines.state(name);
}

DownResult NspawnEngine::stop(const ContainerState &running, int timeoutSeconds)
{
    DownResult out;
    MachineSpec spec;
    MachineSpec::load(m_machines.files(running.name).specFile(), &spec, nullptr);
    out.result = m_machines.stop(running.name, spec.stopSignal, timeoutSeconds, &out.clean, &out.elapsedMs);
    out.exitCode = m_machines.state(running.name).exitCode;
    return out;
}

OpResult NspawnEngine::kill(const ContainerState &running)
{
    // SIGKILL to the container's PID 1 ends its whole PID namespace; nspawn then exits.
    bool clean = false;
    qint64 elapsed = 0;
    return m_machines.stop(running.name, QStringLiteral("SIGKILL"), 5, &clean, &elapsed);
}

OpResult NspawnEngine::consoleText(const QString &name, int tailLines, QString *text)
{
    *text = m_machines.consoleText(name, tailLines);
    return {};
}

ConsoleAccess NspawnEngine::consoleAccess(const QString &name) const
{
    return {{}, m_machines.files(name).consoleSocket(), QStringLiteral("Ctrl-]")};
}

} // namespace initbench
