#pragma once
#include <QString>

namespace initbench {

// One distro x init x engine combination: supported (there is a recipe) or refused, with a
// one-line reason the UI and CLI show as it is.
struct Cell {
    QString distro;
    QString init;
    QString engine;
    bool supported = false;
    QString reason;
};

} // namespace initbench
