#pragma once
#include <QString>
#include <QStringList>

#include <optional>

namespace initbench {

// The user's settings file (AppPaths::configDir()/settings.yaml). Every key is optional:
//   podman_ulimits: [nofile=4096:4096, nproc=2048:2048]   # replaces the detected values
struct UserSettings {
    std::optional<QStringList> podmanUlimits;

    static QString path();
    // Missing file: defaults. A broken file: defaults plus the reason in *error.
    static UserSettings load(QString *error = nullptr);
};

} // namespace initbench
