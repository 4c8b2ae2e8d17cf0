#pragma once

namespace initbench::gui {

// Opens the window with the user's saved default profile, or the built-in one.
int runGui(int argc, char *argv[]);

} // namespace initbench::gui
