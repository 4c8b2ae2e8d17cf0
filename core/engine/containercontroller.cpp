#include "engine/containercontroller.h"
#include "engine/access/safewrite.h"
#include "process/cancelscope.h"
#include "ssh/containerhostkey.h"
#include "ssh/hostkeypins.h"

#include "engine/baseimages.h"
#include "engine/buildsteps.h"
#include "doctor/consolereport.h"
#include "engine/containerrecords.h"
#include "engine/dockercli.h"
#include "engine/dockeruserremap.h"
#include "engine/enginediagnosis.h"
#include "engine/enginelocation.h"
#include "engine/sshportreservations.h"
#include "engine/leaderscan.h"
#include "engine/standardengines.h"
#include "recipe/contextwriter.h"
#include "recipe/recipegenerator.h"
#include "recipe/runcommands.h"
#include "util/namelock.h"
#include "util/netprobe.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace initbench {

namespace {
const int kQuickMs = 30 * 1000;
const int kBuildMs = 60 * 60 * 1000;
// A failed boot's console: the doctor reads this much of its end, the user is shown the last lines.
const int kConsoleLinesRead = 500;
const int kConsoleLinesShown = 20;

bool isSshService(const Catalog &catalog, const Profile &p)
{
    for (const QString &id : p.services)
        if (const Service *s = catalog.service(id); s && s->port > 0)
            return true;
    return false;
}

} // namespace

ContainerController::ContainerController(ICommandRunner &runner, const Catalog &catalog, HostFacts host, QString dataDir,
                                         QStringList supervisorCommand)
    : m_runner(runner), m_catalog(catalog), m_host(std::move(host)), m_dataDir(dataDir),
      m_machines(dataDir, std::move(supervisorCommand)), m_access(runner, m_machines), m_builtImages(QDir(dataDir).filePath(QStringLiteral("images")))
{
    // The same fact that keeps --register=no out of the nspawn command (runcommands.cpp).
    if (m_host.pid1IsSystemd)
        m_machines.useMachined(m_runner);
    addStandardEngines(m_engines, m_runner, m_machines);
}

IEngine *ContainerController::engineNamed(const QString &id, OpResult *error) const
{
    IEngine *engine = m_engines.find(id);
    if (!engine && error)
        *error = OpResult::failure(OpStatus::EngineUnavailable,
                                   QStringLiteral("unknown engine '%1' (known: %2)").arg(id, m_engines.ids().join(QStringLiteral(", "))));
    return engine;
}

static bool isNspawn(const QString &engine) { return engine == QLatin1String("nspawn"); }

ContainerState ContainerController::stateOf(const QString &engine, const QString &name)
{
    IEngine *e = engineNamed(engine);
    return e ? e->state(name) : ContainerState{};
}

ConsoleAccess ContainerController::consoleAccess(const ContainerState &c) const
{
    IEngine *e = engineNamed(c.engine);
    return e ? e->consoleAccess(c.name) : ConsoleAccess{};
}

QStringList ContainerController::availableEngines() const
{
    return m_engines.installedImageEngines();
}

QString ContainerController::contextDir(const QString &name) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("contexts/") + name);
}

QString ContainerController::buildLogPath(const QString &name) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("logs/%1-build.log").arg(name));
}

OpResult ContainerController::checkEngine(const QString &engine)
{
    OpResult error;
    IEngine *e = engineNamed(engine, &error);
    return e ? e->checkUsable() : error;
}

OpResult ContainerController::ensureBaseImage(const QString &engine, const Distro &distro, const ProgressSink &progress)
{
    const DockerCli cli(engine);
    if (m_runner.run(cli.imageExists(distro.image), kQuickMs).ok())
        return {};
    // Several containers of one distro made at once share their base: it is made once, by the
    // first to get here, while the others wait and then find it.
    QString key = QStringLiteral("base-%1-%2").arg(engine, distro.image);
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9.-]")), QStringLiteral("_"));
    const NameLock lock(m_dataDir, key, QStringLiteral("making the base image"), NameLock::Mode::Wait);
    if (!lock.held())
        return OpResult::failure(OpStatus::Busy, lock.error());
    if (m_runner.run(cli.imageExists(distro.image), kQuickMs).ok())
        return {};
    progress.reportNote(QStringLiteral("the base image %1 is not here yet; pulling it").arg(distro.image));
    const CommandResult pull = m_runner.run({engine, {QStringLiteral("pull"), distro.image}, {}}, kBuildMs,
                                            [&](const QString &line) { progress.reportLog(line); });
    if (pull.ok())
        return {};
    if (!BaseImages::canBootstrap(distro))
        return OpResult::failure(QStringLiteral("the image %1 is missing and cannot be pulled, and Initbench can only "
                                                "bootstrap Debian and Ubuntu bases").arg(distro.image), pull.details());
    progress.reportNote(QStringLiteral("the registry is not reachable (%1); using a local base bootstrapped from the %2 mirror instead")
                            .arg(pull.details().section(QLatin1Char('\n'), -1), distro.name));
    return BaseImages(m_runner, QDir(m_dataDir).filePath(QStringLiteral("bases"))).importInto(engine, distro, progress);
}

