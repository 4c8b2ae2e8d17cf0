#pragma once
#include "engine/controllerparts.h"
#include "engine/progresssink.h"
#include "profile/profile.h"
#include "recipe/buildplan.h"

#include <QCoreApplication>

#include <functional>

namespace initbench {

// Makes what a profile boots from: the recipe (with Initbench's own key), its build context on
// disk, then an image in docker or podman, or a root tree for nspawn (exported from an image of
// the export engine). Up to date with the profile: nothing is built. A build that is cancelled
// keeps nothing of itself. Callers hold the container name's lock.
class ImageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ImageBuilder)

public:
    explicit ImageBuilder(ControllerParts parts);

    // Public keys every image gets for root besides the profile's (Initbench's own key), asked for
    // at build time; a provider that fails reports why in *error and the build goes on without them.
    using ImageKeys = std::function<QStringList(QString *error)>;
    void setImageKeys(ImageKeys keys) { m_imageKeys = std::move(keys); }

    // The recipe with Initbench's own key added (the key is read here, once per plan).
    OpResult planRecipe(const Profile &profile, const ProgressSink &progress, BuildPlan *plan);
    // Plans, then builds; *planOut, when given, gets the plan.
    OpResult build(const Profile &profile, const ProgressSink &progress, BuildPlan *planOut);
    // Writes a plan's context into the profile's context folder, then builds it.
    OpResult buildPlanned(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress);

    QString contextDir(const QString &name) const;
    QString buildLogPath(const QString &name) const;

private:
    OpResult buildFromContext(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress);
    OpResult cleanUpCancelledBuild(const Profile &profile, const BuildPlan &plan, qint64 buildStarted);
    // Bootstraps a local base image first when the registry's is missing.
    OpResult ensureBaseImage(const QString &engine, const Distro &distro, const ProgressSink &progress);
    OpResult runBuild(const BuildPlan &plan, const QString &name, const ProgressSink &progress);

    const ControllerParts m_parts;
    ImageKeys m_imageKeys;
};

} // namespace initbench
