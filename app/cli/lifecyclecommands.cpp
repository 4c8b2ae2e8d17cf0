#include "cli/lifecyclecommands.h"

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "cli/severalup.h"
#include "engine/containercontroller.h"
#include "engine/nspawn/supervisor.h"


namespace initbench::cli {

namespace {

QCommandLineOption quietOption()
{
    return {QStringLiteral("quiet"), QStringLiteral("Do not print the build tools' own output.")};
}

int buildOrUp(const QStringList &arguments, bool boot)
{
    const QString name = boot ? QStringLiteral("up") : QStringLiteral("build");
    CommandParser cp(QStringLiteral("initbench %1 PROFILE%2 [--engine ENGINE] [--quiet]%3")
                         .arg(name, boot ? QStringLiteral(" [PROFILE...]") : QString(), boot ? QStringLiteral(" [--timeout SECONDS]") : QString()),
                     boot ? QStringLiteral("Builds the profile's image and boots it, then waits until the init has booted\n"
                                           "and, when sshd is a service, SSH answers. Prints the time to ready.\n"
                                           "Several profiles boot together, their lines tagged with their names; a profile\n"
                                           "without ssh_port gets a free port, so none collide.")
                          : QStringLiteral("Writes the build context and builds the profile's image. A missing base image\n"
                                           "is pulled, or bootstrapped from the distro's mirror when no registry answers."));
    cp.parser().addPositionalArgument(QStringLiteral("PROFILE"), boot ? QStringLiteral("Profile YAML files, one or more.")
                                                                      : QStringLiteral("The profile YAML file."));
    cp.parser().addOption(engineOption());
    cp.parser().addOption(quietOption());
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds to wait for ready (default 180)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("180"));
    if (boot)
        cp.parser().addOption(timeout);
    if (const int status = cp.parse(arguments, 1, boot ? 64 : 1); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    // Every profile is checked before anything starts.
    QList<Profile> profiles;
    for (const QString &path : cp.parser().positionalArguments()) {
        const auto loaded = loadProfileOrReport(path, *catalog, cp.parser().value(QStringLiteral("engine")));
        if (!loaded)
            return UsageError;
        profiles << *loaded;
    }
    if (profiles.size() > 1)
        return upSeveral(*catalog, profiles, cp.parser().isSet(QStringLiteral("quiet")), cp.parser().value(timeout).toInt());
    const std::optional<Profile> profile = profiles.constFirst();
    EngineSession e(*catalog);
    const ProgressSink progress = terminalProgress(cp.parser().isSet(QStringLiteral("quiet")));
    if (!boot) {
        const OpResult r = e.controller.build(*profile, progress);
        if (!r.ok()) {
            reportFailure(name, r);
            return RuntimeFailure;
        }
        out(QStringLiteral("built %1\n").arg(profile->name));
        return Success;
    }
    const UpResult r = e.controller.up(*profile, progress, cp.parser().value(timeout).toInt());
    if (!r.result.ok()) {
        reportFailure(name, r.result);
        return RuntimeFailure;
    }
    out(QStringLiteral("%1 is ready in %2 s: %3\n").arg(profile->name).arg(double(r.readyMs) / 1000, 0, 'f', 1).arg(r.readyWhat));
    return Success;
}

} // namespace

int runBuild(const QStringList &arguments) { return buildOrUp(arguments, false); }
int runUp(const QStringList &arguments) { return buildOrUp(arguments, true); }

int runDown(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench down NAME [--engine ENGINE] [--time SECONDS]"),
                     QStringLiteral("Stops a container with its init's own stop signal and says whether the init shut\n"
                                    "down cleanly or had to be killed after the timeout."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addOption(engineOption());
    const QCommandLineOption time(QStringLiteral("time"), QStringLiteral("Seconds to wait before killing (default 10)."),
                                  QStringLiteral("SECONDS"), QStringLiteral("10"));
    cp.parser().addOption(time);
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    EngineSession e(*catalog);
    const QString name = cp.parser().positionalArguments().constFirst();
    const DownResult r = e.controller.down(name, cp.parser().value(QStringLiteral("engine")), cp.parser().value(time).toInt());
    if (!r.result.ok()) {
        reportFailure(QStringLiteral("down"), r.result);
        return RuntimeFailure;
    }
    if (!r.wasRunning)
        out(QStringLiteral("%1 was not running (last exit status %2)\n").arg(name).arg(r.exitCode));
    else if (r.clean)
        out(QStringLiteral("%1 stopped cleanly in %2 s: the init shut down (exit status %3)\n")
                .arg(name).arg(double(r.elapsedMs) / 1000, 0, 'f', 1).arg(r.exitCode));
    else
        out(QStringLiteral("%1 was forced to stop after %2 s: the init did not shut down on its stop signal (exit status %3)\n")
                .arg(name).arg(double(r.elapsedMs) / 1000, 0, 'f', 1).arg(r.exitCode));
    return Success;
}

int runSupervisor(const QStringList &arguments)
{
    // Started detached by `up` for nspawn profiles; lives as long as the machine.
    if (arguments.size() != 2)
        return UsageError;
    detachFromCaller();
    return superviseMachine(arguments.at(1));
}

int runRemove(const QStringList &arguments)
{
    return runNamedOperation(arguments, QStringLiteral("rm"),
                             QStringLiteral("Removes a stopped container Initbench created. Running containers and containers\n"
                                            "Initbench did not create are refused."),
                             [](ContainerController &c, const QString &name, const QString &engine) { return c.remove(name, engine); },
                             QStringLiteral("removed %1"));
}

} // namespace initbench::cli
