#pragma once
#include "engine/containerstate.h"
#include "engine/controllerparts.h"
#include "engine/imagebuilder.h"
#include "engine/progresssink.h"
#include "engine/upresult.h"
#include "profile/profile.h"
#include "recipe/buildplan.h"

#include <QCoreApplication>

#include <optional>

namespace initbench {

// Brings a profile's container up: the recorded image run at once when it is current, else the
// build first; a container of that name started again when it is Initbench's, never replaced;
// then its host key, its passwords and the wait until its init has booted and SSH answers, with
// the console's last lines and the doctor's reading when it does not. Callers hold the
// container name's lock and have settled the SSH port.
class BootSequence
{
    Q_DECLARE_TR_FUNCTIONS(BootSequence)

public:
    BootSequence(ControllerParts parts, ImageBuilder &builder);

    UpResult up(const Profile &profile, const ProgressSink &progress, int readyTimeoutSeconds);
    // Starts a container that exists (up of its profile, start, restart) and waits until it is ready.
    UpResult startExisting(const Profile &profile, const ContainerState &existing, const ProgressSink &progress,
                           int readyTimeoutSeconds, const QString &note);

private:
    // up's fast path: the recorded image is current, so `run` at once. nullopt: take the long way
    // (a container of that name exists, the image has gone, or nothing is recorded).
    std::optional<UpResult> runRecordedImage(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress,
                                             int readyTimeoutSeconds);
    UpResult startRun(const Profile &profile, const BuildPlan &plan, const CommandResult &run, const ProgressSink &progress,
                      int readyTimeoutSeconds);
    UpResult bootNspawn(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress, int readyTimeoutSeconds);
    UpResult startNspawn(const Profile &profile, const BuildPlan &plan, const InitVariant &init);
    OpResult setPasswords(const ContainerState &container, const QByteArray &passwords);
    // known: the container's state when the caller already has it (spares an inspect).
    UpResult waitReady(const Profile &profile, const InitVariant &init, const ProgressSink &progress, int timeoutSeconds,
                       const ContainerState *known = nullptr);
    void recordProfile(const Profile &profile, const ProgressSink &progress);
    OpResult giveHostKey(const Profile &profile, const BuildPlan &plan);
    OpResult handKeyToRemappedRoot(const QString &name);
    QString lastConsoleLines(const QString &engine, const QString &name, int lines);
    ContainerState stateOf(const QString &engine, const QString &name);
    bool portTaken(const Profile &profile) const;

    const ControllerParts m_parts;
    ImageBuilder &m_builder;
};

} // namespace initbench
