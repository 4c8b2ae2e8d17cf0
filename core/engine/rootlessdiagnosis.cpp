#include "engine/rootlessdiagnosis.h"

namespace initbench {

std::optional<EngineDiagnosis> diagnoseRootlessSetup(const QString &err)
{
    if (err.contains(QLatin1String("\"newuidmap\": executable file not found"))
        || err.contains(QLatin1String("\"newgidmap\": executable file not found")))
        return EngineDiagnosis{EngineProblem::RootlessSetup,
                               QStringLiteral("rootless podman needs newuidmap and newgidmap, which are not installed "
                                              "(Debian: sudo apt install uidmap)")};
    // Without a range podman falls back to one mapped ID, and the first file of an image owned
    // by any other user or group (Debian's /etc/shadow: group 42) cannot be unpacked.
    if (err.contains(QLatin1String("no subuid ranges found")) || err.contains(QLatin1String("no subgid ranges found"))
        || err.contains(QLatin1String("insufficient UIDs or GIDs available in user namespace")))
        return EngineDiagnosis{EngineProblem::RootlessSetup,
                               QStringLiteral("your user has no subordinate UID/GID range for rootless podman: add one to "
                                              "/etc/subuid and /etc/subgid, not overlapping other users' (e.g. sudo usermod "
                                              "--add-subuids 100000-165535 --add-subgids 100000-165535 $USER), then run "
                                              "podman system migrate")};
    if (err.contains(QLatin1String("could not find slirp4netns")))
        return EngineDiagnosis{EngineProblem::RootlessSetup,
                               QStringLiteral("rootless podman needs slirp4netns for the container's network "
                                              "(Debian: sudo apt install slirp4netns)")};
    // Debian's udev makes the device 0666; hosts without udev may leave it 0600 (root only).
    if (err.contains(QLatin1String("slirp4netns failed")) && err.contains(QLatin1String("/dev/net/tun")))
        return EngineDiagnosis{EngineProblem::RootlessSetup,
                               QStringLiteral("slirp4netns cannot open /dev/net/tun, so rootless podman cannot give the "
                                              "container a network: the device must be usable by everyone, as udev makes it "
                                              "(sudo chmod 0666 /dev/net/tun)")};
    return std::nullopt;
}

} // namespace initbench
