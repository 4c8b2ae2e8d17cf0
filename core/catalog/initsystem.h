#pragma once
#include "catalog/fragment.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace initbench {

// How one init runs on one distro family.
struct InitVariant {
    QString pid1;            // what /proc/1/comm shows, for detection and docs
    QString exec;            // PID 1's path (CMD/ENTRYPOINT, nspawn's explicit init)
    bool entrypoint = false; // run as ENTRYPOINT (s6-overlay's /init) instead of CMD
    bool nspawnBoot = false; // nspawn --boot (systemd only; -b prefers systemd over any other init)
    QString stopSignal;      // docker/podman --stop-signal
    QString nspawnKillSignal;
    QStringList capAdd;
    QStringList tmpfs;       // docker/podman --tmpfs mounts
    QStringList cgroupV1Args; // extra docker run arguments on a cgroup v1 host
    // The init creates its own cgroups (systemd): on a cgroup v2 host docker must give it a
    // writable private cgroup tree, which it does only when the daemon remaps users.
    bool writableCgroups = false;
    QString podmanSystemd = QStringLiteral("false"); // --systemd=
    QString ready;           // shell condition, true inside the container once the init has booted
    Fragment base;
    QMap<QString, Fragment> engines;        // engine -> extra fragment
    QMap<QString, QString> refusedEngines;  // engine -> reason
};

struct InitSystem {
    QString id;      // "openrc"
    QString name;    // "OpenRC"
    QString summary; // one paragraph for teaching
    QMap<QString, InitVariant> variants; // distro family -> variant
    QString sourceFile;
};

} // namespace initbench
