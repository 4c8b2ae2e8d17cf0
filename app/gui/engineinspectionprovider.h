#pragma once
#include "engine/containercontroller.h"
#include "inspectionprovider.h"
#include "process/processrunner.h"

namespace initbench {

// The real provider: ContainerController::list() and ContainerInspector, through a runner and
// controller of its own. The window's ContainerJob drives the other controller on its thread;
// this pair is used by the listing thread and the monitor's worker, and ProcessRunner::run and
// the controller's read paths keep no state between calls, so they may run side by side.
class EngineInspectionProvider : public IInspectionProvider
{
public:
    // entryCommand: `initbench-enter`, the confined way into a container (ContainerAccess).
    EngineInspectionProvider(const Catalog &catalog, HostFacts host, QString dataDir, QStringList entryCommand = {});

    QList<ContainerState> list(QStringList *warnings, QList<EngineStatus> *engines) override;
    std::unique_ptr<IContainerInspection> inspect(const ContainerState &container) override;

private:
    const Catalog &m_catalog;
    ProcessRunner m_runner;
    ContainerController m_controller;
};

} // namespace initbench
