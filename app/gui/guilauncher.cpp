#include "gui/guilauncher.h"
#include "gui/windowcomposition.h"

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "mainwindow.h"
#include "profile/profileloader.h"
#include "recipe/hostfacts.h"
#include "util/apppaths.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <ctime>
#include <QFile>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

#include "plaintextwarning.h"
#include <QTranslator>

namespace initbench::gui {

// CLOCK_MONOTONIC in milliseconds: one clock for every process on the machine.
static long long monotonicMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

static bool hasDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "-platform") == 0)
            return true;
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

int runGui(int argc, char *argv[])
{
    if (!hasDisplay(argc, argv)) {
        cli::err(QStringLiteral(
            "initbench: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
            "  Run it under a virtual display:   xvfb-run -a initbench\n"
            "  Or use the headless commands:     initbench --help   (e.g. initbench catalog)\n"));
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("initbench"));
    QApplication::setApplicationVersion(QStringLiteral(INITBENCH_VERSION));
    // The desktop file's name ties the window to its launcher and icon in the desktop's dock.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.initbench.Initbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/desktop/io.initbench.Initbench.svg")));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("initbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QStringList errors;
    static const Catalog catalog = Catalog::builtin(&errors);
    if (!errors.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("Initbench"), errors.join(QLatin1Char('\n')));
        return 1;
    }
    if (const QString error = AppPaths::secureDataDir(); !error.isEmpty()) {
        plainTextWarning(nullptr, QObject::tr("Initbench"), error);
        return 1;
    }
    // A profile the user saved as default.yaml wins over the built-in one.
    const QString saved = AppPaths::profilesDir() + QStringLiteral("/default.yaml");
    const QString path = QFile::exists(saved) ? saved : QStringLiteral(":/profiles/default.yaml");
    ProfileLoadResult loaded = loadProfileFile(path, catalog, firstAvailableEngine());
    if (!loaded.ok() && path == saved)
        loaded = loadProfileFile(QStringLiteral(":/profiles/default.yaml"), catalog, firstAvailableEngine());

    WindowComposition composition(catalog, AppPaths::dataDir(), cli::supervisorCommand(), cli::entryCommand());
    MainWindow &window = composition.window();
    window.setProfile(loaded.profile, path.startsWith(QLatin1Char(':')) ? QString() : path);
    window.show();
    // For bench_window: when the first frame is out, on the monotonic clock the bench reads too.
    if (qEnvironmentVariableIsSet("INITBENCH_TRACE_STARTUP"))
        QTimer::singleShot(0, &window, [] {
            cli::err(QStringLiteral("initbench: first window at monotonic %1 ms\n").arg(monotonicMs()));
        });
    return app.exec();
}

} // namespace initbench::gui
