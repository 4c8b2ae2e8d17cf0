#include "engine/containercontroller.h"

#include "engine/containerrecords.h"
#include "engine/enginelocation.h"
#include "engine/sshportreservations.h"
#include "engine/standardengines.h"
#include "ssh/containerhostkey.h"
#include "ssh/hostkeypins.h"
#include "util/namelock.h"
#include "util/netprobe.h"

#include <QDir>

namespace initbench {

ContainerController::ContainerController(ICommandRunner &runner, const Catalog &catalog, HostFacts host, QString dataDir,
                                         QStringList supervisorCommand)
    : m_runner(runner), m_catalog(catalog), m_host(std::move(host)), m_dataDir(dataDir),
      m_machines(dataDir, std::move(supervisorCommand)), m_access(runner, m_machines), m_builtImages(QDir(dataDir).filePath(QStringLiteral("images"))),
      m_builder(parts()), m_boot(parts(), m_builder)
{
    // The same fact that keeps --register=no out of the nspawn command (runcommands.cpp).
    if (m_host.pid1IsSystemd)
        m_machines.useMachined(m_runner);
    addStandardEngines(m_engines, m_runner, m_machines);
}

ControllerParts ContainerController::parts()
{
    return {m_runner, m_catalog, m_host, m_dataDir, m_machines, m_engines, m_access, m_builtImages};
}

ContainerState ContainerController::stateOf(const QString &engine, const QString &name)
{
    IEngine *e = m_engines.find(engine);
    return e ? e->state(name) : ContainerState{};
}

ConsoleAccess ContainerController::consoleAccess(const ContainerState &c) const
{
    IEngine *e = m_engines.find(c.engine);
    return e ? e->consoleAccess(c.name) : ConsoleAccess{};
}

QStringList ContainerController::availableEngines() const
{
    return m_engines.installedImageEngines();
}

QString ContainerController::contextDir(const QString &name) const
{
    return m_builder.contextDir(name);
}

QString ContainerController::buildLogPath(const QString &name) const
{
    return m_builder.buildLogPath(name);
}

OpResult ContainerController::build(const Profile &given, const ProgressSink &progress, BuildPlan *planOut)
{
    const NameLock lock(m_dataDir, given.name, QStringLiteral("build"));
    if (!lock.held())
        return OpResult::failure(OpStatus::Busy, lock.error());
    Profile profile = given;
    if (const OpResult e = resolveSshPort(&profile, progress); !e.ok())
        return e;
    if (const OpResult e = m_engines.check(profile.engine); !e.ok())
        return e;
    return m_builder.build(profile, progress, planOut);
}

UpResult ContainerController::up(const Profile &given, const ProgressSink &progress, int readyTimeoutSeconds)
{
    const NameLock lock(m_dataDir, given.name, QStringLiteral("up"));
    if (!lock.held())
        return {OpResult::failure(OpStatus::Busy, lock.error()), 0, {}};
    Profile profile = given;
    if (const OpResult e = resolveSshPort(&profile, progress); !e.ok())
        return {e, 0, {}};
    return m_boot.up(profile, progress, readyTimeoutSeconds);
}

std::optional<ContainerState> ContainerController::find(const QString &name, const QString &engineHint, OpResult *error)
{
    QList<IEngine *> engines;
    if (engineHint.isEmpty()) {
        for (IEngine *e : m_engines.all())
            if (e->installed() || e->keepsOwnRecords())
                engines << e;
    } else if (IEngine *e = m_engines.named(engineHint, error)) {
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
            *error = OpResult::failure(tr("more than one engine has a container named '%1'; say which with --engine").arg(name));
        else if (!lastProblem.isEmpty())
            *error = OpResult::failure(OpStatus::EngineUnavailable, lastProblem);
        else
            *error = OpResult::failure(OpStatus::NotFound, tr("no container named '%1' (engines asked: %2)")
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
    return m_engines.find(state->engine)->stop(*state, stopTimeoutSeconds);
}

// The container called name, when Initbench made it; otherwise *error says so and how to do
// the operation with the engine itself ("remove it with docker rm if you mean to").
std::optional<ContainerState> ContainerController::findOurs(const QString &name, const QString &engineHint, const QString &verb,
                                                           const QString &engineCommand, OpResult *error)
{
    std::optional<ContainerState> state = find(name, engineHint, error);
    // Everything under machines/ is Initbench's own, described or not (a tree `build` made).
    if (state && state->profile.isEmpty() && !m_engines.find(state->engine)->keepsOwnRecords()) {
        *error = OpResult::failure(tr("'%1' was not created by Initbench; %2 it with %3 %4 if you mean to")
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
        return OpResult::failure(tr("'%1' is running; stop it first with `initbench down %1`").arg(name));
    if (const OpResult removed = m_engines.find(state->engine)->remove(*state); !removed.ok())
        return removed;
    return forgetHostSide(name);
}

// A profile that names no ssh_port gets the port kept for its name, or a free one kept from now
// on. One kept earlier but taken since by something else, while no container of the name exists
// to own it, is replaced: nothing of the container's depends on it yet.
OpResult ContainerController::resolveSshPort(Profile *profile, const ProgressSink &progress)
{
    if (profile->sshPort != 0 || !m_catalog.anyServiceListens(profile->services))
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
        progress.reportNote(tr("SSH for %1 on 127.0.0.1:%2, a free port kept for it until `initbench rm %1`")
                                .arg(profile->name).arg(port));
    }
    profile->sshPort = port;
    return {};
}

bool ContainerController::containerExists(const Profile &profile)
{
    return stateOf(profile.engine, profile.name).exists;
}

OpResult ContainerController::forgetHostSide(const QString &name)
{
    QString error;
    if (!ContainerHostKey(m_host.stateDir, name).remove(HostKeyPins::defaultPath(), &error))
        return OpResult::failure(tr("%1 is removed, but its SSH host key is not: %2").arg(name, error));
    if (!SshPortReservations(m_dataDir).release(name, &error) || !ContainerRecords(m_dataDir).remove(name, &error))
        return OpResult::failure(tr("%1 is removed, but %2").arg(name, error));
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
    return m_boot.startExisting(*recorded, *state, progress, readyTimeoutSeconds, tr("starting %1").arg(name));
}

UpResult ContainerController::restart(const QString &name, const QString &engineHint, const ProgressSink &progress,
                                      int stopTimeoutSeconds, int readyTimeoutSeconds)
{
    const DownResult down = this->down(name, engineHint, stopTimeoutSeconds);
    if (!down.result.ok())
        return {down.result, 0, {}};
    if (down.wasRunning)
        progress.reportNote(down.clean ? tr("%1 stopped cleanly in %2 s").arg(name).arg(double(down.elapsedMs) / 1000, 0, 'f', 1)
                                       : tr("%1 had to be killed: its init did not shut down").arg(name));
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
        return OpResult::failure(tr("%1 is not running").arg(name));
    return m_engines.find(state->engine)->kill(*state);
}

OpResult ContainerController::logs(const QString &name, const QString &engineHint, int tailLines, QString *text)
{
    OpResult error;
    const auto state = find(name, engineHint, &error);
    if (!state)
        return error;
    return m_engines.find(state->engine)->consoleText(name, tailLines, text);
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