OpResult ContainerController::runBuild(const BuildPlan &plan, const QString &name, const ProgressSink &progress)
{
    QDir().mkpath(QFileInfo(buildLogPath(name)).path());
    QFile log(buildLogPath(name));
    log.open(QIODevice::WriteOnly | QIODevice::Truncate);
    BuildStep current;
    for (const PlannedCommand &c : plan.build) {
        log.write(QStringLiteral("$ %1\n").arg(c.command.toDisplayString()).toUtf8());
        const CommandResult r = m_runner.run(c.command, kBuildMs, [&](const QString &line) {
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
                ? QStringLiteral(" at step %1/%2 (%3)").arg(current.number).arg(current.total).arg(current.title)
                : QString();
            return OpResult::failure(QStringLiteral("%1 failed%2: %3; the whole log is in %4")
                                         .arg(c.step, where, r.describe(), buildLogPath(name)),
                                     r.details());
        }
    }
    return {};
}

OpResult ContainerController::build(const Profile &given, const ProgressSink &progress, BuildPlan *planOut)
{
    const NameLock lock(m_dataDir, given.name, QStringLiteral("build"));
    if (!lock.held())
        return OpResult::failure(OpStatus::Busy, lock.error());
    Profile profile = given;
    if (const OpResult e = resolveSshPort(&profile, progress); !e.ok())
        return e;
    if (const OpResult e = checkEngine(profile.engine); !e.ok())
        return e;
    return buildChecked(profile, progress, planOut);
}

OpResult ContainerController::buildChecked(const Profile &profile, const ProgressSink &progress, BuildPlan *planOut)
{
    BuildPlan plan;
    if (const OpResult e = planRecipe(profile, progress, &plan); !e.ok())
        return e;
    if (planOut)
        *planOut = plan;
    return buildPlanned(profile, plan, progress);
}

OpResult ContainerController::buildPlanned(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress)
{
    if (const QString error = writeBuildContext(plan, contextDir(profile.name)); !error.isEmpty())
        return OpResult::failure(error);
    return buildFromContext(profile, plan, progress);
}

OpResult ContainerController::planRecipe(const Profile &given, const ProgressSink &progress, BuildPlan *plan)
{
    // Initbench's own public key joins root's keys here, at build time, and not in the profile
    // (which the user owns) nor in generateRecipe (whose golden outputs must stay the same everywhere).
    Profile profile = given;
    if (m_imageKeys) {
        QString keyError;
        const QStringList keys = m_imageKeys(&keyError);
        if (!keyError.isEmpty())
            progress.reportNote(QStringLiteral("Initbench's own SSH key is not in the image (%1); its terminal will ask for a password")
                                    .arg(keyError));
        for (const QString &key : keys)
            if (!profile.root.keys.contains(key))
                profile.root.keys << key;
    }
    const RecipeResult recipe = generateRecipe(m_catalog, RecipeRequest{profile, contextDir(profile.name), m_host});
    if (!recipe.ok())
        return OpResult::failure(recipe.errors.join(QLatin1Char('\n')));
    *plan = recipe.plan;
    return {};
}

OpResult ContainerController::buildFromContext(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress)
{
    const Distro &distro = *m_catalog.distro(profile.distro);
    if (isNspawn(profile.engine) && m_machines.exists(profile.name) && QDir(plan.rootTree).exists()) {
        if (m_machines.builtHash(profile.name) == plan.contextHash) {
            progress.reportNote(QStringLiteral("the root tree of %1 is up to date with the profile").arg(profile.name));
            return {};
        }
        return OpResult::failure(QStringLiteral("the nspawn machine '%1' already has a root tree (%2); remove it with "
                                                "`initbench rm %1` first").arg(profile.name, plan.rootTree));
    }
    if (isNspawn(profile.engine)) {
        // What a build killed halfway left behind: a partial tree, the export's holder container.
        if (const OpResult cleaned = m_machines.removePartialTree(profile.name); !cleaned.ok())
            return cleaned;
        if (!plan.image.isEmpty())
            m_runner.run({m_host.exportEngine, {QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("initbench-export-") + profile.name}, {}},
                         kQuickMs);
    }
    if (!isNspawn(profile.engine)) {
        const CommandResult label = m_runner.run(DockerCli(profile.engine).imageLabel(plan.image, contextLabel()), kQuickMs);
        if (label.ok() && QString::fromUtf8(label.standardOutput).trimmed() == plan.contextHash) {
            progress.reportNote(QStringLiteral("the image %1 is up to date with the profile").arg(plan.image));
            m_builtImages.record(profile.name, profile.engine, plan.image, plan.contextHash);
            return {};
        }
        m_builtImages.forget(profile.name);
    }
    // nspawn trees exported from an image need that image's base in the exporting engine.
    if (!plan.image.isEmpty()) {
        const QString imageEngine = isNspawn(profile.engine) ? m_host.exportEngine : profile.engine;
        if (isNspawn(profile.engine))
            if (const OpResult e = checkEngine(imageEngine); !e.ok())
                return e;
        if (const OpResult base = ensureBaseImage(imageEngine, distro, progress); !base.ok())
            return base;
    }
    // podman 4.3 leaves a stopped build's working container behind, and the cleanup can tell
    // it only by when it was made: podman builds run one at a time (across processes too), so
    // a cancelled one never takes another build's container with it.
    const QString imageEngine = isNspawn(profile.engine) ? m_host.exportEngine : profile.engine;
    std::optional<NameLock> podmanBuild;
    if (!plan.image.isEmpty() && imageEngine == QLatin1String("podman")) {
        podmanBuild.emplace(m_dataDir, QStringLiteral("podman-build"), QStringLiteral("a podman build"), NameLock::Mode::Wait);
        if (!podmanBuild->held())
            return OpResult::failure(CancelScope::cancelled() ? OpStatus::Cancelled : OpStatus::Busy, podmanBuild->error());
    }
    const qint64 buildStarted = QDateTime::currentSecsSinceEpoch();
    const OpResult built = runBuild(plan, profile.name, progress);
    if (!built.ok() && CancelScope::cancelled())
        return cleanUpCancelledBuild(profile, plan, buildStarted);
    if (built.ok() && isNspawn(profile.engine))
        m_machines.recordBuilt(profile.name, plan.contextHash);
    if (built.ok() && !plan.image.isEmpty()) {
        // A rebuild moves the tag and leaves the previous image dangling; only this profile's
        // dangling images go, and never one a container still uses (prune skips those).
        m_runner.run(DockerCli(imageEngine).pruneDanglingImages(profileLabel(), profile.name), kQuickMs);
        if (!isNspawn(profile.engine))
            m_builtImages.record(profile.name, profile.engine, plan.image, plan.contextHash);
    }
    return built;
}

// The engine's build was stopped with its client (docker and podman end a build whose client
// goes away; --force-rm takes its step containers): no image got the profile's tag. An nspawn
// build's partial tree and export holder go now, not at the next build.
OpResult ContainerController::cleanUpCancelledBuild(const Profile &profile, const BuildPlan &plan, qint64 buildStarted)
{
    const CancelScope::Pause cleaning;
    QString kept;
    // podman 4.3 does not: a stopped `podman build` leaves buildah's working container (and
    // lets the step that was running finish in it). Those made since this build began go.
    const QString imageEngine = isNspawn(profile.engine) ? m_host.exportEngine : profile.engine;
    if (!plan.image.isEmpty() && imageEngine == QLatin1String("podman")) {
        const DockerCli podman(imageEngine);
        const CommandResult listed = m_runner.run(podman.listWithBuildContainers(), kQuickMs);
        for (const QString &id : DockerCli::parseBuildContainers(listed.standardOutput, buildStarted - 1))
            m_runner.run(podman.removeBuildContainer(id), kQuickMs);
    }
    if (isNspawn(profile.engine)) {
        if (const OpResult cleaned = m_machines.removePartialTree(profile.name); !cleaned.ok())
            kept = cleaned.message;
        if (!plan.image.isEmpty())
            m_runner.run({m_host.exportEngine, {QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("initbench-export-") + profile.name}, {}},
                         kQuickMs);
    }
    if (!kept.isEmpty())
        return OpResult::failure(OpStatus::Cancelled, QStringLiteral("the build of %1 stopped, but its partial tree stays: %2").arg(profile.name, kept));
    return OpResult::failure(OpStatus::Cancelled,
                             QStringLiteral("the build of %1 stopped; nothing of it was kept%2")
                                 .arg(profile.name, plan.image.isEmpty() || isNspawn(profile.engine) ? QString()
                                                                                                    : QStringLiteral(" (%1 was not made)").arg(plan.image)));
}

QString ContainerController::lastConsoleLines(const QString &engine, const QString &name, int lines)
{
    QString text;
    if (IEngine *e = engineNamed(engine))
        e->consoleText(name, lines, &text);
    return text.trimmed();
}

UpResult ContainerController::up(const Profile &given, const ProgressSink &progress, int readyTimeoutSeconds)
{
    const NameLock lock(m_dataDir, given.name, QStringLiteral("up"));
    if (!lock.held())
        return {OpResult::failure(OpStatus::Busy, lock.error()), 0, {}};
    Profile profile = given;
    if (const OpResult e = resolveSshPort(&profile, progress); !e.ok())
        return {e, 0, {}};
    // Planned once: the fast path and the build share it (the key is read once, a note said once).
    std::optional<BuildPlan> planned;
    if (!isNspawn(profile.engine)) {
        BuildPlan plan;
        if (const OpResult e = planRecipe(profile, progress, &plan); !e.ok())
            return {e, 0, {}};
        if (std::optional<UpResult> done = runRecordedImage(profile, plan, progress, readyTimeoutSeconds))
            return *done;
        planned = plan;
    }
    // For docker/podman the first inspect doubles as the engine check: one command less
    // before a boot (this is the path the time-to-ready benchmark measures).
    ContainerState existing;
    if (isNspawn(profile.engine)) {
        if (const OpResult e = checkEngine(profile.engine); !e.ok())
            return {e, 0, {}};
        existing = m_machines.state(profile.name);
        // nspawn would only fail at the end, after the build, with "Machine 'X' already exists".
        if (m_machines.machined() && !existing.running)
            if (const qint64 leader = m_machines.machined()->leader(profile.name); leader > 0)
                return {OpResult::failure(QStringLiteral("a machine named '%1' is already registered with systemd-machined (its init "
                                                         "is PID %2) and Initbench is not running it; choose another name, or stop "
                                                         "it with `machinectl terminate %1`").arg(profile.name).arg(leader)),
                        0, {}};
    } else {
        const CommandResult r = m_runner.run(DockerCli(profile.engine).inspect(profile.name), kQuickMs);
        const EngineDiagnosis d = diagnoseEngineFailure(profile.engine, r);
        if (!r.ok() && d.problem != EngineProblem::NoSuchContainer)
            return {OpResult::failure(d.message, r.details()), 0, {}};
        existing = DockerCli::parseInspect(profile.engine, r.standardOutput);
    }
    const InitVariant &init = *m_catalog.initVariant(profile.distro, profile.init);
    const bool ssh = isSshService(m_catalog, profile);
    const auto portTaken = [&] {
        return ssh && !engineIsRemote(profile.engine) && loopbackPortInUse(profile.sshPort);
    };
    const UpResult portError{OpResult::failure(QStringLiteral("port %1 on 127.0.0.1 is already in use; choose another "
                                                              "ssh_port in the profile").arg(profile.sshPort)), 0, {}};

    // nspawn: a tree `initbench build` made (no machine description yet) is booted as it is
    // when it was built from this profile as it stands.
    const auto bootNspawn = [&](const BuildPlan &plan) -> UpResult {
        progress.reportNote(QStringLiteral("starting %1").arg(profile.name));
        if (!plan.run.command.arguments.contains(QStringLiteral("--private-users=pick")))
            progress.reportNote(QStringLiteral("no private UID range for %1 (%2): its root is the host's root, so the container is "
                                               "not a security boundary (see README, Security)")
                                    .arg(profile.name, m_host.userNamespaces ? QStringLiteral("systemd inside cannot boot with one here")
                                                                             : QStringLiteral("this host allows no user namespaces")));
        if (const OpResult key = giveHostKey(profile, plan); !key.ok())
            return {key, 0, {}};
        if (const UpResult started = startNspawn(profile, plan, init); !started.result.ok())
            return started;
        recordProfile(profile, progress);
        if (!plan.passwords.isEmpty()) {
            // The init is nspawn's first child: there once nspawn has forked it.
            ContainerState s = m_machines.state(profile.name);
            for (int i = 0; i < 200 && s.running && s.hostPid <= 0; ++i) {
                QThread::msleep(25);
                s = m_machines.state(profile.name);
            }
            if (const OpResult set = setPasswords(s, plan.passwords); !set.ok())
                return {set, 0, {}};
        }
        // Registered, the machine invites `machinectl login`, which asks the container's own
        // systemd over D-Bus: with any other init it fails ("There is no system bus in container").
        if (m_machines.machined() && !init.nspawnBoot)
            progress.reportNote(QStringLiteral("machinectl status %1 knows the machine; machinectl login and shell need systemd "
                                               "inside it, so log in with `initbench console %1` or `initbench ssh %1`")
                                    .arg(profile.name));
        return waitReady(profile, init, progress, readyTimeoutSeconds);
    };
    if (existing.exists && existing.profile.isEmpty() && isNspawn(profile.engine)) {
        BuildPlan plan;
        if (const OpResult e = planRecipe(profile, progress, &plan); !e.ok())
            return {e, 0, {}};
        if (m_machines.builtHash(profile.name) != plan.contextHash)
            return {OpResult::failure(QStringLiteral("'%1' has a root tree from an interrupted build or from another version of the "
                                                     "profile; `initbench rm %1` removes it, then `initbench up` builds it again")
                                          .arg(profile.name)),
                    0, {}};
        if (portTaken())
            return portError;
        progress.reportNote(QStringLiteral("the root tree `initbench build` made is up to date with the profile"));
        return bootNspawn(plan);
    }
    // A container of this name already: start it again if it is ours, never replace it.
    if (existing.exists)
        return startExisting(profile, existing, progress, readyTimeoutSeconds,
                             QStringLiteral("starting the existing %1 (to rebuild it from the profile, `initbench rm %1` first)").arg(profile.name));
    // Refuse before building anything: a taken port would only fail at the end.
    if (portTaken())
        return portError;
    BuildPlan plan;
    if (planned)
        plan = *planned;
    if (const OpResult b = planned ? buildPlanned(profile, plan, progress) : buildChecked(profile, progress, &plan); !b.ok())
        return {b, 0, {}};

    if (isNspawn(profile.engine))
        return bootNspawn(plan);
    progress.reportNote(QStringLiteral("starting %1").arg(profile.name));
    if (const OpResult key = giveHostKey(profile, plan); !key.ok())
        return {key, 0, {}};
    const CommandResult run = m_runner.run(plan.run.command, 2 * kQuickMs, [&](const QString &line) { progress.reportLog(line); });
    if (run.ok())
        recordProfile(profile, progress);
    return startRun(profile, plan, run, progress, readyTimeoutSeconds);
}

std::optional<UpResult> ContainerController::runRecordedImage(const Profile &profile, const BuildPlan &plan,
                                                              const ProgressSink &progress, int readyTimeoutSeconds)
{
    // The context on disk is the one recorded as built (same digest): nothing to write.
    if (!m_builtImages.isCurrent(profile.name, profile.engine, plan.image, plan.contextHash))
        return std::nullopt;
    // A taken port is said by the long way, before anything else happens.
    if (isSshService(m_catalog, profile) && !engineIsRemote(profile.engine) && loopbackPortInUse(profile.sshPort))
        return std::nullopt;
    if (const OpResult key = giveHostKey(profile, plan); !key.ok())
        return UpResult{key, 0, {}};
    // Its lines are shown only when this path goes on: on a fallback the long way says what it
    // does instead, and the engine's "name already in use" would only confuse.
    QStringList lines;
    const CommandResult run = m_runner.run(plan.run.command, 2 * kQuickMs, [&](const QString &line) { lines << line; });
    switch (diagnoseEngineFailure(profile.engine, run).problem) {
    case EngineProblem::NameInUse:
        return std::nullopt; // started again, or refused, by the long way
    case EngineProblem::NoSuchImage:
        m_builtImages.forget(profile.name); // removed behind our back: build it again
        return std::nullopt;
    default:
        break;
    }
    for (const QString &line : std::as_const(lines))
        progress.reportLog(line);
    if (run.ok()) {
        recordProfile(profile, progress);
        progress.reportNote(QStringLiteral("started %1 from %2, built from this profile").arg(profile.name, plan.image));
    }
    return startRun(profile, plan, run, progress, readyTimeoutSeconds);
}

// After `run`: its errors in words, or the wait for the new container to be ready.
// Starts a container that exists (up of its profile, start, restart) and waits until it is ready.
UpResult ContainerController::startExisting(const Profile &profile, const ContainerState &existing, const ProgressSink &progress,
                                            int readyTimeoutSeconds, const QString &note)
{
    if (existing.profile.isEmpty())
        return {OpResult::failure(isNspawn(profile.engine)
                                      ? QStringLiteral("'%1' has a root tree but no machine description (an interrupted "
                                                       "build?); remove it with `initbench rm %1`").arg(profile.name)
                                      : QStringLiteral("a %1 container named '%2' exists and was not created by Initbench; "
                                                       "choose another name").arg(profile.engine, profile.name)),
                0, {}};
    const InitVariant &init = *m_catalog.initVariant(profile.distro, profile.init);
    if (existing.running) {
        progress.reportNote(QStringLiteral("%1 is already running").arg(profile.name));
        return waitReady(profile, init, progress, readyTimeoutSeconds);
    }
    if (isSshService(m_catalog, profile) && !engineIsRemote(profile.engine) && loopbackPortInUse(profile.sshPort))
        return {OpResult::failure(QStringLiteral("port %1 on 127.0.0.1 is already in use; choose another "
                                                 "ssh_port in the profile").arg(profile.sshPort)), 0, {}};
    progress.reportNote(note);
    OpResult started;
    if (isNspawn(profile.engine)) {
        MachineSpec spec;
        MachineSpec::load(m_machines.files(profile.name).specFile(), &spec, nullptr);
        started = m_machines.start(spec);
    } else if (const CommandResult r = m_runner.run({profile.engine, {QStringLiteral("start"), profile.name}, {}}, 2 * kQuickMs); !r.ok()) {
        started = OpResult::failure(QStringLiteral("starting %1 failed: %2").arg(profile.name, diagnoseEngineFailure(profile.engine, r).message),
                                    r.details());
    }
    if (!started.ok())
        return {started, 0, {}};
    return waitReady(profile, init, progress, readyTimeoutSeconds);
}

UpResult ContainerController::startRun(const Profile &profile, const BuildPlan &plan, const CommandResult &run,
                                       const ProgressSink &progress, int readyTimeoutSeconds)
{
    if (!run.ok()) {
        const QString err = run.details();
        if (err.contains(QLatin1String("address already in use")) || err.contains(QLatin1String("port is already allocated")))
            return {OpResult::failure(QStringLiteral("port %1 is already in use; choose another ssh_port").arg(profile.sshPort), err), 0, {}};
        return {OpResult::failure(QStringLiteral("starting the container failed: %1").arg(diagnoseEngineFailure(profile.engine, run).message), err),
                0, {}};
    }
    const InitVariant &init = *m_catalog.initVariant(profile.distro, profile.init);
    // `run --detach` prints the new container's ID: locally its init is found in /proc at once,
    // which spares an inspect before the first readiness check.
    ContainerState started;
    started.engine = profile.engine;
    started.name = profile.name;
    started.id = QString::fromLatin1(run.standardOutput.trimmed().split('\n').constLast());
    if (::geteuid() == 0 && !engineIsRemote(profile.engine))
        started.hostPid = int(findLeaderByCgroup(started.id));
    started.exists = started.running = started.hostPid > 0;
    if (const OpResult set = setPasswords(started, plan.passwords); !set.ok())
        return {set, 0, {}};
    return waitReady(profile, init, progress, readyTimeoutSeconds, started.running ? &started : nullptr);
}

// The profile's password hashes, into the new container's /etc/shadow: `chpasswd -e` run inside
// (confined like every exec) with the hashes on its stdin. Never a file of the image or a
// command line argument.
OpResult ContainerController::setPasswords(const ContainerState &container, const QByteArray &passwords)
{
    if (passwords.isEmpty())
        return {};
    const CommandResult r = m_runner.run(m_access.execCommand(container, {QStringLiteral("chpasswd"), QStringLiteral("-e")}, false),
                                         kQuickMs, {}, passwords);
    if (!r.ok())
        return OpResult::failure(QStringLiteral("%1 started, but setting its password failed (chpasswd -e inside it); "
                                                "it keeps running without one")
                                     .arg(container.name),
                                 r.details());
    return {};
}

UpResult ContainerController::startNspawn(const Profile &profile, const BuildPlan &plan, const InitVariant &init)
{
    MachineSpec spec;
    spec.name = profile.name;
    spec.profile = profile.name;
    spec.command = QStringList{plan.run.command.program} + plan.run.command.arguments;
    // systemd's clean shutdown signal is nspawn's default kill signal.
    spec.stopSignal = init.nspawnKillSignal.isEmpty() ? QStringLiteral("SIGRTMIN+3") : init.nspawnKillSignal;
    spec.sshPort = isSshService(m_catalog, profile) ? profile.sshPort : 0;
    return {m_machines.start(spec), 0, {}};
}

UpResult ContainerController::waitReady(const Profile &profile, const InitVariant &init, const ProgressSink &progress, int timeoutSeconds,
                                        const ContainerState *known)
{
    const bool ssh = isSshService(m_catalog, profile);
    const bool probeSsh = ssh && !engineIsRemote(profile.engine);
    if (ssh && !probeSsh)
        progress.reportNote(QStringLiteral("the engine is remote: not waiting for the SSH banner on this machine's 127.0.0.1"));
    QElapsedTimer timer;
    timer.start();
    ContainerState s = known ? *known : stateOf(profile.engine, profile.name);
    bool booted = false;
    bool sshAnswers = !probeSsh;
    // Poll often: every extra cycle is time the user waits. SSH is waited for first because a
    // connect costs nothing, while each readiness check starts processes in the container that
    // compete with its boot for the CPU. Locally a live leader PID answers "still running?"
    // without asking the engine.
    while (timer.elapsed() < timeoutSeconds * 1000LL) {
        if (CancelScope::cancelled())
            return {OpResult::failure(OpStatus::Cancelled, QStringLiteral("%1 was still booting; it keeps running (`initbench down %1` stops it)")
                                          .arg(profile.name)),
                    timer.elapsed(), {}};
        if (!(s.running && ContainerAccess::leaderIsLocal(s) && ::kill(pid_t(s.hostPid), 0) == 0)) {
            s = stateOf(profile.engine, profile.name);
            if (!s.exists)
                return {OpResult::failure(QStringLiteral("the container disappeared while booting (removed by someone else?)")),
                        timer.elapsed(), {}};
            if (!s.running) {
                const QString console = lastConsoleLines(profile.engine, profile.name, kConsoleLinesRead);
                return {OpResult::failure(QStringLiteral("the container stopped while booting (exit status %1); %2")
                                              .arg(s.exitCode)
                                              .arg(consoleReport(console, kConsoleLinesShown))),
                        timer.elapsed(), {}};
            }
        }
        if (!sshAnswers)
            sshAnswers = !readSshBanner(profile.sshPort, 100).isEmpty();
        if (sshAnswers && !booted) {
            booted = m_runner.run(m_access.readinessCommand(s, init.ready), kQuickMs).ok();
            if (booted)
                progress.reportNote(QStringLiteral("the init has booted (%1 s)").arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
        }
        if (sshAnswers && booted) {
            QString what = QStringLiteral("the init reports it has booted");
            if (probeSsh)
                what += QStringLiteral(" and SSH answers on 127.0.0.1:%1").arg(profile.sshPort);
            return {{}, timer.elapsed(), what};
        }
        // Locally the loop costs a kill(0) and a connect until SSH answers: poll often, since
        // the init has usually finished its boot by the time sshd answers (podman + systemd:
        // 8 to 26 ms later, measured), and a 50 ms nap here was most of up's lag behind the raw
        // engine. After that each round starts a readiness check inside: ask less often.
        // Without a local leader every round asks the engine: slower still.
        const bool local = ContainerAccess::leaderIsLocal(s);
        QThread::msleep(!local ? 50 : sshAnswers ? 20 : 10);
    }
    return {OpResult::failure(OpStatus::TimedOut, QStringLiteral("not ready after %1 s (%2); %3")
                                  .arg(timeoutSeconds)
                                  .arg(!sshAnswers ? QStringLiteral("SSH does not answer on 127.0.0.1:%1").arg(profile.sshPort)
                                                   : QStringLiteral("the init has not finished booting"))
                                  .arg(consoleReport(lastConsoleLines(profile.engine, profile.name, kConsoleLinesRead), kConsoleLinesShown))),
            timer.elapsed(), {}};
}

std::optional<ContainerState> ContainerController::find(const QString &name, const QString &engineHint, OpResult *error)
{
    QList<IEngine *> engines;
    if (engineHint.isEmpty()) {
        for (IEngine *e : m_engines.all())
            if (e->installed() || e->keepsOwnRecords())
                engines << e;
    } else if (IEngine *e = engineNamed(engineHint, error)) {
        engines << e;
    } else {
        return std::nullopt;
    }
    QList<ContainerState> found;
    QStringList asked;
    QString lastProblem;
    for (IEngine *e : engines) {
        asked << e->id();
        if (std::optional<ContainerState> state = e->lookUp(name, &lastProblem))
            found << *state;
    }
    if (found.size() == 1)
        return found.first();
    if (error) {
        if (found.size() > 1)
            *error = OpResult::failure(QStringLiteral("more than one engine has a container named '%1'; say which with --engine").arg(name));
        else if (!lastProblem.isEmpty())
            *error = OpResult::failure(OpStatus::EngineUnavailable, lastProblem);
        else
            *error = OpResult::failure(OpStatus::NotFound, QStringLiteral("no container named '%1' (engines asked: %2)")
                                                               .arg(name, asked.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

DownResult ContainerController::down(const QString &name, const QString &engineHint, int stopTimeoutSeconds)
{
    DownResult out;
    const NameLock lock(m_dataDir, name, QStringLiteral("down"));
    if (!lock.held()) {
        out.result = OpResult::failure(OpStatus::Busy, lock.error());
        return out;
    }
    const auto state = find(name, engineHint, &out.result);
    if (!state)
        return out;
    if (!state->running) {
        out.wasRunning = false;
        out.clean = true;
        out.exitCode = state->exitCode;
        return out;
    }
    return engineNamed(state->engine)->stop(*state, stopTimeoutSeconds);
}

// The container called name, when Initbench made it; otherwise *error says so and how to do
// the operation with the engine itself ("remove it with docker rm if you mean to").
std::optional<ContainerState> ContainerController::findOurs(const QString &name, const QString &engineHint, const QString &verb,
                                                           const QString &engineCommand, OpResult *error)
{
    std::optional<ContainerState> state = find(name, engineHint, error);
    // Everything under machines/ is Initbench's own, described or not (a tree `build` made).
    if (state && state->profile.isEmpty() && !engineNamed(state->engine)->keepsOwnRecords()) {
        *error = OpResult::failure(QStringLiteral("'%1' was not created by Initbench; %2 it with %3 %4 if you mean to")
                                       .arg(name, verb, state->engine, engineCommand));
        return std::nullopt;
    }
    return state;
}

OpResult ContainerController::remove(const QString &name, const QString &engineHint)
{
    const NameLock lock(m_dataDir, name, QStringLiteral("rm"));
    if (!lock.held())
        return OpResult::failure(OpStatus::Busy, lock.error());
    OpResult error;
    const auto state = findOurs(name, engineHint, QStringLiteral("remove"), QStringLiteral("rm"), &error);
    if (!state)
        return error;
    if (state->running)
        return OpResult::failure(QStringLiteral("'%1' is running; stop it first with `initbench down %1`").arg(name));
    if (const OpResult removed = engineNamed(state->engine)->remove(*state); !removed.ok())
        return removed;
    return forgetHostSide(name);
}

// A profile that names no ssh_port gets the port kept for its name, or a free one kept from now
// on. One kept earlier but taken since by something else, while no container of the name exists
// to own it, is replaced: nothing of the container's depends on it yet.
OpResult ContainerController::resolveSshPort(Profile *profile, const ProgressSink &progress)
{
    if (profile->sshPort != 0 || !isSshService(m_catalog, *profile))
        return {};
    SshPortReservations ports(m_dataDir);
    int port = ports.reserved(profile->name);
    if (port > 0 && !engineIsRemote(profile->engine) && loopbackPortInUse(port) && !containerExists(*profile))
        port = 0;
    if (port == 0) {
        QString error;
        port = ports.reserveFree(profile->name, &error);
        if (port == 0)
            return OpResult::failure(error);
        progress.reportNote(QStringLiteral("SSH for %1 on 127.0.0.1:%2, a free port kept for it until `initbench rm %1`")
                                .arg(profile->name).arg(port));
    }
    profile->sshPort = port;
    return {};
}

bool ContainerController::containerExists(const Profile &profile)
{
    return stateOf(profile.engine, profile.name).exists;
}

// Once a container is created, the profile it was made from is recorded: start, restart and
// duplicate read it. Not before, so a profile that only started an existing container again
// does not replace the record of the one it was made from.
void ContainerController::recordProfile(const Profile &profile, const ProgressSink &progress)
{
    if (const QString error = ContainerRecords(m_dataDir).save(profile); !error.isEmpty())
        progress.reportNote(QStringLiteral("the profile of %1 is not recorded (%2): start and restart will need `initbench up PROFILE`")
                                .arg(profile.name, error));
}

// A container Initbench creates gets the host key Initbench made for it, pinned before its
// first boot: trust never starts with a first connection, which anything answering on the port
// could make. docker and podman mount the key (the run command names it); an nspawn tree gets it
// written in, owned by the tree's root. A key is kept across `down` and `up`; `rm` ends it.
OpResult ContainerController::giveHostKey(const Profile &profile, const BuildPlan &plan)
{
    if (plan.hostKeyTarget.isEmpty())
        return {};
    ContainerHostKey key(m_host.stateDir, profile.name); // the folder the run command names
    QString error;
    if (!key.ensurePinned(HostKeyPins::defaultPath(), &error))
        return OpResult::failure(QStringLiteral("cannot make or pin the SSH host key of %1: %2").arg(profile.name, error));
    if (profile.engine == QLatin1String("docker") && !engineIsRemote(profile.engine))
        return handKeyToRemappedRoot(profile.name);
    if (plan.rootTree.isEmpty())
        return {};
    QByteArray secret;
    if (!key.privateKey(&secret, &error))
        return OpResult::failure(error);
    if (const QString failed = SafeWrite::file(plan.rootTree, plan.hostKeyTarget, secret, 0600); !failed.isEmpty())
        return OpResult::failure(QStringLiteral("cannot give %1 its SSH host key: %2").arg(profile.name, failed));
    return {};
}

// Under dockerd's userns-remap a container's root is an unprivileged host UID: the mounted key
// must be that UID's, or sshd inside cannot read it and exits ("no hostkeys available"). Asked
// of docker each time a container is made, since the daemon's settings can change between.
OpResult ContainerController::handKeyToRemappedRoot(const QString &name)
{
    const DockerUserRemap remap = DockerUserRemap::askCached(m_runner, QDir(m_dataDir).filePath(QStringLiteral("docker-remap")));
    if (remap.remaps && !remap.rootKnown)
        return OpResult::failure(QStringLiteral("dockerd remaps users, but its root folder (%1) does not say onto which host IDs, "
                                                "so %2's sshd could not read the host key Initbench mounts for it")
                                     .arg(QString::fromUtf8(remap.rootDir), name));
    const QString path = ContainerHostKey::privateKeyPath(m_host.stateDir, name);
    const uid_t uid = remap.remaps ? remap.rootUid : ::geteuid();
    const gid_t gid = remap.remaps ? remap.rootGid : ::getegid();
    if (::lchown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return OpResult::failure(QStringLiteral("cannot give %1's SSH host key to the container's root (UID %2): %3")
                                     .arg(name).arg(uid).arg(QString::fromLocal8Bit(::strerror(errno))));
    return {};
}

OpResult ContainerController::forgetHostSide(const QString &name)
{
    QString error;
    if (!ContainerHostKey(m_host.stateDir, name).remove(HostKeyPins::defaultPath(), &error))
        return OpResult::failure(QStringLiteral("%1 is removed, but its SSH host key is not: %2").arg(name, error));
    if (!SshPortReservations(m_dataDir).release(name, &error) || !ContainerRecords(m_dataDir).remove(name, &error))
        return OpResult::failure(QStringLiteral("%1 is removed, but %2").arg(name, error));
    return {};
}

UpResult ContainerController::start(const QString &name, const QString &engineHint, const ProgressSink &progress, int readyTimeoutSeconds)
{
    const NameLock lock(m_dataDir, name, QStringLiteral("start"));
    if (!lock.held())
        return {OpResult::failure(OpStatus::Busy, lock.error()), 0, {}};
    OpResult error;
    const auto state = findOurs(name, engineHint, QStringLiteral("start"), QStringLiteral("start"), &error);
    if (!state)
        return {error, 0, {}};
    QString why;
    std::optional<Profile> recorded = ContainerRecords(m_dataDir).load(name, m_catalog, &why);
    if (!recorded)
        return {OpResult::failure(why), 0, {}};
    recorded->engine = state->engine;
    // The container is known to exist: straight to starting it, none of up()'s build or run.
    return startExisting(*recorded, *state, progress, readyTimeoutSeconds, QStringLiteral("starting %1").arg(name));
}

UpResult ContainerController::restart(const QString &name, const QString &engineHint, const ProgressSink &progress,
                                      int stopTimeoutSeconds, int readyTimeoutSeconds)
{
    const DownResult down = this->down(name, engineHint, stopTimeoutSeconds);
    if (!down.result.ok())
        return {down.result, 0, {}};
    if (down.wasRunning)
        progress.reportNote(down.clean ? QStringLiteral("%1 stopped cleanly in %2 s").arg(name).arg(double(down.elapsedMs) / 1000, 0, 'f', 1)
                                       : QStringLiteral("%1 had to be killed: its init did not shut down").arg(name));
    return start(name, engineHint, progress, readyTimeoutSeconds);
}

OpResult ContainerController::kill(const QString &name, const QString &engineHint)
{
    const NameLock lock(m_dataDir, name, QStringLiteral("kill"));
    if (!lock.held())
        return OpResult::failure(OpStatus::Busy, lock.error());
    OpResult error;
    const auto state = findOurs(name, engineHint, QStringLiteral("kill"), QStringLiteral("kill"), &error);
    if (!state)
        return error;
    if (!state->running)
        return OpResult::failure(QStringLiteral("%1 is not running").arg(name));
    return engineNamed(state->engine)->kill(*state);
}

OpResult ContainerController::logs(const QString &name, const QString &engineHint, int tailLines, QString *text)
{
    OpResult error;
    const auto state = find(name, engineHint, &error);
    if (!state)
        return error;
    return engineNamed(state->engine)->consoleText(name, tailLines, text);
}

QList<ContainerState> ContainerController::list(QStringList *warnings, QList<EngineStatus> *engines)
{
    QList<ContainerState> out;
    for (IEngine *e : m_engines.all()) {
        EngineStatus status;
        out += e->listOurs(&status);
        if (engines)
            *engines << status;
        // An engine that is not installed is no warning: only one that should have answered.
        if (warnings && status.problem != EngineProblem::None && status.problem != EngineProblem::NotInstalled)
            *warnings << status.text();
    }
    return out;
}

} // namespace initbench
