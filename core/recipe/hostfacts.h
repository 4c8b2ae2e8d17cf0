#pragma once
#include <QString>
#include <QStringList>

namespace initbench {

// What the host is like, where it changes the recipe. Detected once by the app; tests pass
// fixed values so golden files do not depend on the machine that runs them.
struct HostFacts {
    int cgroupVersion = 2;          // 1 (v1/hybrid) or 2 (unified)
    bool pid1IsSystemd = false;     // false: nspawn needs --register=no --keep-unit; true: machines go through machined
    QString exportEngine = QStringLiteral("docker"); // builds images that nspawn trees are exported from
    QString stateDir;               // where nspawn root trees live
    // The kernel allows user namespaces (user.max_user_namespaces > 0): nspawn containers then
    // get a private UID range (--private-users=pick), so their root is nobody on the host.
    // Without them an nspawn container is not a security boundary, and Initbench says so.
    bool userNamespaces = false;
    // dockerd runs with "userns-remap": it then mounts a container's private cgroup2 tree
    // writable, which systemd needs. Asked of docker only on a cgroup v2 host.
    bool dockerRemapsUsers = false;
    // podman's defaults (nofile 1048576...) exceed the hard limits of some hosts, where runc
    // then fails with "error setting rlimit". Detected from this process's hard limits; the
    // settings file can override them.
    QStringList podmanUlimits;      // e.g. {"nofile=20000:20000", "nproc=96365:96365"}

    static HostFacts detect(const QString &stateDir);
    static QStringList detectUlimits();
    static bool detectDockerRemapsUsers();
};

// The first engine whose command is on PATH (docker, podman, then systemd-nspawn); docker when
// none is, so the default profile still names something the user can install.
QString firstAvailableEngine();

} // namespace initbench
