#pragma once
#include "engine/iengine.h"
#include "engine/nspawn/nspawnmachines.h"

namespace initbench {

// systemd-nspawn: machines Initbench keeps under its data folder, each booted by a detached
// supervisor (NspawnMachines). Every machine there is Initbench's.
class NspawnEngine : public IEngine
{
public:
    explicit NspawnEngine(NspawnMachines &machines) : m_machines(machines) {}

    QString id() const override { return QStringLiteral("nspawn"); }
    QString programName() const override { return QStringLiteral("systemd-nspawn"); }
    bool installed() const override;
    bool runsImages() const override { return false; }
    bool keepsOwnRecords() const override { return true; }

    OpResult checkUsable() override;
    QList<ContainerState> listOurs(EngineStatus *status) override;
    std::optional<ContainerState> lookUp(const QString &name, QString *problem) override;
    ContainerState state(const QString &name) override { return m_machines.state(name); }
    DownResult stop(const ContainerState &running, int timeoutSeconds) override;
    OpResult kill(const ContainerState &running) override;
    OpResult remove(const ContainerState &stopped) override { return m_machines.remove(stopped.name); }
    OpResult consoleText(const QString &name, int tailLines, QString *text) override;
    ConsoleAccess consoleAccess(const QString &name) const override;
    std::optional<CommandLine> eventStream() const override { return std::nullopt; }
    QString watchedFolder() const override { return m_machines.machinesDir(); }

private:
    NspawnMachines &m_machines;
};

} // namespace initbench
