#pragma once
#include <QMap>
#include <QString>

namespace initbench {

// What an engine reports about one container.
struct ContainerState {
    QString name;
    QString id;         // the engine's container ID (docker/podman)
    QString engine;     // docker | podman | nspawn
    QString image;
    QString status;     // engine's word: running, exited, created...
    bool exists = false;
    bool running = false;
    int hostPid = 0;    // host PID of the container's PID 1 while running
    int exitCode = 0;   // last exit status when not running
    QString profile;    // io.initbench.profile label: empty for containers Initbench did not create
    QString detail;     // "Up 3 minutes", for lists
    int sshPort = 0;    // host port on 127.0.0.1 that reaches its sshd; 0 when it has none
};

} // namespace initbench
