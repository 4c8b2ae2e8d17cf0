#pragma once
#include "catalog/distro.h"
#include "engine/progresssink.h"
#include "process/icommandrunner.h"

namespace initbench {

// Base images without a registry: a distro's root tree bootstrapped from its mirror
// (mmdebstrap, or debootstrap when mmdebstrap is missing), cached as a tarball, imported into
// docker/podman under the distro's usual image name. A half-made tarball is never used: it
// is written under a temporary name and renamed when complete.
class BaseImages
{
public:
    BaseImages(ICommandRunner &runner, QString cacheDir) : m_runner(runner), m_cacheDir(std::move(cacheDir)) {}

    static bool canBootstrap(const Distro &distro) { return !distro.bootstrap.tool.isEmpty(); }
    QString tarballPath(const Distro &distro) const;
    OpResult ensureTarball(const Distro &distro, const ProgressSink &progress);
    OpResult importInto(const QString &engine, const Distro &distro, const ProgressSink &progress);

private:
    ICommandRunner &m_runner;
    QString m_cacheDir;
};

} // namespace initbench
