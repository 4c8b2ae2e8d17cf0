#include "engine/imagebuilder.h"

#include "engine/baseimages.h"
#include "engine/buildsteps.h"
#include "engine/dockercli.h"
#include "process/cancelscope.h"
#include "recipe/contextwriter.h"
#include "recipe/recipegenerator.h"
#include "recipe/runcommands.h"
#include "util/namelock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

namespace initbench {

namespace {
const int kQuickMs = 30 * 1000;
const int kBuildMs = 60 * 60 * 1000;

bool isNspawn(const QString &engine) { return engine == QLatin1String("nspawn"); }
} // namespace

ImageBuilder::ImageBuilder(ControllerParts parts) : m_parts(std::move(parts)) {}

QString ImageBuilder::contextDir(const QString &name) const
{
    return QDir(m_parts.dataDir).filePath(QStringLiteral("contexts/") + name);
}

QString ImageBuilder::buildLogPath(const QString &name) const
{
    return QDir(m_parts.dataDir).filePath(QStringLiteral("logs/%1-build.log").arg(name));
}

OpResult ImageBuilder::ensureBaseImage(const QString &engine, const Distro &distro, const ProgressSink &progress)
{
    const DockerCli cli(engine);
    if (m_parts.runner.run(cli.imageExists(distro.image), kQuickMs).ok())
        return {};
    // Several containers of one distro made at once share their base: it is made once, by the
    // first to get here, while the others wait and then find it.
    QString key = QStringLiteral("base-%1-%2").arg(engine, distro.image);
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9.-]")), QStringLiteral("_"));
    const NameLock lock(m_parts.dataDir, key, QStringLiteral("making the base image"), NameLock::Mode::Wait);
    if (!lock.held())
        return OpResult::failure(OpStatus::Busy, lock.error());
    if (m_parts.runner.run(cli.imageExists(distro.image), kQuickMs).ok())
        return {};
    progress.reportNote(tr("the base image %1 is not here yet; pulling it").arg(distro.image));
    const CommandResult pull = m_parts.runner.run({engine, {QStringLiteral("pull"), distro.image}, {}}, kBuildMs,
                                            [&](const QString &line) { progress.reportLog(line); });
    if (pull.ok())
        return {};
    if (!BaseImages::canBootstrap(distro))
        return OpResult::failure(tr("the image %1 is missing and cannot be pulled, and Initbench can only "
                                                "bootstrap Debian and Ubuntu bases").arg(distro.image), pull.details());
    progress.reportNote(tr("the registry is not reachable (%1); using a local base bootstrapped from the %2 mirror instead")
                            .arg(pull.details().section(QLatin1Char('\n'), -1), distro.name));
    return BaseImages(m_parts.runner, QDir(m_parts.dataDir).filePath(QStringLiteral("bases"))).importInto(engine, distro, progress);
}

OpResult ImageBuilder::runBuild(const BuildPlan &plan, const QString &name, const ProgressSink &progress)
{
    QDir().mkpath(QFileInfo(buildLogPath(name)).path());
    QFile log(buildLogPath(name));
    log.open(QIODevice::WriteOnly | QIODevice::Truncate);
    BuildStep current;
    for (const PlannedCommand &c : plan.build) {
        log.write(QStringLiteral("$ %1\n").arg(c.command.toDisplayString()).toUtf8());
        const CommandResult r = m_parts.runner.run(c.command, kBuildMs, [&](const QString &line) {
            log.write(line.toUtf8() + '\n');
            log.flush();
            if (const auto step = parseBuildStep(line)) {
                current = *step;
                progress.reportStep(step->number, step->total, step->title);
            }
            progress.reportLog(line);
        });
        if (!r.ok()) {
            const QString where = current.number > 0
                ? tr(" at step %1/%2 (%3)").arg(current.number).arg(current.total).arg(current.title)
                : QString();
            return OpResult::failure(tr("%1 failed%2: %3; the whole log is in %4")
                                         .arg(c.step, where, r.describe(), buildLogPath(name)),
                                     r.details());
        }
    }
    return {};
}

OpResult ImageBuilder::build(const Profile &profile, const ProgressSink &progress, BuildPlan *planOut)
{
    BuildPlan plan;
    if (const OpResult e = planRecipe(profile, progress, &plan); !e.ok())
        return e;
    if (planOut)
        *planOut = plan;
    return buildPlanned(profile, plan, progress);
}

OpResult ImageBuilder::buildPlanned(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress)
{
    if (const QString error = writeBuildContext(plan, contextDir(profile.name)); !error.isEmpty())
        return OpResult::failure(error);
    return buildFromContext(profile, plan, progress);
}

OpResult ImageBuilder::planRecipe(const Profile &given, const ProgressSink &progress, BuildPlan *plan)
{
    // Initbench's own public key joins root's keys here, at build time, and not in the profile
    // (which the user owns) nor in generateRecipe (whose golden outputs must stay the same everywhere).
    Profile profile = given;
    if (m_imageKeys) {
        QString keyError;
        const QStringList keys = m_imageKeys(&keyError);
        if (!keyError.isEmpty())
            progress.reportNote(tr("Initbench's own SSH key is not in the image (%1); its terminal will ask for a password")
                                    .arg(keyError));
        for (const QString &key : keys)
            if (!profile.root.keys.contains(key))
                profile.root.keys << key;
    }
    const RecipeResult recipe = generateRecipe(m_parts.catalog, RecipeRequest{profile, contextDir(profile.name), m_parts.host});
    if (!recipe.ok())
        return OpResult::failure(recipe.errors.join(QLatin1Char('\n')));
    *plan = recipe.plan;
    return {};
}

