// The facts of init-systems.md, asserted on generated recipes one by one.
#include "recipefixture.h"
#include "recipe/securitysummary.h"
#include "util/templatetext.h"

#include <QTest>

using namespace initbench;
using namespace initbench::test;

class TstRecipe : public QObject
{
    Q_OBJECT
    Catalog m_catalog = Catalog::builtin();

    BuildPlan plan(const char *distro, const char *init, const char *engine, HostFacts host = fixedHost())
    {
        const Cell cell{QString::fromLatin1(distro), QString::fromLatin1(init), QString::fromLatin1(engine), true, {}};
        const RecipeResult r = generate(m_catalog, fullProfile(m_catalog, cell), host);
        if (!r.ok())
            qWarning() << r.errors;
        return r.plan;
    }
    static QStringList runArgs(const BuildPlan &p) { return p.run.command.arguments; }
    static QString setup(const BuildPlan &p) { return QString::fromUtf8(p.file(QStringLiteral("rootfs/initbench/setup.sh"))->content); }
    static bool hasPair(const QStringList &args, const char *flag, const char *value)
    {
        for (qsizetype i = 0; i + 1 < args.size(); ++i)
            if (args[i] == QLatin1String(flag) && args[i + 1] == QLatin1String(value))
                return true;
        return false;
    }

    static HostFacts fixedHostV2()
    {
        HostFacts h = fixedHost();
        h.cgroupVersion = 2;
        return h;
    }

private slots:
    // nspawn: a private UID range where the kernel allows user namespaces; where it does not,
    // the plan says plainly that the container is not a security boundary.
    void nspawnUserNamespaces()
    {
        const BuildPlan with = plan("debian:bookworm", "sysvinit", "nspawn");
        QVERIFY(runArgs(with).contains(QStringLiteral("--private-users=pick")));
        QCOMPARE(with.run.step, QStringLiteral("boot the container"));
        HostFacts none = fixedHost();
        none.userNamespaces = false;
        const BuildPlan without = plan("debian:bookworm", "sysvinit", "nspawn", none);
        QVERIFY(!runArgs(without).contains(QStringLiteral("--private-users=pick")));
        QVERIFY2(without.run.step.contains(QLatin1String("not a security boundary")), qPrintable(without.run.step));
        const BuildPlan systemd = plan("debian:bookworm", "systemd", "nspawn");
        QVERIFY(!runArgs(systemd).contains(QStringLiteral("--private-users=pick")));
        QVERIFY2(systemd.run.step.contains(QLatin1String("not a security boundary")), qPrintable(systemd.run.step));
    }

    // No password hash in any file of the build context: it is set in the running container.
    void passwordHashesStayOutOfTheContext()
    {
        for (const char *engine : {"docker", "podman", "nspawn"}) {
            const BuildPlan p = plan("debian:bookworm", "sysvinit", engine);
            QVERIFY(p.passwords.startsWith("root:$6$"));
            for (const ContextFile &f : p.files)
                QVERIFY2(!f.content.contains("$6$goldensalt"), qPrintable(f.path));
        }
    }

