#include "engine/baseimages.h"

#include "engine/dockercli.h"
#include "engine/enginediagnosis.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

namespace initbench {

static const int kBootstrapTimeoutMs = 30 * 60 * 1000;

bool BaseImages::runningAsRoot()
{
    return ::geteuid() == 0;
}

CommandLine BaseImages::mmdebstrapCommand(const Distro &distro, const QString &tarball) const
{
    QStringList a{QStringLiteral("--variant=") + distro.bootstrap.variant, QStringLiteral("--format=tar")};
    // mmdebstrap picks its mode itself (root as root), but when no mode works for a user it only
    // says "unable to pick chroot mode automatically"; asked for unshare it names what is missing
    // (e.g. "failed to parse /etc/subuid and /etc/subgid").
    if (!m_asRoot)
        a << QStringLiteral("--mode=unshare");
    a << distro.bootstrap.suite << tarball << distro.bootstrap.mirror;
    return {QStringLiteral("mmdebstrap"), a, {}};
}

QString BaseImages::tarballPath(const Distro &distro) const
{
    return QDir(m_cacheDir).filePath(QString(distro.id).replace(QLatin1Char(':'), QLatin1Char('-')) + QStringLiteral(".tar"));
}

OpResult BaseImages::ensureTarball(const Distro &distro, const ProgressSink &progress)
{
    const QString tarball = tarballPath(distro);
    if (QFile::exists(tarball)) {
        progress.reportNote(QStringLiteral("using the cached base %1").arg(tarball));
        return {};
    }
    if (!canBootstrap(distro))
        return OpResult::failure(QStringLiteral("Initbench cannot bootstrap %1 (only Debian and Ubuntu bases)").arg(distro.name));
    if (!QDir().mkpath(m_cacheDir))
        return OpResult::failure(QStringLiteral("cannot create %1").arg(m_cacheDir));
    const QString partial = tarball + QStringLiteral(".partial");
    QFile::remove(partial);
    const auto log = [&](const QString &line) { progress.reportLog(line); };
    CommandResult r;
    if (!QStandardPaths::findExecutable(QStringLiteral("mmdebstrap")).isEmpty()) {
        progress.reportNote(QStringLiteral("bootstrapping %1 from %2 with mmdebstrap").arg(distro.name, distro.bootstrap.mirror));
        r = m_runner.run(mmdebstrapCommand(distro, partial), kBootstrapTimeoutMs, log);
    } else if (!m_asRoot) {
        return OpResult::failure(QStringLiteral("bootstrapping %1 without root needs mmdebstrap (debootstrap needs root; "
                                                "Debian: apt install mmdebstrap)").arg(distro.name));
    } else if (!QStandardPaths::findExecutable(QStringLiteral("debootstrap")).isEmpty()) {
        progress.reportNote(QStringLiteral("bootstrapping %1 from %2 with debootstrap").arg(distro.name, distro.bootstrap.mirror));
        const QString tree = tarball + QStringLiteral(".tree");
        QDir(tree).removeRecursively();
        r = m_runner.run({QStringLiteral("debootstrap"),
                          {QStringLiteral("--variant=") + distro.bootstrap.variant, distro.bootstrap.suite, tree, distro.bootstrap.mirror}, {}},
                         kBootstrapTimeoutMs, log);
        if (r.ok())
            r = m_runner.run({QStringLiteral("tar"), {QStringLiteral("--numeric-owner"), QStringLiteral("--create"), QStringLiteral("--file"),
                                                     partial, QStringLiteral("--directory"), tree, QStringLiteral(".")}, {}},
                             kBootstrapTimeoutMs, log);
        QDir(tree).removeRecursively();
    } else {
        return OpResult::failure(QStringLiteral("neither mmdebstrap nor debootstrap is installed (Debian: apt install mmdebstrap)"));
    }
    if (!r.ok()) {
        QFile::remove(partial);
        const QString hint = m_asRoot ? QString()
                                      : QStringLiteral(" (without root, mmdebstrap's unshare mode needs newuidmap from the "
                                                       "uidmap package and a range for your user in /etc/subuid and /etc/subgid)");
        return OpResult::failure(QStringLiteral("bootstrapping %1 failed: %2%3").arg(distro.name, r.describe(), hint), r.details());
    }
    if (!QFile::rename(partial, tarball))
        return OpResult::failure(QStringLiteral("cannot move %1 into place").arg(partial));
    return {};
}

OpResult BaseImages::importInto(const QString &engine, const Distro &distro, const ProgressSink &progress)
{
    const OpResult tar = ensureTarball(distro, progress);
    if (!tar.ok())
        return tar;
    progress.reportNote(QStringLiteral("importing the base into %1 as %2").arg(engine, distro.image));
    const CommandResult r = m_runner.run(DockerCli(engine).importTarball(tarballPath(distro), distro.image), 10 * 60 * 1000,
                                         [&](const QString &line) { progress.reportLog(line); });
    if (!r.ok())
        return OpResult::failure(QStringLiteral("importing the base into %1 failed: %2").arg(engine, diagnoseEngineFailure(engine, r).message),
                                 r.details());
    return {};
}

} // namespace initbench