OpResult ImageBuilder::buildFromContext(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress)
{
    const Distro &distro = *m_parts.catalog.distro(profile.distro);
    if (isNspawn(profile.engine) && m_parts.machines.exists(profile.name) && QDir(plan.rootTree).exists()) {
        if (m_parts.machines.builtHash(profile.name) == plan.contextHash) {
            progress.reportNote(tr("the root tree of %1 is up to date with the profile").arg(profile.name));
            return {};
        }
        return OpResult::failure(tr("the nspawn machine '%1' already has a root tree (%2); remove it with "
                                                "`initbench rm %1` first").arg(profile.name, plan.rootTree));
    }
    if (isNspawn(profile.engine)) {
        // What a build killed halfway left behind: a partial tree, the export's holder container.
        if (const OpResult cleaned = m_parts.machines.removePartialTree(profile.name); !cleaned.ok())
            return cleaned;
        if (!plan.image.isEmpty())
            m_parts.runner.run({m_parts.host.exportEngine, {QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("initbench-export-") + profile.name}, {}},
                         kQuickMs);
    }
    if (!isNspawn(profile.engine)) {
        const CommandResult label = m_parts.runner.run(DockerCli(profile.engine).imageLabel(plan.image, contextLabel()), kQuickMs);
        if (label.ok() && QString::fromUtf8(label.standardOutput).trimmed() == plan.contextHash) {
            progress.reportNote(tr("the image %1 is up to date with the profile").arg(plan.image));
            m_parts.builtImages.record(profile.name, profile.engine, plan.image, plan.contextHash);
            return {};
        }
        m_parts.builtImages.forget(profile.name);
    }
    // nspawn trees exported from an image need that image's base in the exporting engine.
    if (!plan.image.isEmpty()) {
        const QString imageEngine = isNspawn(profile.engine) ? m_parts.host.exportEngine : profile.engine;
        if (isNspawn(profile.engine))
            if (const OpResult e = m_parts.engines.check(imageEngine); !e.ok())
                return e;
        if (const OpResult base = ensureBaseImage(imageEngine, distro, progress); !base.ok())
            return base;
    }
    // podman 4.3 leaves a stopped build's working container behind, and the cleanup can tell
    // it only by when it was made: podman builds run one at a time (across processes too), so
    // a cancelled one never takes another build's container with it.
    const QString imageEngine = isNspawn(profile.engine) ? m_parts.host.exportEngine : profile.engine;
    std::optional<NameLock> podmanBuild;
    if (!plan.image.isEmpty() && imageEngine == QLatin1String("podman")) {
        podmanBuild.emplace(m_parts.dataDir, QStringLiteral("podman-build"), QStringLiteral("a podman build"), NameLock::Mode::Wait);
        if (!podmanBuild->held())
            return OpResult::failure(CancelScope::cancelled() ? OpStatus::Cancelled : OpStatus::Busy, podmanBuild->error());
    }
    const qint64 buildStarted = QDateTime::currentSecsSinceEpoch();
    const OpResult built = runBuild(plan, profile.name, progress);
    if (!built.ok() && CancelScope::cancelled())
        return cleanUpCancelledBuild(profile, plan, buildStarted);
    if (built.ok() && isNspawn(profile.engine))
        m_parts.machines.recordBuilt(profile.name, plan.contextHash);
    if (built.ok() && !plan.image.isEmpty()) {
        // A rebuild moves the tag and leaves the previous image dangling; only this profile's
        // dangling images go, and never one a container still uses (prune skips those).
        m_parts.runner.run(DockerCli(imageEngine).pruneDanglingImages(profileLabel(), profile.name), kQuickMs);
        if (!isNspawn(profile.engine))
            m_parts.builtImages.record(profile.name, profile.engine, plan.image, plan.contextHash);
    }
    return built;
}

// The engine's build was stopped with its client (docker and podman end a build whose client
// goes away; --force-rm takes its step containers): no image got the profile's tag. An nspawn
// build's partial tree and export holder go now, not at the next build.
OpResult ImageBuilder::cleanUpCancelledBuild(const Profile &profile, const BuildPlan &plan, qint64 buildStarted)
{
    const CancelScope::Pause cleaning;
    QString kept;
    // podman 4.3 does not: a stopped `podman build` leaves buildah's working container (and
    // lets the step that was running finish in it). Those made since this build began go.
    const QString imageEngine = isNspawn(profile.engine) ? m_parts.host.exportEngine : profile.engine;
    if (!plan.image.isEmpty() && imageEngine == QLatin1String("podman")) {
        const DockerCli podman(imageEngine);
        const CommandResult listed = m_parts.runner.run(podman.listWithBuildContainers(), kQuickMs);
        for (const QString &id : DockerCli::parseBuildContainers(listed.standardOutput, buildStarted - 1))
            m_parts.runner.run(podman.removeBuildContainer(id), kQuickMs);
    }
    if (isNspawn(profile.engine)) {
        if (const OpResult cleaned = m_parts.machines.removePartialTree(profile.name); !cleaned.ok())
            kept = cleaned.message;
        if (!plan.image.isEmpty())
            m_parts.runner.run({m_parts.host.exportEngine, {QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("initbench-export-") + profile.name}, {}},
                         kQuickMs);
    }
    if (!kept.isEmpty())
        return OpResult::failure(OpStatus::Cancelled, tr("the build of %1 stopped, but its partial tree stays: %2").arg(profile.name, kept));
    return OpResult::failure(OpStatus::Cancelled,
                             tr("the build of %1 stopped; nothing of it was kept%2")
                                 .arg(profile.name, plan.image.isEmpty() || isNspawn(profile.engine) ? QString()
                                                                                                    : tr(" (%1 was not made)").arg(plan.image)));
}

} // namespace initbench
