#pragma once
#include "engine/iengine.h"
#include "process/icommandrunner.h"

namespace initbench {

// docker or podman, driven through its command line (DockerCli) by the injected runner. Only
// containers carrying Initbench's profile label, and named after that profile, are its.
class DockerCliEngine : public IEngine
{
public:
    DockerCliEngine(QString engine, ICommandRunner &runner) : m_engine(std::move(engine)), m_runner(runner) {}

    QString id() const override { return m_engine; }
    QString programName() const override { return m_engine; }
    bool installed() const override;
    bool runsImages() const override { return true; }
    bool keepsOwnRecords() const override { return false; }

    OpResult checkUsable() override;
    QList<ContainerState> listOurs(EngineStatus *status) override;
    std::optional<ContainerState> lookUp(const QString &name, QString *problem) override;
    ContainerState state(const QString &name) override;
    DownResult stop(const ContainerState &running, int timeoutSeconds) override;
    OpResult kill(const ContainerState &running) override;
    OpResult remove(const ContainerState &stopped) override;
    OpResult consoleText(const QString &name, int tailLines, QString *text) override;
    ConsoleAccess consoleAccess(const QString &name) const override;
    std::optional<CommandLine> eventStream() const override;
    QString watchedFolder() const override { return {}; }

private:
    OpResult failed(const CommandResult &r) const;

    QString m_engine;
    ICommandRunner &m_runner;
};

} // namespace initbench
