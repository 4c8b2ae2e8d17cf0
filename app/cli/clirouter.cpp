#include "cli/clirouter.h"

#include "util/apppaths.h"

#include "cli/catalogcommand.h"
#include "cli/consolecommand.h"
#include "cli/doctorcommand.h"
#include "cli/cliio.h"
#include "cli/exitcodes.h"
#include "cli/inspectcommands.h"
#include "cli/lifecyclecommands.h"
#include "cli/statecommands.h"
#include "cli/logincommands.h"
#include "cli/processcommand.h"
#include "cli/recipecommand.h"
#include "cli/servicecommands.h"
#include "cli/sshcommand.h"
#include "util/nearestword.h"

#include <functional>

namespace initbench::cli {

namespace {

struct Subcommand {
    QString name;
    QString summary;
    std::function<int(const QStringList &)> run;
};

QList<Subcommand> subcommands()
{
    return {
        {QStringLiteral("recipe"), QStringLiteral("write a profile's build context and print the commands `up` runs"), runRecipe},
        {QStringLiteral("catalog"), QStringLiteral("list every distro x init x engine cell, supported or refused"), runCatalog},
        {QStringLiteral("base"), QStringLiteral("bootstrap a Debian/Ubuntu base image from the mirror and import it"), runBase},
        {QStringLiteral("build"), QStringLiteral("build a profile's image"), runBuild},
        {QStringLiteral("up"), QStringLiteral("build and boot a profile, wait until it is ready"), runUp},
        {QStringLiteral("down"), QStringLiteral("stop a container with its init's signal; say if it was clean"), runDown},
        {QStringLiteral("start"), QStringLiteral("start a stopped container again, wait until it is ready"), runStart},
        {QStringLiteral("restart"), QStringLiteral("stop a container with its init's signal and start it again"), runRestart},
        {QStringLiteral("kill"), QStringLiteral("kill a container that does not stop (SIGKILL)"), runKill},
        {QStringLiteral("rm"), QStringLiteral("remove a stopped container Initbench created"), runRemove},
        {QStringLiteral("list"), QStringLiteral("list the containers Initbench created"), runList},
        {QStringLiteral("logs"), QStringLiteral("print a container's boot console"), runLogs},
        {QStringLiteral("doctor"), QStringLiteral("what stopped a boot or a login, and the fix, from a console or log"), runDoctor},
        {QStringLiteral("exec"), QStringLiteral("run a command in a container"), runExec},
        {QStringLiteral("who"), QStringLiteral("who is logged in to a container (its utmp, parsed here)"), runWho},
        {QStringLiteral("console"), QStringLiteral("attach this terminal to a container's console (its init, its getty)"), runConsole},
        {QStringLiteral("ssh"), QStringLiteral("log in to a container over SSH with Initbench's own key"), runSsh},
        {QStringLiteral("last"), QStringLiteral("a container's logins and boots (its wtmp, parsed here)"), runLast},
        {QStringLiteral("init"), QStringLiteral("which init is a container's PID 1, and on what evidence"), runInit},
        {QStringLiteral("services"), QStringLiteral("a container's services, as its own init reports them"), runServices},
        {QStringLiteral("ps"), QStringLiteral("a container's processes as a tree, PID 1 and supervisors marked"), runPs},
    };
}

} // namespace

QString topLevelHelp()
{
    QString text = QStringLiteral("Usage: initbench [COMMAND [OPTIONS]]\n\n"
                                  "With no command, the Initbench window opens.\n\nCommands:\n");
    for (const Subcommand &s : subcommands())
        text += QStringLiteral("  %1  %2\n").arg(s.name.leftJustified(10), s.summary);
    text += QStringLiteral("\nRun `initbench COMMAND --help` for a command's options.\n"
                           "Exit status: 0 success, 1 runtime failure, 2 usage or validation error.\n");
    return text;
}

bool isCliInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // Qt's own GUI options (-platform, -style...) start with one dash and go to the GUI.
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("--help")
        || first == QLatin1String("-h") || first == QLatin1String("--version");
}

int runCli(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        out(topLevelHelp());
        return Success;
    }
    if (name == QLatin1String("--version")) {
        out(QStringLiteral("initbench %1\n").arg(QStringLiteral(INITBENCH_VERSION)));
        return Success;
    }
    if (const QString error = AppPaths::secureDataDir(); !error.isEmpty()) {
        err(QStringLiteral("initbench: %1\n").arg(error));
        return RuntimeFailure;
    }
    if (name == QLatin1String("__supervise-nspawn"))
        return runSupervisor(arguments.mid(1));
    QStringList names;
    for (const Subcommand &s : subcommands()) {
        if (s.name == name)
            return s.run(arguments.mid(1));
        names << s.name;
    }
    err(QStringLiteral("initbench: unknown command '%1'; did you mean '%2'?\n\n%3")
            .arg(name, nearestWord(name, names), topLevelHelp()));
    return UsageError;
}

} // namespace initbench::cli
