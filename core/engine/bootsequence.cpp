#include "engine/bootsequence.h"

#include "doctor/consolereport.h"
#include "engine/access/safewrite.h"
#include "engine/containerrecords.h"
#include "engine/dockercli.h"
#include "engine/dockeruserremap.h"
#include "engine/enginediagnosis.h"
#include "engine/enginelocation.h"
#include "engine/leaderscan.h"
#include "process/cancelscope.h"
#include "ssh/containerhostkey.h"
#include "ssh/hostkeypins.h"
#include "util/netprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace initbench {

namespace {
const int kQuickMs = 30 * 1000;
// A failed boot's console: the doctor reads this much of its end, the user is shown the last lines.
const int kConsoleLinesRead = 500;
const int kConsoleLinesShown = 20;

bool isNspawn(const QString &engine) { return engine == QLatin1String("nspawn"); }
} // namespace

BootSequence::BootSequence(ControllerParts parts, ImageBuilder &builder) : m_parts(std::move(parts)), m_builder(builder) {}

ContainerState BootSequence::stateOf(const QString &engine, const QString &name)
{
    IEngine *e = m_parts.engines.find(engine);
    return e ? e->state(name) : ContainerState{};
}

UpResult BootSequence::up(const Profile &profile, const ProgressSink &progress, int readyTimeoutSeconds)
{
    // Planned once: the fast path and the build share it (the key is read once, a note said once).
    std::optional<BuildPlan> planned;
    if (!isNspawn(profile.engine)) {
        BuildPlan plan;
        if (const OpResult e = m_builder.planRecipe(profile, progress, &plan); !e.ok())
            return {e, 0, {}};
        if (std::optional<UpResult> done = runRecordedImage(profile, plan, progress, readyTimeoutSeconds))
            return *done;
        planned = plan;
    }
    // For docker/podman the first inspect doubles as the engine check: one command less
    // before a boot (this is the path the time-to-ready benchmark measures).
    ContainerState existing;
    if (isNspawn(profile.engine)) {
        if (const OpResult e = m_parts.engines.check(profile.engine); !e.ok())
            return {e, 0, {}};
        existing = m_parts.machines.state(profile.name);
        // nspawn would only fail at the end, after the build, with "Machine 'X' already exists".
        if (m_parts.machines.machined() && !existing.running)
            if (const qint64 leader = m_parts.machines.machined()->leader(profile.name); leader > 0)
                return {OpResult::failure(tr("a machine named '%1' is already registered with systemd-machined (its init "
                                                         "is PID %2) and Initbench is not running it; choose another name, or stop "
                                                         "it with `machinectl terminate %1`").arg(profile.name).arg(leader)),
                        0, {}};
    } else {
        const CommandResult r = m_parts.runner.run(DockerCli(profile.engine).inspect(profile.name), kQuickMs);
        const EngineDiagnosis d = diagnoseEngineFailure(profile.engine, r);
        if (!r.ok() && d.problem != EngineProblem::NoSuchContainer)
            return {OpResult::failure(d.message, r.details()), 0, {}};
        existing = DockerCli::parseInspect(profile.engine, r.standardOutput);
    }
    const UpResult portError{OpResult::failure(tr("port %1 on 127.0.0.1 is already in use; choose another "
                                                              "ssh_port in the profile").arg(profile.sshPort)), 0, {}};
    if (existing.exists && existing.profile.isEmpty() && isNspawn(profile.engine)) {
        BuildPlan plan;
        if (const OpResult e = m_builder.planRecipe(profile, progress, &plan); !e.ok())
            return {e, 0, {}};
        if (m_parts.machines.builtHash(profile.name) != plan.contextHash)
            return {OpResult::failure(tr("'%1' has a root tree from an interrupted build or from another version of the "
                                                     "profile; `initbench rm %1` removes it, then `initbench up` builds it again")
                                          .arg(profile.name)),
                    0, {}};
        if (portTaken(profile))
            return portError;
        progress.reportNote(tr("the root tree `initbench build` made is up to date with the profile"));
        return bootNspawn(profile, plan, progress, readyTimeoutSeconds);
    }
    // A container of this name already: start it again if it is ours, never replace it.
    if (existing.exists)
        return startExisting(profile, existing, progress, readyTimeoutSeconds,
                             tr("starting the existing %1 (to rebuild it from the profile, `initbench rm %1` first)").arg(profile.name));
    // Refuse before building anything: a taken port would only fail at the end.
    if (portTaken(profile))
        return portError;
    BuildPlan plan;
    if (planned)
        plan = *planned;
    if (const OpResult b = planned ? m_builder.buildPlanned(profile, plan, progress) : m_builder.build(profile, progress, &plan); !b.ok())
        return {b, 0, {}};

    if (isNspawn(profile.engine))
        return bootNspawn(profile, plan, progress, readyTimeoutSeconds);
    progress.reportNote(tr("starting %1").arg(profile.name));
    if (const OpResult key = giveHostKey(profile, plan); !key.ok())
        return {key, 0, {}};
    const CommandResult run = m_parts.runner.run(plan.run.command, 2 * kQuickMs, [&](const QString &line) { progress.reportLog(line); });
    if (run.ok())
        recordProfile(profile, progress);
    return startRun(profile, plan, run, progress, readyTimeoutSeconds);
}

