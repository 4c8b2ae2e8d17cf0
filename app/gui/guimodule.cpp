#include "gui/guimodule.h"

#include "cli/cliio.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <dlfcn.h>
#include <unistd.h>

namespace initbench::gui {

namespace {

// Only places tied to the binary itself: never a path from the environment, which would let
// whoever sets it run code as the user (often root here).
QStringList candidates()
{
    QStringList out;
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        const QString dir = QFileInfo(QString::fromLocal8Bit(self, int(n))).path();
        out << dir + QStringLiteral("/initbench-gui.so") << dir + QStringLiteral("/../lib/initbench/initbench-gui.so");
    }
#ifdef INITBENCH_GUI_INSTALLED
    out << QStringLiteral(INITBENCH_GUI_INSTALLED);
#endif
    return out;
}

} // namespace

int runGuiModule(int argc, char *argv[])
{
    QStringList tried;
    for (const QString &path : candidates()) {
        if (!QFileInfo::exists(path))
            continue;
        void *module = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            tried << QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(::dlerror()));
            continue;
        }
        using Entry = int (*)(int, char **);
        if (const auto run = reinterpret_cast<Entry>(::dlsym(module, "initbench_run_gui")))
            return run(argc, argv);
        tried << QStringLiteral("%1: no initbench_run_gui in it").arg(path);
    }
    cli::err(QStringLiteral("initbench: the window's module (initbench-gui.so) cannot be loaded%1\n"
                            "  The headless commands still work: initbench --help\n")
                 .arg(tried.isEmpty() ? QStringLiteral(": it is not beside the binary nor in ../lib/initbench")
                                      : QStringLiteral(":\n  ") + tried.join(QStringLiteral("\n  "))));
    return 1;
}

} // namespace initbench::gui
