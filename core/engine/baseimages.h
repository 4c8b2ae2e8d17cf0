#pragma once
#include "catalog/distro.h"
#include "engine/progresssink.h"
#include "process/icommandrunner.h"

namespace initbench {

// Base images without a registry: a distro's root tree bootstrapped from its mirror
// (mmdebstrap, or debootstrap when mmdebstrap is missing), cached as a tarball, imported into
// docker/podman under the distro's usual image name. A half-made tarball is never used: it
// is written under a temporary name and renamed when complete.
//
// Without root only mmdebstrap can bootstrap (in its unshare mode: a user namespace mapped with
// the user's subordinate IDs); debootstrap needs root.
class BaseImages
{
public:
    // asRoot: whether this process runs as root (tests pass it; the app leaves the default).
    BaseImages(ICommandRunner &runner, QString cacheDir, bool asRoot = runningAsRoot())
        : m_runner(runner), m_cacheDir(std::move(cacheDir)), m_asRoot(asRoot)
    {
    }
    static bool runningAsRoot();

    static bool canBootstrap(const Distro &distro) { return !distro.bootstrap.tool.isEmpty(); }
    QString tarballPath(const Distro &distro) const;
    OpResult ensureTarball(const Distro &distro, const ProgressSink &progress);
    OpResult importInto(const QString &engine, const Distro &distro, const ProgressSink &progress);

private:
    CommandLine mmdebstrapCommand(const Distro &distro, const QString &tarball) const;

    ICommandRunner &m_runner;
    QString m_cacheDir;
    bool m_asRoot;
};

} // namespace initbench