// nspawn: a tree `initbench build` made (no machine description yet) is booted as it is when
// it was built from this profile as it stands.
UpResult BootSequence::bootNspawn(const Profile &profile, const BuildPlan &plan, const ProgressSink &progress, int readyTimeoutSeconds)
{
    const InitVariant &init = *m_parts.catalog.initVariant(profile.distro, profile.init);
    progress.reportNote(tr("starting %1").arg(profile.name));
    if (!plan.run.command.arguments.contains(QStringLiteral("--private-users=pick")))
        progress.reportNote(tr("no private UID range for %1 (%2): its root is the host's root, so the container is "
                                           "not a security boundary (see README, Security)")
                                .arg(profile.name, m_parts.host.userNamespaces ? tr("systemd inside cannot boot with one here")
                                                                         : tr("this host allows no user namespaces")));
    if (const OpResult key = giveHostKey(profile, plan); !key.ok())
        return {key, 0, {}};
    if (const UpResult started = startNspawn(profile, plan, init); !started.result.ok())
        return started;
    recordProfile(profile, progress);
    if (!plan.passwords.isEmpty()) {
        // The init is nspawn's first child: there once nspawn has forked it.
        ContainerState s = m_parts.machines.state(profile.name);
        for (int i = 0; i < 200 && s.running && s.hostPid <= 0; ++i) {
            QThread::msleep(25);
            s = m_parts.machines.state(profile.name);
        }
        if (const OpResult set = setPasswords(s, plan.passwords); !set.ok())
            return {set, 0, {}};
    }
    // Registered, the machine invites `machinectl login`, which asks the container's own
    // systemd over D-Bus: with any other init it fails ("There is no system bus in container").
    if (m_parts.machines.machined() && !init.nspawnBoot)
        progress.reportNote(tr("machinectl status %1 knows the machine; machinectl login and shell need systemd "
                                           "inside it, so log in with `initbench console %1` or `initbench ssh %1`")
                                .arg(profile.name));
    return waitReady(profile, init, progress, readyTimeoutSeconds);
}

bool BootSequence::portTaken(const Profile &profile) const
{
    return m_parts.catalog.anyServiceListens(profile.services) && !engineIsRemote(profile.engine) && loopbackPortInUse(profile.sshPort);
}

std::optional<UpResult> BootSequence::runRecordedImage(const Profile &profile, const BuildPlan &plan,
                                                              const ProgressSink &progress, int readyTimeoutSeconds)
{
    // The context on disk is the one recorded as built (same digest): nothing to write.
    if (!m_parts.builtImages.isCurrent(profile.name, profile.engine, plan.image, plan.contextHash))
        return std::nullopt;
    // A taken port is said by the long way, before anything else happens.
    if (portTaken(profile))
        return std::nullopt;
    if (const OpResult key = giveHostKey(profile, plan); !key.ok())
        return UpResult{key, 0, {}};
    // Its lines are shown only when this path goes on: on a fallback the long way says what it
    // does instead, and the engine's "name already in use" would only confuse.
    QStringList lines;
    const CommandResult run = m_parts.runner.run(plan.run.command, 2 * kQuickMs, [&](const QString &line) { lines << line; });
    switch (diagnoseEngineFailure(profile.engine, run).problem) {
    case EngineProblem::NameInUse:
        return std::nullopt; // started again, or refused, by the long way
    case EngineProblem::NoSuchImage:
        m_parts.builtImages.forget(profile.name); // removed behind our back: build it again
        return std::nullopt;
    default:
        break;
    }
    for (const QString &line : std::as_const(lines))
        progress.reportLog(line);
    if (run.ok()) {
        recordProfile(profile, progress);
        progress.reportNote(tr("started %1 from %2, built from this profile").arg(profile.name, plan.image));
    }
    return startRun(profile, plan, run, progress, readyTimeoutSeconds);
}

