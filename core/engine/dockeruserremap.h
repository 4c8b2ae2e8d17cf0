#pragma once
#include <QByteArray>

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

    // Asks `docker info` (one call, a few tens of ms); no remap when docker does not answer.
    static DockerUserRemap ask(ICommandRunner &runner);
    // From `docker info --format '{{json .SecurityOptions}} {{json .DockerRootDir}}'`: the
    // daemon lists "name=userns" and keeps its state under DATA-ROOT/UID.GID of the remapped root.
    static DockerUserRemap parse(const QByteArray &infoOutput);
};

} // namespace initbench
