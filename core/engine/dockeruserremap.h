#pragma once
#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace initbench {

class ICommandRunner;

// Whether dockerd runs with "userns-remap", and onto which host IDs it maps a container's root.
// Files Initbench bind-mounts for a container's root (its SSH host key) must belong to that
// host UID there: owned by the host's root they show up as nobody and, mode 0600, unreadable.
struct DockerUserRemap {
    bool remaps = false;
    bool rootKnown = false; // rootUid/rootGid found (remaps without it: a daemon laid out unlike moby's)
    uid_t rootUid = 0;      // the host IDs a container's root has under the remap
    gid_t rootGid = 0;
    QByteArray rootDir;     // what docker named as its root folder, for a message

    // Asks `docker info` (one call, 20-40 ms); no remap when docker does not answer.
    static DockerUserRemap ask(ICommandRunner &runner);
    // The same, remembered in cacheFile for as long as the local dockerd that answered runs
    // (its PID and start time, from /var/run/docker.pid): a remap only changes with a restart of
    // the daemon, and this call sits on the path `up` takes to a new container. Asked every time
    // when DOCKER_HOST names another daemon or the PID file cannot be read.
    static DockerUserRemap askCached(ICommandRunner &runner, const QString &cacheFile);
    // From `docker info --format '{{json .SecurityOptions}} {{json .DockerRootDir}}'`: the
    // daemon lists "name=userns" and keeps its state under DATA-ROOT/UID.GID of the remapped root.
    static DockerUserRemap parse(const QByteArray &infoOutput);
};

} // namespace initbench
