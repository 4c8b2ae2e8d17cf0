#include "recipe/cgrouppolicy.h"

namespace initbench {

CgroupPolicy CgroupPolicy::decide(const RecipeRequest &request, const InitVariant &init)
{
    CgroupPolicy policy;
    // podman runs systemd in its own mode (--systemd=always: a private, writable tree) and
    // nspawn delegates cgroups itself; only docker needs deciding.
    if (request.profile.engine != QLatin1String("docker"))
        return policy;
    if (request.host.cgroupVersion == 1) {
        policy.runArgs = init.cgroupV1Args;
        return policy;
    }
    if (!init.writableCgroups)
        return policy;
    // moby mounts a private cgroup2 tree read-only unless the container is privileged or the
    // daemon remaps users (daemon/oci_linux.go: "we must clear the readonly flag for the
    // cgroups mount"): then the tree is the container's own namespace, writable.
    if (request.host.dockerRemapsUsers) {
        policy.runArgs = {QStringLiteral("--cgroupns=private")};
        return policy;
    }
    if (request.profile.shareHostCgroups) {
        policy.runArgs = {QStringLiteral("--cgroupns=host"), QStringLiteral("--volume"),
                          QStringLiteral("/sys/fs/cgroup:/sys/fs/cgroup:rw")};
        policy.givesAway = QStringLiteral(
            "share_host_cgroups: the container's root can write the host's whole cgroup tree: move, freeze and "
            "limit any process of the host");
        return policy;
    }
    policy.refusal = QStringLiteral(
        "systemd creates its own cgroups, and docker on this cgroup v2 host mounts a container's cgroup tree "
        "read-only unless its daemon remaps users. Use engine podman (it runs systemd with --systemd=always), "
        "turn on \"userns-remap\" in /etc/docker/daemon.json, or set share_host_cgroups: true in the profile "
        "to give the container the host's whole cgroup tree writable (its root can then move, freeze and "
        "limit any process of the host)");
    return policy;
}

} // namespace initbench
