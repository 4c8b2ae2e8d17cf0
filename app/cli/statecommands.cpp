#include "cli/statecommands.h"

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "engine/containercontroller.h"

namespace initbench::cli {

namespace {

QCommandLineOption timeoutOption()
{
    return {QStringLiteral("timeout"), QStringLiteral("Seconds to wait for ready (default 180)."), QStringLiteral("SECONDS"),
            QStringLiteral("180")};
}

// start and restart: the container's recorded profile brought up again.
int startOrRestart(const QStringList &arguments, bool restart)
{
    const QString command = restart ? QStringLiteral("restart") : QStringLiteral("start");
    CommandParser cp(QStringLiteral("initbench %1 NAME [--engine ENGINE]%2 [--timeout SECONDS]")
                         .arg(command, restart ? QStringLiteral(" [--time SECONDS]") : QString()),
                     restart ? QStringLiteral("Stops a container with its init's own stop signal, then starts it again from the\n"
                                              "profile it was made from and waits until it is ready.")
                             : QStringLiteral("Starts a stopped container from the profile it was made from and waits until the\n"
                                              "init has booted and, when sshd is a service, SSH answers."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addOption(engineOption());
    const QCommandLineOption time(QStringLiteral("time"), QStringLiteral("Seconds to wait for the stop before killing (default 10)."),
                                  QStringLiteral("SECONDS"), QStringLiteral("10"));
    if (restart)
        cp.parser().addOption(time);
    const QCommandLineOption timeout = timeoutOption();
    cp.parser().addOption(timeout);
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    EngineSession e(*catalog);
    const QString name = cp.parser().positionalArguments().constFirst();
    const QString engine = cp.parser().value(QStringLiteral("engine"));
    const ProgressSink progress = terminalProgress(true);
    const int readyTimeout = cp.parser().value(timeout).toInt();
    const UpResult r = restart ? e.controller.restart(name, engine, progress, cp.parser().value(time).toInt(), readyTimeout)
                               : e.controller.start(name, engine, progress, readyTimeout);
    if (!r.result.ok()) {
        reportFailure(command, r.result);
        return RuntimeFailure;
    }
    out(QStringLiteral("%1 is ready in %2 s: %3\n").arg(name).arg(double(r.readyMs) / 1000, 0, 'f', 1).arg(r.readyWhat));
    return Success;
}

} // namespace

int runStart(const QStringList &arguments) { return startOrRestart(arguments, false); }
int runRestart(const QStringList &arguments) { return startOrRestart(arguments, true); }

int runKill(const QStringList &arguments)
{
    return runNamedOperation(arguments, QStringLiteral("kill"),
                             QStringLiteral("Kills a running container (SIGKILL) without asking its init to shut down: for a\n"
                                            "container that does not stop. `initbench down` is the clean way."),
                             [](ContainerController &c, const QString &name, const QString &engine) { return c.kill(name, engine); },
                             QStringLiteral("killed %1"));
}

} // namespace initbench::cli
