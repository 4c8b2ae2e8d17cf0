#pragma once
#include "inspect/loginquery.h"
#include "inspect/processinfo.h"
#include "inspect/servicestatus.h"

namespace initbench {

// What the panes show about one running container. Every call blocks (it may read /proc or run
// the engine), so the monitor calls them on its worker thread; tests give it a fake.
class IContainerInspection
{
public:
    virtual ~IContainerInspection() = default;
    virtual ProcessSnapshot processes() = 0;
    virtual LoginAnswer who() = 0;
    virtual LoginAnswer last() = 0;
    virtual ServiceList services() = 0;
};

} // namespace initbench
