// The one symbol the binary looks up in the window's module (see guimodule.h).
#include "gui/guilauncher.h"

extern "C" __attribute__((visibility("default"))) int initbench_run_gui(int argc, char *argv[])
{
    return initbench::gui::runGui(argc, argv);
}
