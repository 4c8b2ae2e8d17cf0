#pragma once
#include "inspect/initdetection.h"
#include "inspect/servicestatus.h"

namespace initbench {

class Catalog;
class ContainerController;
struct ContainerState;

struct InitReport {
    Pid1Evidence evidence;
    InitDetection detection;
    QString how; // how /proc was read: on the host through /proc/PID/root, or through the engine
};

// Reads what a running container's PID 1 is (comm, exe, cmdline, marker files, its first
// child when it is a wrapper) and decides which init it is.
InitReport probeInit(ContainerController &controller, const ContainerState &container, const Catalog &catalog);

// Runs the init's own status command inside the container (ServiceQuery) and parses it. A
// failed command gives warnings and its output as raw, never an exception or a crash.
ServiceList queryServices(ContainerController &controller, const ContainerState &container, const QString &init);

} // namespace initbench
