#include "inspect/servicestatus.h"

namespace initbench {

QString serviceStateName(ServiceState state)
{
    switch (state) {
    case ServiceState::Running: return QStringLiteral("running");
    case ServiceState::Stopped: return QStringLiteral("stopped");
    case ServiceState::Failed: return QStringLiteral("failed");
    case ServiceState::Starting: return QStringLiteral("starting");
    case ServiceState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

} // namespace initbench
