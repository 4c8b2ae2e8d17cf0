#pragma once
#include "catalog/catalog.h"
#include "engine/containercontroller.h"
#include "engine/progresssink.h"
#include "process/processrunner.h"
#include "profile/profile.h"

#include <QCommandLineOption>

#include <functional>
#include <optional>

namespace initbench::cli {

// The built-in catalog, or nullptr after telling the user it is broken.
const Catalog *builtinCatalogOrReport();

// Loads and validates a profile file; prints every problem (file, line, column) and returns
// nothing when it is not valid. engineOverride, when set, replaces the profile's engine.
std::optional<Profile> loadProfileOrReport(const QString &path, const Catalog &catalog, const QString &engineOverride = {});

// Prints steps and notes; the tools' own output too unless quiet. With a name, each line starts
// with it in brackets (several containers at once).
ProgressSink terminalProgress(bool quiet, const QString &name = {});

// --engine ENGINE, as every container command spells it.
QCommandLineOption engineOption();

// What a container command works with: a process runner and the controller over it, with
// this machine's facts and the user's data folder.
struct EngineSession {
    explicit EngineSession(const Catalog &catalog);
    ProcessRunner runner;
    ContainerController controller;
};

// The command line that starts the nspawn supervisor: this binary, __supervise-nspawn.
QStringList supervisorCommand();
// The command that runs a program confined inside a container: initbench-enter, beside this binary.
QStringList entryCommand();

// `initbench COMMAND NAME [--engine ENGINE]` for an operation on one container: parses, runs op
// in an engine session, prints done (its %1 the name) or the failure. Returns the exit status.
int runNamedOperation(const QStringList &arguments, const QString &command, const QString &description,
                      const std::function<OpResult(ContainerController &, const QString &name, const QString &engine)> &op,
                      const QString &done);

// Prints an operation's failure (message, then details indented) to stderr.
void reportFailure(const QString &command, const OpResult &result);

} // namespace initbench::cli
