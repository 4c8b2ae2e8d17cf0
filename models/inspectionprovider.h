#pragma once
#include "engine/containerstate.h"
#include "engine/enginestatus.h"
#include "inspect/containerinspection.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace initbench {

// Where the Inspect pane finds the running containers and gets a reader for one: the engines in
// the application, a script in tests.
class IInspectionProvider
{
public:
    virtual ~IInspectionProvider() = default;
    // The containers Initbench made, running or not. Blocks on the engines: the pane calls it on
    // a worker thread. Engines that did not answer are named in *warnings; *engines (when not
    // null) gets how each engine answered.
    virtual QList<ContainerState> list(QStringList *warnings, QList<EngineStatus> *engines) = 0;
    // A reader for one running container. Quick (the reads come later, on the monitor's worker);
    // the reader may use the provider until it is destroyed, so it must not outlive it.
    virtual std::unique_ptr<IContainerInspection> inspect(const ContainerState &container) = 0;
};

} // namespace initbench
