#include "gui/engineinspectionprovider.h"

#include "engine/containerinspector.h"

namespace initbench {

EngineInspectionProvider::EngineInspectionProvider(const Catalog &catalog, HostFacts host, QString dataDir, QStringList entryCommand)
    : m_catalog(catalog), m_controller(m_runner, catalog, std::move(host), std::move(dataDir))
{
    m_controller.access().setEntryCommand(std::move(entryCommand));
}

QList<ContainerState> EngineInspectionProvider::list(QStringList *warnings, QList<EngineStatus> *engines)
{
    QList<ContainerState> containers = m_controller.list(warnings, engines);
    // An engine's `ps` does not name the init's host PID, which the readers need (the /proc
    // path, which process is PID 1): each running container is inspected once more.
    for (ContainerState &c : containers) {
        if (!c.running || c.hostPid > 0)
            continue;
        OpResult error;
        if (std::optional<ContainerState> full = m_controller.find(c.name, c.engine, &error)) {
            const QString detail = c.detail;
            c = *full;
            c.detail = detail;
        } else if (warnings) {
            *warnings << QStringLiteral("%1: %2").arg(c.name, error.message);
        }
    }
    return containers;
}

std::unique_ptr<IContainerInspection> EngineInspectionProvider::inspect(const ContainerState &container)
{
    return std::make_unique<ContainerInspector>(m_controller, m_runner, m_catalog, container);
}

} // namespace initbench
