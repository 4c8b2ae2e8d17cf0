#pragma once
#include "catalog/catalog.h"
#include "engine/access/containeraccess.h"
#include "engine/builtimages.h"
#include "engine/consoleaccess.h"
#include "engine/containerstate.h"
#include "engine/engineregistry.h"
#include "engine/enginestatus.h"
#include "engine/nspawn/nspawnmachines.h"
#include "engine/progresssink.h"
#include "engine/stopresult.h"
#include "process/icommandrunner.h"
#include "profile/profile.h"
#include "recipe/buildplan.h"
#include "recipe/hostfacts.h"

#include <functional>
#include <optional>

namespace initbench {

struct UpResult {
    OpResult result;
    qint64 readyMs = 0; // from the start of the container to ready
    QString readyWhat;  // what "ready" meant: "OpenRC reached its default runlevel; SSH answers"
};

// Builds, boots and ends containers on the engines of its registry (docker, podman, nspawn),
// running every engine command through the injected runner, and finds containers again by
// their label.
class ContainerController
{
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

    // Public keys every image gets for root besides the profile's (Initbench's own key), asked for
    // at build time; a provider that fails reports why in *error and the build goes on without them.
    using ImageKeys = std::function<QStringList(QString *error)>;
    void setImageKeys(ImageKeys keys) { m_imageKeys = std::move(keys); }

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
    void recordProfile(const Profile &profile, const ProgressSink &progress);
    UpResult startExisting(const Profile &profile, const ContainerState &existing, const ProgressSink &progress,
                           int readyTimeoutSeconds, const QString &note);
    std::optional<ContainerState> findOurs(const QString &name, const QString &engineHint, const QString &verb,
                                           const QString &engineCommand, OpResult *error);
    OpResult giveHostKey(const Profile &profile, const BuildPlan &plan);
    OpResult handKeyToRemappedRoot(const QString &name);
    OpResult resolveSshPort(Profile *profile, const ProgressSink &progress);
    bool containerExists(const Profile &profile);
    OpResult cleanUpCancelledBuild(const Profile &profile, const BuildPlan &plan, qint64 buildStarted);
    OpResult forgetHostSide(const QString &name);
    OpResult checkEngine(const QString &engine);
    OpResult buildChecked(const Profile &profile, const ProgressSink &progress, BuildPlan *planOut); // engine already checked
    // The recipe with Initbench's own key added (the key is read here, once per plan).
    OpResult planRecipe(const Profile &profile, const ProgressSink &progress, BuildPlan *plan);
    // Writes a plan's context into the profile's context folder, then builds it.
    OpResult buildPlanned(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress);
    OpResult buildFromContext(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress);
    // up's fast path: the recorded image is current, so `run` at once. nullopt: take the long way
    // (a container of that name exists, the image has gone, or nothing is recorded).
    std::optional<UpResult> runRecordedImage(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress,
                                             int readyTimeoutSeconds);
    UpResult startRun(const Profile &profile, const BuildPlan &plan, const CommandResult &run, const ProgressSink &progress,
                      int readyTimeoutSeconds);
    OpResult ensureBaseImage(const QString &engine, const Distro &distro, const ProgressSink &progress);
    OpResult runBuild(const BuildPlan &plan, const QString &name, const ProgressSink &progress);
    // known: the container's state when the caller already has it (spares an inspect).
    UpResult waitReady(const Profile &profile, const InitVariant &init, const ProgressSink &progress, int timeoutSeconds,
                       const ContainerState *known = nullptr);
    QString lastConsoleLines(const QString &engine, const QString &name, int lines);
    ContainerState stateOf(const QString &engine, const QString &name);
    UpResult startNspawn(const Profile &profile, const BuildPlan &plan, const InitVariant &init);
    OpResult setPasswords(const ContainerState &container, const QByteArray &passwords);

    // The engine a profile or container names; nullptr (and *error says so) for an unknown one.
    IEngine *engineNamed(const QString &id, OpResult *error = nullptr) const;

    ICommandRunner &m_runner;
    const Catalog &m_catalog;
    HostFacts m_host;
    QString m_dataDir;
    NspawnMachines m_machines;
    EngineRegistry m_engines;
    ContainerAccess m_access;
    BuiltImages m_builtImages;
    ImageKeys m_imageKeys;
};

} // namespace initbench
