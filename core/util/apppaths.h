#pragma once
#include <QString>

namespace initbench {

// Where Initbench keeps its state. INITBENCH_HOME, when set, moves all of it under one folder
// (tests and CI use that so they never touch a user's files).
struct AppPaths {
    static QString configDir(); // profiles: $XDG_CONFIG_HOME/initbench
    static QString dataDir();   // keys, nspawn root trees, build contexts: $XDG_DATA_HOME/initbench
    static QString profilesDir() { return configDir() + QStringLiteral("/profiles"); }
    static QString contextsDir() { return dataDir() + QStringLiteral("/contexts"); }
    // Makes the data folder (and its machines/) if needed and closes it to others (0700): it
    // holds keys, root trees and state whose PIDs Initbench signals. A data folder that is a
    // symbolic link or belongs to another user is refused: its message, or empty when fine.
    static QString secureDataDir();
    static QString secureFolder(const QString &path); // the same for one folder
};

} // namespace initbench
