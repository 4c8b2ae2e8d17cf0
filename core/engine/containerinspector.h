#pragma once
#include "engine/containerstate.h"
#include "engine/initprobe.h"
#include "inspect/containerinspection.h"
#include "inspect/processsource.h"

#include <memory>
#include <optional>

namespace initbench {

class Catalog;
class ContainerController;
class ICommandRunner;

// Reads a running container for the CLI and the monitor, with one local-or-engine decision
// (ContainerAccess::leaderIsLocal): the host's /proc and /proc/PID/root when the init is a
// local process we may enter, the engine (top, exec, cat) otherwise. Keeps what is worth keeping
// between calls: the process source's caches and which init PID 1 is.
class ContainerInspector : public IContainerInspection
{
public:
    ContainerInspector(ContainerController &controller, ICommandRunner &runner, const Catalog &catalog, ContainerState container);
    ~ContainerInspector() override;

    ProcessSnapshot processes() override;
    LoginAnswer who() override;
    LoginAnswer last() override;
    ServiceList services() override; // the detected init's own status command

    const InitReport &init(); // detected on first use
    const ContainerState &container() const { return m_container; }

private:
    std::unique_ptr<IProcessSource> makeProcessSource();
    LoginContext loginContext();
    bool readFile(const QString &path, QByteArray *bytes, QString *how);

    ContainerController &m_controller;
    ICommandRunner &m_runner;
    const Catalog &m_catalog;
    ContainerState m_container;
    std::unique_ptr<IProcessSource> m_processes;
    std::optional<InitReport> m_init;
    std::optional<bool> m_musl;
};

} // namespace initbench
