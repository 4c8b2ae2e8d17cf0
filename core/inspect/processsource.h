#pragma once
#include "inspect/processinfo.h"

namespace initbench {

// Where a container's processes come from: the host's /proc (ProcSnapshotSource) or the
// engine (EngineTopSource). refresh() blocks; the GUI calls it from a worker thread.
class IProcessSource
{
public:
    virtual ~IProcessSource() = default;
    virtual ProcessSnapshot refresh() = 0;
};

} // namespace initbench
