#pragma once
#include "catalog/catalog.h"
#include "engine/progresssink.h"
#include "profile/profile.h"

#include <optional>

namespace initbench::cli {

// The built-in catalog, or nullptr after telling the user it is broken.
const Catalog *builtinCatalogOrReport();

// Loads and validates a profile file; prints every problem (file, line, column) and returns
// nothing when it is not valid. engineOverride, when set, replaces the profile's engine.
std::optional<Profile> loadProfileOrReport(const QString &path, const Catalog &catalog, const QString &engineOverride = {});

// Prints steps and notes; the tools' own output too unless quiet.
ProgressSink terminalProgress(bool quiet);

// Prints an operation's failure (message, then details indented) to stderr.
void reportFailure(const QString &command, const OpResult &result);

} // namespace initbench::cli