    void systemdOnDocker()
    {
        const BuildPlan p = plan("debian:bookworm", "systemd", "docker");
        const QStringList a = runArgs(p);
        QVERIFY(hasPair(a, "--stop-signal", "SIGRTMIN+3"));
        for (const char *t : {"/run", "/run/lock", "/tmp"})
            QVERIFY2(hasPair(a, "--tmpfs", t), t);
        QVERIFY(hasPair(a, "--volume", "/sys/fs/cgroup:/sys/fs/cgroup:ro")); // cgroup v1 host
        const QString s = setup(p);
        QVERIFY(s.contains(QLatin1String("systemctl mask systemd-firstboot.service systemd-udevd.service systemd-modules-load.service")));
        QVERIFY(s.contains(QLatin1String(": > /etc/machine-id")));
        // The snippet that kills utmp, boot records and ssh must never appear (comments may name it).
        for (const QString &line : s.split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1Char('#')))
                QVERIFY2(!line.contains(QLatin1String("systemd-update-utmp")) && !line.contains(QLatin1String(".wants")), qPrintable(line));
        QVERIFY(s.contains(QLatin1String("systemctl enable ssh.service")));
    }
    // docker on cgroup v2: systemd gets a private writable tree when the daemon remaps users,
    // the host's tree only when the profile asks by name, and otherwise a refusal with the ways out.
    void systemdOnCgroupV2NeverGetsTheHostTreeUnasked()
    {
        HostFacts v2 = fixedHost();
        v2.cgroupVersion = 2;
        const Cell cell{QStringLiteral("debian:bookworm"), QStringLiteral("systemd"), QStringLiteral("docker"), true, {}};
        Profile p = fullProfile(m_catalog, cell);

        const RecipeResult refused = generate(m_catalog, p, v2);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errors.join(QLatin1Char(' ')).contains(QLatin1String("engine podman")), qPrintable(refused.errors.join(QLatin1Char(' '))));
        QVERIFY(refused.errors.join(QLatin1Char(' ')).contains(QLatin1String("share_host_cgroups: true")));
        QVERIFY(refused.plan.run.command.arguments.isEmpty());

        v2.dockerRemapsUsers = true;
        const QStringList remapped = runArgs(generate(m_catalog, p, v2).plan);
        QVERIFY(remapped.contains(QLatin1String("--cgroupns=private")));
        QVERIFY(!remapped.join(QLatin1Char(' ')).contains(QLatin1String("/sys/fs/cgroup")));

        v2.dockerRemapsUsers = false;
        p.shareHostCgroups = true;
        const RecipeResult shared = generate(m_catalog, p, v2);
        QVERIFY(shared.ok());
        QVERIFY(hasPair(runArgs(shared.plan), "--volume", "/sys/fs/cgroup:/sys/fs/cgroup:rw"));
        QVERIFY(runArgs(shared.plan).contains(QLatin1String("--cgroupns=host")));
        QVERIFY2(shared.plan.run.step.contains(QLatin1String("any process of the host")), qPrintable(shared.plan.run.step));

        // Inits that leave cgroups alone, and podman's own systemd mode, need none of this.
        QVERIFY(generate(m_catalog, fullProfile(m_catalog, {QStringLiteral("debian:bookworm"), QStringLiteral("sysvinit"), QStringLiteral("docker"), true, {}}), fixedHostV2()).ok());
        QVERIFY(generate(m_catalog, fullProfile(m_catalog, {QStringLiteral("debian:bookworm"), QStringLiteral("systemd"), QStringLiteral("podman"), true, {}}), fixedHostV2()).ok());
    }
    void podmanSystemdLetsPodmanDoIt()
    {
        const QStringList a = runArgs(plan("debian:bookworm", "systemd", "podman"));
        QVERIFY(a.contains(QLatin1String("--systemd=always")));
        QVERIFY(!a.contains(QLatin1String("--tmpfs")));
        // Any other init: podman must not switch to its systemd mode for /sbin/init.
        QVERIFY(runArgs(plan("debian:bookworm", "sysvinit", "podman")).contains(QLatin1String("--systemd=false")));
    }
    // podman would copy the image's /run into the tmpfs, and fails on sysvinit's /run/initctl FIFO.
    void podmanTmpfsStartsEmpty()
    {
        QVERIFY(hasPair(runArgs(plan("debian:bookworm", "sysvinit", "podman")), "--tmpfs", "/run:notmpcopyup"));
        QVERIFY(hasPair(runArgs(plan("alpine:3.20", "s6-overlay", "podman")), "--tmpfs", "/run:exec,notmpcopyup"));
        QVERIFY(hasPair(runArgs(plan("debian:bookworm", "sysvinit", "docker")), "--tmpfs", "/run")); // docker never copies
    }
    void sysvinitAndRunitStopWithSigpwrAndSysBoot()
    {
        for (const char *init : {"sysvinit", "runit", "openrc"}) {
            const QStringList a = runArgs(plan("debian:bookworm", init, "docker"));
            QVERIFY2(hasPair(a, "--stop-signal", "SIGPWR"), init);
            QVERIFY2(hasPair(a, "--cap-add", "SYS_BOOT"), init);
            QVERIFY2(hasPair(a, "--tmpfs", "/run"), init);
        }
        const QString s = setup(plan("debian:bookworm", "sysvinit", "docker"));
        QVERIFY(s.contains(QLatin1String("echo 'p0::powerfail:/sbin/init 0' >> /etc/inittab")));
        QVERIFY(s.contains(QLatin1String("co:2345:respawn:/sbin/getty -8 --noclear --keep-baud console 115200,38400,9600")));
        QVERIFY(s.contains(QLatin1String("s/^([1-6]:[0-9]+:respawn:)/#\\1/")));
    }
    void openrcOnDebianAndAlpine()
    {
        const QString deb = setup(plan("debian:bookworm", "openrc", "docker"));
        QVERIFY(deb.contains(QLatin1String("rc_sys=\"docker\"")));
        QVERIFY(deb.contains(QLatin1String("rc_provide=\"loopback net\"")));
        QVERIFY(!deb.contains(QLatin1String("softlevel")));
        QVERIFY(!setup(plan("debian:bookworm", "openrc", "nspawn")).contains(QLatin1String("rc_sys=")));
        const BuildPlan alpine = plan("alpine:3.20", "openrc", "docker");
        QVERIFY(hasPair(runArgs(alpine), "--stop-signal", "SIGUSR2"));
        QVERIFY(hasPair(runArgs(alpine), "--tmpfs", "/run"));
    }
    void alpineOpenrcEnablesUtmpsAtBuildTime()
    {
        const QString s = setup(plan("alpine:3.20", "openrc", "docker"));
        QVERIFY(s.contains(QLatin1String("for s in utmp-prepare utmpd wtmpd btmpd utmp-init; do")));
        QVERIFY(s.contains(QLatin1String("rc-update add $s boot")));
        QVERIFY(s.contains(QLatin1String("rc-update add sshd default")));
        // setup-utmp is named only in the comment that explains why it is not used.
        for (const QString &line : s.split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("setup-utmp")))
                QVERIFY2(line.trimmed().startsWith(QLatin1Char('#')), qPrintable(line));
        QVERIFY(s.contains(QLatin1String("utmps-openrc")));
        QVERIFY(s.contains(QLatin1String("console::respawn:/sbin/getty 38400 console")));
        QVERIFY(s.contains(QLatin1String("echo \"$t\" >> /etc/securetty")));
    }
    void alpineS6OverlayUtmps()
    {
        const BuildPlan p = plan("alpine:3.20", "s6-overlay", "docker");
        QVERIFY(hasPair(runArgs(p), "--tmpfs", "/run:exec"));
        QVERIFY(hasPair(runArgs(p), "--stop-signal", "SIGTERM"));
        QVERIFY(!runArgs(p).contains(QLatin1String("--init")));
        QVERIFY(p.file(QStringLiteral("Containerfile"))->content.contains("ENTRYPOINT [\"/init\"]"));
        const auto utmpd = p.file(QStringLiteral("rootfs/etc/s6-overlay/s6-rc.d/utmpd/run"));
        QVERIFY(utmpd);
        QVERIFY(utmpd->content.contains("/run/utmps/.utmpd-socket utmps-utmpd"));
        QCOMPARE(utmpd->mode, 0755);
        QVERIFY(p.file(QStringLiteral("rootfs/etc/s6-overlay/s6-rc.d/wtmpd/run"))->content.contains("/run/utmps/.wtmpd-socket utmps-wtmpd"));
        QCOMPARE(p.file(QStringLiteral("rootfs/etc/s6-overlay/s6-rc.d/utmpd/notification-fd"))->content, QByteArray("3\n"));
        QVERIFY(p.file(QStringLiteral("rootfs/etc/s6-overlay/scripts/utmp-init"))->content.contains("BOOT_TIME"));
        const QString s = setup(p);
        QVERIFY(s.contains(QLatin1String("touch /etc/s6-overlay/s6-rc.d/sshd/dependencies.d/utmp-init")));
        QVERIFY(s.contains(QLatin1String("/etc/s6-overlay/user-bundles.d/user")));
        QVERIFY(s.contains(QLatin1String("touch \"$s6_user/sshd\"")));
        // Scripts call tools by name: they work for tarball (/command) and package (/usr/bin) installs.
        QVERIFY(!utmpd->content.contains("/command/"));
        QVERIFY(!utmpd->content.contains("/usr/bin/"));
    }
    void nspawnDebianSysvinit()
    {
        const BuildPlan p = plan("debian:bookworm", "sysvinit", "nspawn");
        const QStringList a = runArgs(p);
        QCOMPARE(p.run.command.program, QStringLiteral("systemd-nspawn"));
        QVERIFY(a.contains(QLatin1String("--console=interactive")));
        QVERIFY(a.contains(QLatin1String("--kill-signal=SIGPWR")));
        QVERIFY(a.contains(QLatin1String("--register=no")));
        QVERIFY(a.contains(QLatin1String("--keep-unit")));
        QVERIFY(!a.contains(QLatin1String("--boot")));
        QCOMPARE(a.constLast(), QStringLiteral("/sbin/init"));
        QCOMPARE(p.rootTree, QStringLiteral("/var/lib/initbench/machines/golden/rootfs"));
        QCOMPARE(p.build.at(1).command.program, QStringLiteral("mmdebstrap"));
        QVERIFY(p.build.at(1).command.arguments.contains(QLatin1String("--customize-hook=chroot \"$1\" /bin/sh /initbench/setup.sh")));
        QVERIFY(!p.file(QStringLiteral("Containerfile"))); // bootstrapped: no image involved
        QVERIFY(p.file(QStringLiteral("rootfs/etc/ssh/sshd_config.d/initbench.conf"))->content.contains("Port 2222"));
        QCOMPARE(p.build.constLast().command.program, QStringLiteral("mv"));
        HostFacts systemdHost = fixedHost();
        systemdHost.pid1IsSystemd = true;
        QVERIFY(!runArgs(plan("debian:bookworm", "sysvinit", "nspawn", systemdHost)).contains(QLatin1String("--register=no")));
        QVERIFY(runArgs(plan("debian:bookworm", "systemd", "nspawn")).contains(QLatin1String("--boot")));
    }
    void nspawnAlpineIsExportedFromAnImage()
    {
        const BuildPlan p = plan("alpine:3.20", "openrc", "nspawn");
        QStringList programs;
        for (const PlannedCommand &c : p.build)
            programs << c.command.program + QLatin1Char(' ') + c.command.arguments.value(0);
        QCOMPARE(programs, (QStringList{QStringLiteral("mkdir --parents"), QStringLiteral("docker build"), QStringLiteral("docker create"),
                                        QStringLiteral("docker export"), QStringLiteral("docker rm"), QStringLiteral("mkdir --parents"),
                                        QStringLiteral("tar --extract"), QStringLiteral("mv --no-target-directory")}));
        QVERIFY(runArgs(p).contains(QLatin1String("--kill-signal=SIGUSR2")));
    }
    void securityDefaultsHoldEverywhere()
    {
        for (const Cell &c : m_catalog.cells()) {
            if (!c.supported)
                continue;
            const RecipeResult r = generate(m_catalog, fullProfile(m_catalog, c));
            QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char(' '))));
            QList<PlannedCommand> all = r.plan.build;
            all << r.plan.run;
            for (const PlannedCommand &pc : all) {
                const QString line = pc.command.toDisplayString();
                QVERIFY2(!line.contains(QLatin1String("--privileged")), qPrintable(line));
                QVERIFY2(!line.contains(QLatin1String(" --init")), qPrintable(line));
                QVERIFY2(!line.contains(QLatin1String("--build-arg")), qPrintable(line));
                QVERIFY2(!line.contains(QLatin1String("goldensalt")), qPrintable(line)); // no hash on a command line
                if (line.contains(QLatin1String("--publish")))
                    QVERIFY2(line.contains(QLatin1String("--publish 127.0.0.1:")), qPrintable(line));
            }
            for (const ContextFile &f : r.plan.files) {
                QVERIFY2(unexpandedPlaceholders(QString::fromUtf8(f.content)).isEmpty(), qPrintable(f.path));
                if (f.path == QLatin1String("Containerfile"))
                    QVERIFY(!f.content.contains("goldensalt"));
                if (f.content.contains("goldensalt"))
                    QCOMPARE(f.mode, 0600);
            }
        }
    }
    void invalidProfileGivesErrorsAndNoPlan()
    {
        Profile p;
        p.name = QStringLiteral("../x");
        p.distro = QStringLiteral("alpine:3.20");
        p.init = QStringLiteral("systemd");
        p.engine = QStringLiteral("docker");
        const RecipeResult r = generate(m_catalog, p);
        QCOMPARE(r.errors.size(), 2);
        QVERIFY(r.plan.files.isEmpty());
    }

    // The review's security summary says what the run command really does.
    void securitySummaryFollowsTheRunCommand()
    {
        const QStringList docker = securitySummary(plan("debian:bookworm", "openrc", "docker"));
        QVERIFY2(docker.contains(QStringLiteral("capabilities: the engine's default set, plus SYS_BOOT")), qPrintable(docker.join(QLatin1Char('\n'))));
        QVERIFY2(docker.contains(QStringLiteral("port 127.0.0.1:2222:22 (loopback only: not reachable from the network)")), qPrintable(docker.join(QLatin1Char('\n'))));
        QVERIFY(docker.contains(QStringLiteral("password hashes: set at start through stdin; never in an image, a build or a command line")));
        const QStringList nspawn = securitySummary(plan("debian:bookworm", "sysvinit", "nspawn"));
        QVERIFY2(nspawn.contains(QStringLiteral("root inside is an unprivileged UID range of the host (--private-users=pick)")), qPrintable(nspawn.join(QLatin1Char('\n'))));
        HostFacts noUserns = fixedHost();
        noUserns.userNamespaces = false;
        QVERIFY(securitySummary(plan("debian:bookworm", "sysvinit", "nspawn", noUserns))
                    .contains(QStringLiteral("root inside is the host's root: this container is not a security boundary")));
    }
};

QTEST_GUILESS_MAIN(TstRecipe)
#include "tst_recipe.moc"
