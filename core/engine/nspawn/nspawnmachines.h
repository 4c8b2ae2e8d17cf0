#pragma once
#include "engine/containerstate.h"
#include "engine/nspawn/machined.h"
#include "engine/nspawn/machinefiles.h"
#include "engine/progresssink.h"
#include "process/commandline.h"

#include <QList>

#include <optional>

namespace initbench {

// The nspawn machines under dataDir/machines: their state read from the supervisor's files
// and /proc, started through a detached supervisor, stopped by signalling the leader (through
// systemd-machined when the host's PID 1 is systemd, see useMachined).
class NspawnMachines
{
public:
    // supervisorCommand starts `initbench __supervise-nspawn DIR` (the path to this binary).
    NspawnMachines(QString dataDir, QStringList supervisorCommand)
        : m_dataDir(std::move(dataDir)), m_supervisorCommand(std::move(supervisorCommand)) {}

    // The host's PID 1 is systemd, so nspawn registers machines with systemd-machined: stop them
    // through machinectl, and say in list() whether machined knows them.
    void useMachined(ICommandRunner &runner)
    {
        m_machined.emplace(runner);
        m_systemRunner = &runner;
    }
    const std::optional<Machined> &machined() const { return m_machined; }

    QString machinesDir() const; // dataDir/machines: a folder per machine
    MachineFiles files(const QString &name) const;
    bool exists(const QString &name) const;
    ContainerState state(const QString &name) const;
    QList<ContainerState> list() const;
    // The container's PID 1 as seen from the host: nspawn's child.
    qint64 leaderPid(const QString &name) const;

    // Starts the supervisor, detached. On a systemd host (useMachined) it runs in a transient
    // service of its own, supervisorUnit(name), so the machine outlives the login session or
    // window that started it, as a machine started by machinectl does.
    OpResult start(const MachineSpec &spec);
    static QString supervisorUnit(const QString &name) { return QStringLiteral("initbench-machine-") + name + QStringLiteral(".service"); }
    CommandLine supervisorUnitCommand(const QString &name) const;
    // Sends signalName to the leader and waits for nspawn to exit; kills nspawn after the timeout.
    OpResult stop(const QString &name, const QString &signalName, int timeoutSeconds, bool *clean, qint64 *elapsedMs);
    OpResult remove(const QString &name);
    // A tree `initbench build` made is recorded with the context hash it was built from, so
    // `up` boots it when the profile has not changed since.
    void recordBuilt(const QString &name, const QString &contextHash) const;
    QString builtHash(const QString &name) const;
    // rootfs.partial, left by a build that was killed: removed (never through a mount).
    OpResult removePartialTree(const QString &name) const;
    QString consoleText(const QString &name, int tailLines) const;

    static int signalNumber(const QString &name); // "SIGPWR", "SIGRTMIN+3"... 0 if unknown

private:
    QString m_dataDir;
    QStringList m_supervisorCommand;
    std::optional<Machined> m_machined;
    ICommandRunner *m_systemRunner = nullptr; // systemd-run, on a systemd host
};

} // namespace initbench
