#pragma once
#include "engine/consoleaccess.h"
#include "engine/containerstate.h"
#include "engine/enginestatus.h"
#include "engine/progresssink.h"
#include "engine/stopresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace initbench {

// One container engine as the lifecycle sees it: which containers it has, how to stop, kill
// and remove one, and how to read its console. docker and podman share one
// implementation (their command lines differ only in details); nspawn is Initbench's own
// supervisor and files. Callers go through EngineRegistry and never name an engine, so a
// fourth one is a class and a line in standardengines.cpp.
class IEngine
{
public:
    virtual ~IEngine() = default;

    virtual QString id() const = 0;          // what profiles say in `engine:`: docker | podman | nspawn
    virtual QString programName() const = 0; // what must be installed: docker | podman | systemd-nspawn
    virtual bool installed() const = 0;
    // It runs OCI images (build, import a base tarball); nspawn boots a tree instead.
    virtual bool runsImages() const = 0;
    // Its containers are Initbench's own files (nspawn's machines/ folder): every one is
    // Initbench's, and they can be read without the engine's program.
    virtual bool keepsOwnRecords() const = 0;

    // Whether it can run containers now; if not, why in words that say the fix.
    virtual OpResult checkUsable() = 0;
    // Every container Initbench made on it; *status says how the engine answered.
    virtual QList<ContainerState> listOurs(EngineStatus *status) = 0;
    // The container called name, or nullopt: *problem is then why the engine could not answer,
    // empty when it simply has none of that name.
    virtual std::optional<ContainerState> lookUp(const QString &name, QString *problem) = 0;
    // The same, for a caller that only needs "exists" and "running" (a state that exists=false
    // when there is none or the engine did not answer).
    virtual ContainerState state(const QString &name) = 0;

    // Asks the init to shut down with its own stop signal; kills it after timeoutSeconds.
    virtual DownResult stop(const ContainerState &running, int timeoutSeconds) = 0;
    virtual OpResult kill(const ContainerState &running) = 0; // SIGKILL, the init is not asked
    virtual OpResult remove(const ContainerState &stopped) = 0;
    // The last tailLines of its console, as it was written.
    virtual OpResult consoleText(const QString &name, int tailLines, QString *text) = 0;
    virtual ConsoleAccess consoleAccess(const QString &name) const = 0;

    // What tells a watcher that its containers changed: a command that prints a line per
    // event, or a folder to watch. Either may be empty.
    virtual std::optional<CommandLine> eventStream() const = 0;
    virtual QString watchedFolder() const = 0;
};

} // namespace initbench
