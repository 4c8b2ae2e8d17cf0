#pragma once
#include "catalog/catalog.h"
#include "engine/access/containeraccess.h"
#include "engine/bootsequence.h"
#include "engine/builtimages.h"
#include "engine/consoleaccess.h"
#include "engine/containerstate.h"
#include "engine/engineregistry.h"
#include "engine/enginestatus.h"
#include "engine/imagebuilder.h"
#include "engine/nspawn/nspawnmachines.h"
#include "engine/progresssink.h"
#include "engine/stopresult.h"
#include "engine/upresult.h"
#include "process/icommandrunner.h"
#include "profile/profile.h"
#include "recipe/buildplan.h"
#include "recipe/hostfacts.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace initbench {

// Builds, boots and ends containers on the engines of its registry (docker, podman, nspawn),
// running every engine command through the injected runner, and finds containers again by
// their label. Each operation holds the container name's lock; building is ImageBuilder's,
// bringing up BootSequence's, the rest (stop, kill, remove, list) the engines'.
class ContainerController
{
    Q_DECLARE_TR_FUNCTIONS(ContainerController)

public:
    // supervisorCommand runs `initbench __supervise-nspawn` (needed to start nspawn machines).
    ContainerController(ICommandRunner &runner, const Catalog &catalog, HostFacts host, QString dataDir,
                        QStringList supervisorCommand = {});
    ContainerController(const ContainerController &) = delete;
    ContainerController &operator=(const ContainerController &) = delete;

    // Writes the build context and builds the image, bootstrapping a local base image first
    // when the registry's is missing.
    OpResult build(const Profile &profile, const ProgressSink &progress, BuildPlan *planOut = nullptr);
    // build, start, and wait until the init has booted and SSH answers (when sshd is a service).
    UpResult up(const Profile &profile, const ProgressSink &progress, int readyTimeoutSeconds = 180);
    DownResult down(const QString &name, const QString &engineHint = {}, int stopTimeoutSeconds = 10);
    OpResult remove(const QString &name, const QString &engineHint = {});
    // Starts a stopped container from the profile recorded when it was made, and waits until it
    // is ready, as up() does.
    UpResult start(const QString &name, const QString &engineHint, const ProgressSink &progress, int readyTimeoutSeconds = 180);
    // down() with the init's signal, then start().
    UpResult restart(const QString &name, const QString &engineHint, const ProgressSink &progress, int stopTimeoutSeconds = 10,
                     int readyTimeoutSeconds = 180);
    // SIGKILL to the container, without asking its init to shut down.
    OpResult kill(const QString &name, const QString &engineHint = {});
    OpResult logs(const QString &name, const QString &engineHint, int tailLines, QString *text);
    // Engines that did not answer are in *warnings; *engines, when given, says how each answered.
    QList<ContainerState> list(QStringList *warnings, QList<EngineStatus> *engines = nullptr);
    // The container called name on the engines installed here (or the hinted one).
    std::optional<ContainerState> find(const QString &name, const QString &engineHint, OpResult *error);

    using ImageKeys = ImageBuilder::ImageKeys;
    void setImageKeys(ImageKeys keys) { m_builder.setImageKeys(std::move(keys)); }

    QStringList availableEngines() const; // the installed engines that run images: docker, podman
    // The engines it drives. Its engines hold references into it, so it is never copied or moved.
    const EngineRegistry &engines() const { return m_engines; }
    EngineRegistry &engines() { return m_engines; }
    // Every look into or act inside a running container goes through this.
    ContainerAccess &access() { return m_access; }
    const ContainerAccess &access() const { return m_access; }
    ConsoleAccess consoleAccess(const ContainerState &container) const;
    QString contextDir(const QString &name) const;
    QString buildLogPath(const QString &name) const;

private:
    std::optional<ContainerState> findOurs(const QString &name, const QString &engineHint, const QString &verb,
                                           const QString &engineCommand, OpResult *error);
    OpResult resolveSshPort(Profile *profile, const ProgressSink &progress);
    bool containerExists(const Profile &profile);
    OpResult forgetHostSide(const QString &name);
    ContainerState stateOf(const QString &engine, const QString &name);
    ControllerParts parts(); // for the builder and the boot sequence, from members made before them

    ICommandRunner &m_runner;
    const Catalog &m_catalog;
    HostFacts m_host;
    QString m_dataDir;
    NspawnMachines m_machines;
    EngineRegistry m_engines;
    ContainerAccess m_access;
    BuiltImages m_builtImages;
    ImageBuilder m_builder;
    BootSequence m_boot;
};

} // namespace initbench