// After `run`: its errors in words, or the wait for the new container to be ready.
// Starts a container that exists (up of its profile, start, restart) and waits until it is ready.
UpResult BootSequence::startExisting(const Profile &profile, const ContainerState &existing, const ProgressSink &progress,
                                            int readyTimeoutSeconds, const QString &note)
{
    if (existing.profile.isEmpty())
        return {OpResult::failure(isNspawn(profile.engine)
                                      ? tr("'%1' has a root tree but no machine description (an interrupted "
                                                       "build?); remove it with `initbench rm %1`").arg(profile.name)
                                      : tr("a %1 container named '%2' exists and was not created by Initbench; "
                                                       "choose another name").arg(profile.engine, profile.name)),
                0, {}};
    const InitVariant &init = *m_parts.catalog.initVariant(profile.distro, profile.init);
    if (existing.running) {
        progress.reportNote(tr("%1 is already running").arg(profile.name));
        return waitReady(profile, init, progress, readyTimeoutSeconds);
    }
    if (portTaken(profile))
        return {OpResult::failure(tr("port %1 on 127.0.0.1 is already in use; choose another "
                                                 "ssh_port in the profile").arg(profile.sshPort)), 0, {}};
    progress.reportNote(note);
    OpResult started;
    if (isNspawn(profile.engine)) {
        MachineSpec spec;
        MachineSpec::load(m_parts.machines.files(profile.name).specFile(), &spec, nullptr);
        started = m_parts.machines.start(spec);
    } else if (const CommandResult r = m_parts.runner.run({profile.engine, {QStringLiteral("start"), profile.name}, {}}, 2 * kQuickMs); !r.ok()) {
        started = OpResult::failure(tr("starting %1 failed: %2").arg(profile.name, diagnoseEngineFailure(profile.engine, r).message),
                                    r.details());
    }
    if (!started.ok())
        return {started, 0, {}};
    return waitReady(profile, init, progress, readyTimeoutSeconds);
}

