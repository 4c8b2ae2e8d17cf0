// The composition root: headless subcommands when the arguments name one, the window otherwise.
#include "cli/clirouter.h"
#include "cli/cliio.h"
#include "cli/exitcodes.h"

#ifdef INITBENCH_WITH_GUI
#include "gui/guimodule.h"
#endif

#include <QCoreApplication>


int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (initbench::cli::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("initbench"));
        return initbench::cli::runCli(arguments);
    }
#ifdef INITBENCH_WITH_GUI
    return initbench::gui::runGuiModule(argc, argv);
#else
    initbench::cli::err(QStringLiteral("initbench was built without its window (INITBENCH_BUILD_GUI=OFF).\n\n")
                        + initbench::cli::topLevelHelp());
    return initbench::cli::UsageError;
#endif
}
