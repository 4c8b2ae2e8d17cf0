#include "engine/enginediagnosis.h"

#include "engine/rootlessdiagnosis.h"

#include <QStringList>

namespace initbench {

// The first line that is not a warning of the engine's logger: rootless podman starts every
// stderr with one on some hosts ("\"/\" is not a shared mount..."), before the error itself.
static QString firstLine(const QString &err)
{
    for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("time=")) || !line.contains(QLatin1String(" level=warning ")))
            return line;
    return err.section(QLatin1Char('\n'), 0, 0);
}

EngineDiagnosis diagnoseEngineFailure(const QString &engine, const CommandResult &result)
{
    if (result.ok())
        return {};
    const QString err = result.details();
    if (result.outcome == CommandOutcome::FailedToStart)
        return {EngineProblem::NotInstalled,
                QStringLiteral("%1 is not installed or not on PATH (Debian: apt install %2)")
                    .arg(engine, engine == QLatin1String("docker") ? QStringLiteral("docker.io") : engine)};
    // Before the rest: a podman without its rootless setup fails every other way too.
    if (engine == QLatin1String("podman"))
        if (const auto rootless = diagnoseRootlessSetup(err))
            return *rootless;
    if (err.contains(QLatin1String("permission denied"), Qt::CaseInsensitive) && err.contains(QLatin1String(".sock")))
        return {EngineProblem::PermissionDenied,
                QStringLiteral("permission denied on the %1 socket: join the '%1' group "
                               "(sudo usermod -aG %1 $USER, then log in again) or run as root").arg(engine)};
    if (err.contains(QLatin1String("Cannot connect to the Docker daemon")) || err.contains(QLatin1String("Is the docker daemon running"))
        || err.contains(QLatin1String("Cannot connect to Podman")))
        return {EngineProblem::DaemonNotRunning,
                engine == QLatin1String("docker")
                    ? QStringLiteral("the docker daemon is not running: start it (sudo systemctl start docker, or run dockerd)")
                    : QStringLiteral("podman cannot reach its service: %1").arg(firstLine(err))};
    if (err.contains(QLatin1String("No such container")) || err.contains(QLatin1String("no such container")))
        return {EngineProblem::NoSuchContainer, firstLine(err)};
    // docker: 'Conflict. The container name "/x" is already in use'; podman: 'the container name "x" is already in use'.
    if (err.contains(QLatin1String("container name"), Qt::CaseInsensitive) && err.contains(QLatin1String("already in use")))
        return {EngineProblem::NameInUse, firstLine(err)};
    if (err.contains(QLatin1String("No such image")) || err.contains(QLatin1String("image not known")))
        return {EngineProblem::NoSuchImage, firstLine(err)};
    return {EngineProblem::Other, QStringLiteral("%1 %2: %3").arg(engine, result.describe(), err)};
}

} // namespace initbench