UpResult BootSequence::startRun(const Profile &profile, const BuildPlan &plan, const CommandResult &run,
                                       const ProgressSink &progress, int readyTimeoutSeconds)
{
    if (!run.ok()) {
        const QString err = run.details();
        if (err.contains(QLatin1String("address already in use")) || err.contains(QLatin1String("port is already allocated")))
            return {OpResult::failure(tr("port %1 is already in use; choose another ssh_port").arg(profile.sshPort), err), 0, {}};
        return {OpResult::failure(tr("starting the container failed: %1").arg(diagnoseEngineFailure(profile.engine, run).message), err),
                0, {}};
    }
    const InitVariant &init = *m_parts.catalog.initVariant(profile.distro, profile.init);
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
OpResult BootSequence::setPasswords(const ContainerState &container, const QByteArray &passwords)
{
    if (passwords.isEmpty())
        return {};
    const CommandResult r = m_parts.runner.run(m_parts.access.execCommand(container, {QStringLiteral("chpasswd"), QStringLiteral("-e")}, false),
                                         kQuickMs, {}, passwords);
    if (!r.ok())
        return OpResult::failure(tr("%1 started, but setting its password failed (chpasswd -e inside it); "
                                                "it keeps running without one")
                                     .arg(container.name),
                                 r.details());
    return {};
}

UpResult BootSequence::startNspawn(const Profile &profile, const BuildPlan &plan, const InitVariant &init)
{
    MachineSpec spec;
    spec.name = profile.name;
    spec.profile = profile.name;
    spec.command = QStringList{plan.run.command.program} + plan.run.command.arguments;
    // systemd's clean shutdown signal is nspawn's default kill signal.
    spec.stopSignal = init.nspawnKillSignal.isEmpty() ? QStringLiteral("SIGRTMIN+3") : init.nspawnKillSignal;
    spec.sshPort = m_parts.catalog.anyServiceListens(profile.services) ? profile.sshPort : 0;
    return {m_parts.machines.start(spec), 0, {}};
}

UpResult BootSequence::waitReady(const Profile &profile, const InitVariant &init, const ProgressSink &progress, int timeoutSeconds,
                                        const ContainerState *known)
{
    const bool ssh = m_parts.catalog.anyServiceListens(profile.services);
    const bool probeSsh = ssh && !engineIsRemote(profile.engine);
    if (ssh && !probeSsh)
        progress.reportNote(tr("the engine is remote: not waiting for the SSH banner on this machine's 127.0.0.1"));
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
            return {OpResult::failure(OpStatus::Cancelled, tr("%1 was still booting; it keeps running (`initbench down %1` stops it)")
                                          .arg(profile.name)),
                    timer.elapsed(), {}};
        if (!(s.running && ContainerAccess::leaderIsLocal(s) && ::kill(pid_t(s.hostPid), 0) == 0)) {
            s = stateOf(profile.engine, profile.name);
            if (!s.exists)
                return {OpResult::failure(tr("the container disappeared while booting (removed by someone else?)")),
                        timer.elapsed(), {}};
            if (!s.running) {
                const QString console = lastConsoleLines(profile.engine, profile.name, kConsoleLinesRead);
                return {OpResult::failure(tr("the container stopped while booting (exit status %1); %2")
                                              .arg(s.exitCode)
                                              .arg(consoleReport(console, kConsoleLinesShown))),
                        timer.elapsed(), {}};
            }
        }
        if (!sshAnswers)
            sshAnswers = !readSshBanner(profile.sshPort, 100).isEmpty();
        if (sshAnswers && !booted) {
            booted = m_parts.runner.run(m_parts.access.readinessCommand(s, init.ready), kQuickMs).ok();
            if (booted)
                progress.reportNote(tr("the init has booted (%1 s)").arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
        }
        if (sshAnswers && booted) {
            QString what = tr("the init reports it has booted");
            if (probeSsh)
                what += tr(" and SSH answers on 127.0.0.1:%1").arg(profile.sshPort);
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
    return {OpResult::failure(OpStatus::TimedOut, tr("not ready after %1 s (%2); %3")
                                  .arg(timeoutSeconds)
                                  .arg(!sshAnswers ? tr("SSH does not answer on 127.0.0.1:%1").arg(profile.sshPort)
                                                   : tr("the init has not finished booting"))
                                  .arg(consoleReport(lastConsoleLines(profile.engine, profile.name, kConsoleLinesRead), kConsoleLinesShown))),
            timer.elapsed(), {}};
}

// Once a container is created, the profile it was made from is recorded: start, restart and
// duplicate read it. Not before, so a profile that only started an existing container again
// does not replace the record of the one it was made from.
void BootSequence::recordProfile(const Profile &profile, const ProgressSink &progress)
{
    if (const QString error = ContainerRecords(m_parts.dataDir).save(profile); !error.isEmpty())
        progress.reportNote(tr("the profile of %1 is not recorded (%2): start and restart will need `initbench up PROFILE`")
                                .arg(profile.name, error));
}

// A container Initbench creates gets the host key Initbench made for it, pinned before its
// first boot: trust never starts with a first connection, which anything answering on the port
// could make. docker and podman mount the key (the run command names it); an nspawn tree gets it
// written in, owned by the tree's root. A key is kept across `down` and `up`; `rm` ends it.
OpResult BootSequence::giveHostKey(const Profile &profile, const BuildPlan &plan)
{
    if (plan.hostKeyTarget.isEmpty())
        return {};
    ContainerHostKey key(m_parts.host.stateDir, profile.name); // the folder the run command names
    QString error;
    if (!key.ensurePinned(HostKeyPins::defaultPath(), &error))
        return OpResult::failure(tr("cannot make or pin the SSH host key of %1: %2").arg(profile.name, error));
    if (profile.engine == QLatin1String("docker") && !engineIsRemote(profile.engine))
        return handKeyToRemappedRoot(profile.name);
    if (plan.rootTree.isEmpty())
        return {};
    QByteArray secret;
    if (!key.privateKey(&secret, &error))
        return OpResult::failure(error);
    if (const QString failed = SafeWrite::file(plan.rootTree, plan.hostKeyTarget, secret, 0600); !failed.isEmpty())
        return OpResult::failure(tr("cannot give %1 its SSH host key: %2").arg(profile.name, failed));
    return {};
}

// Under dockerd's userns-remap a container's root is an unprivileged host UID: the mounted key
// must be that UID's, or sshd inside cannot read it and exits ("no hostkeys available"). Asked
// of docker each time a container is made, since the daemon's settings can change between.
OpResult BootSequence::handKeyToRemappedRoot(const QString &name)
{
    const DockerUserRemap remap = DockerUserRemap::askCached(m_parts.runner, QDir(m_parts.dataDir).filePath(QStringLiteral("docker-remap")));
    if (remap.remaps && !remap.rootKnown)
        return OpResult::failure(tr("dockerd remaps users, but its root folder (%1) does not say onto which host IDs, "
                                                "so %2's sshd could not read the host key Initbench mounts for it")
                                     .arg(QString::fromUtf8(remap.rootDir), name));
    const QString path = ContainerHostKey::privateKeyPath(m_parts.host.stateDir, name);
    const uid_t uid = remap.remaps ? remap.rootUid : ::geteuid();
    const gid_t gid = remap.remaps ? remap.rootGid : ::getegid();
    if (::lchown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return OpResult::failure(tr("cannot give %1's SSH host key to the container's root (UID %2): %3")
                                     .arg(name).arg(uid).arg(QString::fromLocal8Bit(::strerror(errno))));
    return {};
}

QString BootSequence::lastConsoleLines(const QString &engine, const QString &name, int lines)
{
    QString text;
    if (IEngine *e = m_parts.engines.find(engine))
        e->consoleText(name, lines, &text);
    return text.trimmed();
}

} // namespace initbench
