#pragma once

namespace initbench::gui {

// Loads the window's module (initbench-gui.so beside the binary, or where `cmake --install`
// put it) and runs the window from it. When the module is missing or broken, says so and that
// the headless commands still work; returns the exit status.
int runGuiModule(int argc, char *argv[]);

} // namespace initbench::gui
