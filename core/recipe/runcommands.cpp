#include "recipe/runcommands.h"

#include "engine/dockercli.h"
#include "recipe/cgrouppolicy.h"
#include "ssh/containerhostkey.h"

#include <QDir>
#include <QFileInfo>

namespace initbench {

static CommandLine cmd(const QString &program, const QStringList &arguments, const QString &cwd = {})
{
    return CommandLine{program, arguments, cwd};
}

QList<PlannedCommand> imageBuildCommands(const QString &engine, const QString &image, const QString &contextDir,
                                         const QString &contextHash)
{
    // --force-rm: a failed step's container would otherwise stay behind, carrying our label.
    return {{QStringLiteral("build the image"),
             cmd(engine, {QStringLiteral("build"), QStringLiteral("--force-rm"), QStringLiteral("--tag"), image,
                          QStringLiteral("--label"), contextLabel() + QLatin1Char('=') + contextHash, QStringLiteral("--file"),
                          QDir(contextDir).filePath(QStringLiteral("Containerfile")), contextDir})}};
}

// podman fills a --tmpfs with what the image has at that path (tmpcopyup); docker does not.
// Copying a FIFO fails there ("tmpcopyup: ... lchown .../initctl: no such file or directory",
// seen with sysvinit's /run/initctl, rootful and rootless), and an init expects an empty /run
// at boot anyway, as docker gives it.
static QString withoutCopyUp(const QString &tmpfs)
{
    return tmpfs + (tmpfs.contains(QLatin1Char(':')) ? QStringLiteral(",notmpcopyup") : QStringLiteral(":notmpcopyup"));
}

PlannedCommand containerRunCommand(const RecipeRequest &request, const InitVariant &init,
                                   const Catalog &catalog, const QString &image)
{
    const Profile &p = request.profile;
    const bool podman = p.engine == QLatin1String("podman");
    // -i -t: /dev/console becomes a pty, so a console getty has a terminal and attach shows it.
    QStringList a{QStringLiteral("run"), QStringLiteral("--detach"), QStringLiteral("--interactive"),
                  QStringLiteral("--tty"), QStringLiteral("--name"), p.name, QStringLiteral("--hostname"),
                  p.effectiveHostname(), QStringLiteral("--label"), QStringLiteral("io.initbench.profile=") + p.name,
                  QStringLiteral("--stop-signal"), init.stopSignal};
    for (const QString &cap : init.capAdd)
        a << QStringLiteral("--cap-add") << cap;
    // podman --systemd=always mounts /run, /tmp and the cgroup tree itself.
    const bool engineDoesSystemd = podman && init.podmanSystemd == QLatin1String("always");
    if (!engineDoesSystemd) {
        for (const QString &t : init.tmpfs)
            a << QStringLiteral("--tmpfs") << (podman ? withoutCopyUp(t) : t);
        a << CgroupPolicy::decide(request, init).runArgs;
    }
    // Without an explicit value podman turns on its systemd mode for any /sbin/init command,
    // which would replace a non-systemd init's stop signal.
    if (podman) {
        a << QStringLiteral("--systemd=") + init.podmanSystemd;
        for (const QString &limit : request.host.podmanUlimits)
            a << QStringLiteral("--ulimit") << limit;
    }
    // Only loopback: publishing on every interface would open the container to the network.
    for (const QString &id : p.services) {
        const Service *s = catalog.service(id);
        if (s && s->port > 0)
            a << QStringLiteral("--publish") << QStringLiteral("127.0.0.1:%1:%2").arg(p.sshPort).arg(s->port)
              << QStringLiteral("--label") << QStringLiteral("%1=%2").arg(sshPortLabel()).arg(p.sshPort);
        // The host key Initbench made for this container, read-only: never part of the image.
        if (s && !s->hostKey.isEmpty())
            a << QStringLiteral("--mount")
              << QStringLiteral("type=bind,source=%1,target=%2,readonly")
                     .arg(ContainerHostKey::privateKeyPath(request.host.stateDir, p.name), s->hostKey);
    }
    // The image is always one Initbench built here: never fetch a namesake from a registry.
    a << QStringLiteral("--pull") << QStringLiteral("never") << image;
    QString step = QStringLiteral("boot the container");
    if (const QString cost = CgroupPolicy::decide(request, init).givesAway; !cost.isEmpty())
        step += QStringLiteral(" (%1)").arg(cost);
    return {step, cmd(p.engine, a)};
}

QList<PlannedCommand> nspawnTreeCommands(const RecipeRequest &request, const Distro &distro, const QString &image,
                                         const QString &rootTree, const QString &contextHash)
{
    const QString partial = rootTree + QStringLiteral(".partial");
    const QString machineDir = QFileInfo(rootTree).path();
    QList<PlannedCommand> out;
    out << PlannedCommand{QStringLiteral("make the machine folder"),
                          cmd(QStringLiteral("mkdir"), {QStringLiteral("--parents"), machineDir})};
    if (distro.bootstrap.tool == QLatin1String("mmdebstrap")) {
        // Hooks run from the context folder: sync-in copies rootfs/ in, then setup.sh runs in the chroot.
        out << PlannedCommand{
            QStringLiteral("bootstrap the root tree from the %1 mirror").arg(distro.name),
            cmd(QStringLiteral("mmdebstrap"),
                {QStringLiteral("--variant=") + distro.bootstrap.variant,
                 QStringLiteral("--customize-hook=sync-in rootfs /"),
                 QStringLiteral("--customize-hook=chroot \"$1\" /bin/sh /initbench/setup.sh"),
                 distro.bootstrap.suite, partial, distro.bootstrap.mirror},
                request.contextDir)};
    } else {
        const QString engine = request.host.exportEngine;
        const QString holder = QStringLiteral("initbench-export-") + request.profile.name;
        const QString tarball = QDir(request.contextDir).filePath(QStringLiteral("rootfs.tar"));
        out << imageBuildCommands(engine, image, request.contextDir, contextHash);
        out << PlannedCommand{QStringLiteral("create a stopped container to export"),
                              cmd(engine, {QStringLiteral("create"), QStringLiteral("--name"), holder, image})};
        out << PlannedCommand{QStringLiteral("export its file system"),
                              cmd(engine, {QStringLiteral("export"), QStringLiteral("--output"), tarball, holder})};
        out << PlannedCommand{QStringLiteral("remove the export container"),
                              cmd(engine, {QStringLiteral("rm"), holder})};
        out << PlannedCommand{QStringLiteral("make the partial tree folder"),
                              cmd(QStringLiteral("mkdir"), {QStringLiteral("--parents"), partial})};
        out << PlannedCommand{QStringLiteral("unpack the tree"),
                              cmd(QStringLiteral("tar"), {QStringLiteral("--extract"), QStringLiteral("--numeric-owner"),
                                                          QStringLiteral("--file"), tarball,
                                                          QStringLiteral("--directory"), partial})};
    }
    // A tree is only used once it is complete: it gets its final name last.
    out << PlannedCommand{QStringLiteral("put the finished tree in place"),
                          cmd(QStringLiteral("mv"), {QStringLiteral("--no-target-directory"), partial, rootTree})};
    return out;
}

PlannedCommand nspawnRunCommand(const RecipeRequest &request, const InitVariant &init, const QString &rootTree)
{
    const Profile &p = request.profile;
    // The console is a pty that nspawn is started on; --console=pipe would leave no /dev/console.
    QStringList a{QStringLiteral("--directory=") + rootTree, QStringLiteral("--machine=") + p.name,
                  QStringLiteral("--hostname=") + p.effectiveHostname(), QStringLiteral("--console=interactive")};
    if (!init.nspawnKillSignal.isEmpty())
        a << QStringLiteral("--kill-signal=") + init.nspawnKillSignal;
    // The container's root is an unprivileged UID range of the host, picked by nspawn; the tree
    // is mapped onto it (idmapped mounts) or, where the file system cannot, chowned once.
    // systemd inside cannot start so: it must create its cgroups, which nspawn delegates to a
    // private UID range only from a unit of the host's systemd ("Failed to create /init.scope
    // control group: Permission denied" on the build machines, cgroup v1, PID 1 not systemd).
    const bool privateUsers = request.host.userNamespaces && !init.nspawnBoot;
    if (privateUsers)
        a << QStringLiteral("--private-users=pick") << QStringLiteral("--private-users-ownership=auto");
    if (!request.host.pid1IsSystemd)
        a << QStringLiteral("--register=no") << QStringLiteral("--keep-unit");
    // --boot would pick systemd over any other init found in the tree: name the init instead.
    if (init.nspawnBoot)
        a << QStringLiteral("--boot");
    else
        a << init.exec;
    QString step = QStringLiteral("boot the container");
    if (!request.host.userNamespaces)
        step += QStringLiteral(" (this host allows no user namespaces: the container's root is the host's root, so it is not a "
                               "security boundary)");
    else if (!privateUsers)
        step += QStringLiteral(" (systemd inside gets no private UID range, which it cannot boot with here: the container's root "
                               "is the host's root, so it is not a security boundary)");
    return {step, cmd(QStringLiteral("systemd-nspawn"), a)};
}

} // namespace initbench
