// End to end, on a host whose PID 1 is systemd. The build machines' PID 1 is not systemd, so the
// test makes such a host: a Debian 12 container under docker booting systemd, with machined
// (systemd-container), dbus, mmdebstrap and the libraries this initbench binary needs. Inside it
// initbench (this very binary, mounted read-only) boots an nspawn profile, and the test checks
// that nspawn registered it with systemd-machined (machinectl list, its scope, the leader is the
// chosen init); that up says machinectl login needs systemd inside; that the supervisor runs in a
// service of its own (so the end of the session that started it leaves it running); that
// `initbench list` says machined has it; that a reboot inside registers the new boot; that
// `initbench down` stops it through machinectl cleanly within 10 s, and `systemctl stop` on its
// unit cleanly too; and that up refuses a name machined already has, before building anything.
//
// Skipped without root or docker, unless INITBENCH_E2E_REQUIRED=1 (CI sets it).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "finishedprocess.h"

namespace {

const QString kImage = QStringLiteral("initbench/e2e-systemd-host:latest");
const QString kHost = QStringLiteral("initbench-e2e-systemd-host");
const QString kMountedBinary = QStringLiteral("/usr/local/bin/initbench");

using e2e::Run;

Run run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    return e2e::finish(p, timeoutMs);
}

// A command inside the systemd host.
Run inHost(const QStringList &argv, int timeoutMs = 60000)
{
    return run(QStringLiteral("docker"), QStringList{QStringLiteral("exec"), kHost} + argv, timeoutMs);
}

// The Debian packages holding the shared libraries the binary loads (usrmerge: dpkg knows
// /usr/lib/... for what ldd finds in /lib/...).
QStringList runtimePackages(const QString &binary, QString *error)
{
    const Run ldd = run(QStringLiteral("ldd"), {binary}, 30000);
    if (ldd.status != 0) {
        *error = QStringLiteral("ldd failed: ") + ldd.all();
        return {};
    }
    static const QRegularExpression lib(QStringLiteral("=> (/\\S+)"));
    QStringList libraries, asked;
    for (auto it = lib.globalMatch(ldd.out); it.hasNext();) {
        const QString path = it.next().captured(1);
        libraries << path;
        asked << path << QStringLiteral("/usr") + path;
    }
    // One dpkg for all: it prints "package:arch: path" for each path it knows (and fails on the rest).
    const Run owners = run(QStringLiteral("dpkg"), QStringList{QStringLiteral("-S")} + asked, 60000);
    QSet<QString> packages;
    for (const QString &library : libraries) {
        static const QRegularExpression line(QStringLiteral("^([^:\\s]+)(?::\\S+)?: (\\S+)$"), QRegularExpression::MultilineOption);
        bool found = false;
        for (auto it = line.globalMatch(owners.out); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(2) == library || m.captured(2) == QStringLiteral("/usr") + library) {
                packages.insert(m.captured(1));
                found = true;
            }
        }
        if (!found) {
            *error = QStringLiteral("no Debian package holds %1").arg(library);
            return {};
        }
    }
    QStringList sorted(packages.begin(), packages.end());
    sorted.sort();
    return sorted;
}

// The capabilities this process may hand on: docker's --privileged asks for all of them and
// fails where the machine itself runs with fewer ("unable to apply caps").
QStringList missingCapabilities()
{
    static const QStringList names{
        QStringLiteral("CHOWN"), QStringLiteral("DAC_OVERRIDE"), QStringLiteral("DAC_READ_SEARCH"), QStringLiteral("FOWNER"),
        QStringLiteral("FSETID"), QStringLiteral("KILL"), QStringLiteral("SETGID"), QStringLiteral("SETUID"), QStringLiteral("SETPCAP"),
        QStringLiteral("LINUX_IMMUTABLE"), QStringLiteral("NET_BIND_SERVICE"), QStringLiteral("NET_BROADCAST"), QStringLiteral("NET_ADMIN"),
        QStringLiteral("NET_RAW"), QStringLiteral("IPC_LOCK"), QStringLiteral("IPC_OWNER"), QStringLiteral("SYS_MODULE"),
        QStringLiteral("SYS_RAWIO"), QStringLiteral("SYS_CHROOT"), QStringLiteral("SYS_PTRACE"), QStringLiteral("SYS_PACCT"),
        QStringLiteral("SYS_ADMIN"), QStringLiteral("SYS_BOOT"), QStringLiteral("SYS_NICE"), QStringLiteral("SYS_RESOURCE"),
        QStringLiteral("SYS_TIME"), QStringLiteral("SYS_TTY_CONFIG"), QStringLiteral("MKNOD"), QStringLiteral("LEASE"),
        QStringLiteral("AUDIT_WRITE"), QStringLiteral("AUDIT_CONTROL"), QStringLiteral("SETFCAP"), QStringLiteral("MAC_OVERRIDE"),
        QStringLiteral("MAC_ADMIN"), QStringLiteral("SYSLOG"), QStringLiteral("WAKE_ALARM"), QStringLiteral("BLOCK_SUSPEND"),
        QStringLiteral("AUDIT_READ"), QStringLiteral("PERFMON"), QStringLiteral("BPF"), QStringLiteral("CHECKPOINT_RESTORE")};
    QFile status(QStringLiteral("/proc/self/status"));
    quint64 bounding = ~quint64(0);
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("CapBnd:"))
                bounding = line.mid(7).trimmed().toULongLong(nullptr, 16);
    QStringList missing;
    for (int bit = 0; bit < names.size(); ++bit)
        if (!(bounding & (quint64(1) << bit)))
            missing << names.at(bit);
    return missing;
}

} // namespace

class TstE2eSystemdHost : public QObject
{
    Q_OBJECT

    static void skipOrFail(const char *why)
    {
        if (qEnvironmentVariable("INITBENCH_E2E_REQUIRED") == QLatin1String("1"))
            QFAIL(why);
        QSKIP(why);
    }

    // The systemd host's image: built from the local debian:bookworm (initbench base makes it
    // when the machine has none), cached by docker's layers between runs.
    static bool buildHostImage(QString *error)
    {
        // Imported again, the base would get a new ID and void docker's cache of the layers below.
        const bool haveBase = run(QStringLiteral("docker"), {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("debian:bookworm")},
                                  30000).status == 0;
        const Run base = haveBase ? Run{0, {}, {}}
                                  : run(QStringLiteral(INITBENCH_BINARY), {QStringLiteral("base"), QStringLiteral("debian:bookworm"),
                                                                           QStringLiteral("--engine"), QStringLiteral("docker")},
                                        20 * 60 * 1000);
        if (base.status != 0) {
            *error = QStringLiteral("initbench base debian:bookworm failed:\n") + base.all();
            return false;
        }
        const QStringList packages = runtimePackages(QStringLiteral(INITBENCH_BINARY), error);
        if (packages.isEmpty())
            return false;
        QTemporaryDir context;
        QFile containerfile(context.filePath(QStringLiteral("Containerfile")));
        if (!containerfile.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write ") + containerfile.fileName();
            return false;
        }
        containerfile.write(QStringLiteral("FROM debian:bookworm\n"
                                           "RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install --yes --no-install-recommends "
                                           "systemd systemd-sysv systemd-container dbus mmdebstrap procps %1 && apt-get clean\n"
                                           "CMD [\"/lib/systemd/systemd\"]\n")
                                .arg(packages.join(QLatin1Char(' ')))
                                .toUtf8());
        containerfile.close();
        const Run build = run(QStringLiteral("docker"), {QStringLiteral("build"), QStringLiteral("--tag"), kImage, QStringLiteral("--file"),
                                                         containerfile.fileName(), context.path()},
                              20 * 60 * 1000);
        if (build.status != 0) {
            *error = QStringLiteral("building the systemd host failed:\n") + build.all().right(3000);
            return false;
        }
        return true;
    }

    static bool startHost(const QString &profiles, QString *error)
    {
        run(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("--force"), kHost}, 60000);
        QStringList args{QStringLiteral("run"), QStringLiteral("--detach"), QStringLiteral("--name"), kHost,
                         QStringLiteral("--hostname"), QStringLiteral("systemd-host"), QStringLiteral("--stop-signal"),
                         QStringLiteral("SIGRTMIN+3"), QStringLiteral("--cap-add"), QStringLiteral("ALL")};
        for (const QString &cap : missingCapabilities())
            args << QStringLiteral("--cap-drop") << cap;
        // What nspawn needs of its host: mounts, devices, its own cgroups under systemd's.
        args << QStringLiteral("--security-opt") << QStringLiteral("seccomp=unconfined") << QStringLiteral("--security-opt")
             << QStringLiteral("apparmor=unconfined") << QStringLiteral("--security-opt") << QStringLiteral("systempaths=unconfined")
             << QStringLiteral("--device-cgroup-rule") << QStringLiteral("a *:* rwm") << QStringLiteral("--tmpfs") << QStringLiteral("/run")
             << QStringLiteral("--tmpfs") << QStringLiteral("/run/lock") << QStringLiteral("--tmpfs") << QStringLiteral("/tmp")
             // As on the build machines (cgroup v1): systemd manages the host's hierarchy it sees.
             << QStringLiteral("--volume") << QStringLiteral("/sys/fs/cgroup:/sys/fs/cgroup:rw") << QStringLiteral("--cgroupns=host")
             << QStringLiteral("--volume") << QStringLiteral(INITBENCH_BINARY ":") + kMountedBinary + QStringLiteral(":ro")
             // initbench-enter beside it: the confined way into the machine (readiness, exec).
             << QStringLiteral("--volume") << QStringLiteral(INITBENCH_BINARY "-enter:") + kMountedBinary + QStringLiteral("-enter:ro")
             << QStringLiteral("--volume") << profiles + QStringLiteral(":/profiles:ro") << kImage;
        const Run started = run(QStringLiteral("docker"), args, 120000);
        if (started.status != 0) {
            *error = QStringLiteral("starting the systemd host failed: ") + started.all();
            return false;
        }
        // Right after `docker run`, systemd may not have made /run/systemd/system yet (systemctl
        // then answers "offline" at once) nor its bus ("Failed to connect to bus"): ask again
        // until it can answer; --wait then waits for the boot itself.
        Run booted;
        QElapsedTimer since;
        since.start();
        do {
            booted = inHost({QStringLiteral("systemctl"), QStringLiteral("is-system-running"), QStringLiteral("--wait")}, 120000);
            const bool tooEarly = booted.err.contains(QLatin1String("Failed to connect to bus"))
                                  || booted.out.trimmed() == QLatin1String("offline");
            if (!tooEarly)
                break;
            QTest::qWait(100);
        } while (since.elapsed() < 60000);
        if (!booted.out.contains(QLatin1String("running")) && !booted.out.contains(QLatin1String("degraded"))) {
            *error = QStringLiteral("systemd in the host did not boot: ") + booted.all();
            return false;
        }
        if (inHost({QStringLiteral("cat"), QStringLiteral("/proc/1/comm")}).out.trimmed() != QLatin1String("systemd")) {
            *error = QStringLiteral("the host's PID 1 is not systemd");
            return false;
        }
        return true;
    }

    static void writeProfile(const QString &dir, const QString &name, int port)
    {
        QFile f(QDir(dir).filePath(name + QStringLiteral(".yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("name: %1\ndistro: debian:bookworm\ninit: sysvinit\nengine: nspawn\nservices: [sshd, console-getty]\n"
                               "ssh_port: %2\n").arg(name).arg(port).toUtf8());
    }

private slots:
    void nspawnRegistersWithMachined()
    {
        if (::geteuid() != 0)
            skipOrFail("needs root (nspawn, and docker's socket)");
        if (QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty()
            || run(QStringLiteral("docker"), {QStringLiteral("info")}, 30000).status != 0)
            skipOrFail("docker is not running");

        QString error;
        QVERIFY2(buildHostImage(&error), qPrintable(error));
        QTemporaryDir profiles;
        QVERIFY(QFile::setPermissions(profiles.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        writeProfile(profiles.path(), QStringLiteral("sdh"), 2299);
        writeProfile(profiles.path(), QStringLiteral("taken"), 2298);
        auto removeHost = qScopeGuard([] { run(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("--force"), kHost}, 120000); });
        QVERIFY2(startHost(profiles.path(), &error), qPrintable(error));

        // 1. up: a sysvinit machine, bootstrapped from the mirror inside the host, to ready. It
        //    runs in a scope standing in for the user's login session.
        const Run up = inHost({QStringLiteral("systemd-run"), QStringLiteral("--scope"), QStringLiteral("--unit=e2e-login-session"),
                               QStringLiteral("--quiet"), QStringLiteral("--"), kMountedBinary, QStringLiteral("up"),
                               QStringLiteral("/profiles/sdh.yaml")},
                              20 * 60 * 1000);
        QVERIFY2(up.status == 0 && up.out.contains(QLatin1String("sdh is ready")), qPrintable(up.all().right(3000)));
        // machinectl login cannot work with sysvinit inside ("There is no system bus in container"): up says what does.
        QVERIFY2(up.out.contains(QLatin1String("machinectl login and shell need systemd inside it, so log in with "
                                               "`initbench console sdh` or `initbench ssh sdh`")),
                 qPrintable(up.out.right(3000)));
        QVERIFY(inHost({QStringLiteral("machinectl"), QStringLiteral("shell"), QStringLiteral("sdh"), QStringLiteral("/bin/true")}).err
                    .contains(QLatin1String("There is no system bus in container sdh")));

        // The supervisor runs in a service of its own, not in the session that started it: the
        // session ending (its scope stopped, as logind does on logout) leaves the machine running.
        const QString unit = QStringLiteral("initbench-machine-sdh.service");
        QCOMPARE(inHost({QStringLiteral("systemctl"), QStringLiteral("is-active"), unit}).out.trimmed(), QStringLiteral("active"));
        const QString state = inHost({QStringLiteral("cat"), QStringLiteral("/root/.local/share/initbench/machines/sdh/state.json")}).out;
        const QString mainPid = inHost({QStringLiteral("systemctl"), QStringLiteral("show"), unit, QStringLiteral("--property=MainPID"),
                                        QStringLiteral("--value")}).out.trimmed();
        QVERIFY2(state.contains(QStringLiteral("\"supervisor_pid\": %1").arg(mainPid)), qPrintable(mainPid + QLatin1Char(' ') + state));
        inHost({QStringLiteral("systemctl"), QStringLiteral("stop"), QStringLiteral("e2e-login-session.scope")}); // gone already, or now
        QTest::qWait(500);
        QCOMPARE(inHost({QStringLiteral("systemctl"), QStringLiteral("is-active"), unit}).out.trimmed(), QStringLiteral("active"));

        // 2. machined knows it, in its own scope, and its leader is the chosen init.
        QVERIFY2(inHost({QStringLiteral("machinectl"), QStringLiteral("list"), QStringLiteral("--no-legend")}).out.startsWith(QLatin1String("sdh ")),
                 "sdh is not in machinectl list");
        const QString leader = inHost({QStringLiteral("machinectl"), QStringLiteral("show"), QStringLiteral("sdh"),
                                       QStringLiteral("--property=Leader"), QStringLiteral("--value")}).out.trimmed();
        QVERIFY2(leader.toLongLong() > 1, qPrintable(leader));
        QCOMPARE(inHost({QStringLiteral("cat"), QStringLiteral("/proc/%1/comm").arg(leader)}).out.trimmed(), QStringLiteral("init"));
        QCOMPARE(inHost({QStringLiteral("systemctl"), QStringLiteral("is-active"), QStringLiteral("machine-sdh.scope")}).out.trimmed(),
                 QStringLiteral("active"));
        const Run list = inHost({kMountedBinary, QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.status == 0 && list.out.contains(QLatin1String("registered with systemd-machined (machine-sdh.scope)")),
                 qPrintable(list.all()));

        // 3. A reboot inside: the new boot registers under the same name (the old registration
        //    must be gone by then) and is ready again.
        const Run reboot = inHost({kMountedBinary, QStringLiteral("exec"), QStringLiteral("sdh"), QStringLiteral("--"), QStringLiteral("/sbin/reboot")});
        QVERIFY2(reboot.status == 0, qPrintable(reboot.all()));
        QString newLeader;
        for (int i = 0; i < 600 && (newLeader.isEmpty() || newLeader == leader); ++i) {
            newLeader = inHost({QStringLiteral("machinectl"), QStringLiteral("show"), QStringLiteral("sdh"), QStringLiteral("--property=Leader"),
                                QStringLiteral("--value")}).out.trimmed();
            if (newLeader.isEmpty() || newLeader == leader)
                QTest::qWait(100);
        }
        QVERIFY2(!newLeader.isEmpty() && newLeader != leader,
                 qPrintable(QStringLiteral("no new boot registered; console:\n") +
                            inHost({QStringLiteral("tail"), QStringLiteral("-n"), QStringLiteral("30"),
                                    QStringLiteral("/root/.local/share/initbench/machines/sdh/console.log")}).out));
        const Run again = inHost({kMountedBinary, QStringLiteral("up"), QStringLiteral("/profiles/sdh.yaml")}, 120000);
        QVERIFY2(again.status == 0 && again.out.contains(QLatin1String("sdh is ready")), qPrintable(again.all()));
        QCOMPARE(inHost({QStringLiteral("cat"), QStringLiteral("/proc/%1/comm").arg(newLeader)}).out.trimmed(), QStringLiteral("init"));
        // Without --keep-unit nspawn boots the tree again by itself (it exits with 133 only under
        // --keep-unit): the supervisor sees no restart, and the same nspawn is still running.
        const Run listed = inHost({kMountedBinary, QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.out.contains(QLatin1String("registered with systemd-machined (machine-sdh.scope)")), qPrintable(listed.all()));

        // 4. down goes through machinectl: the init's own signal, a clean stop within 10 s.
        QProcess down;
        down.start(QStringLiteral("docker"), {QStringLiteral("exec"), QStringLiteral("--env"),
                                              QStringLiteral("QT_LOGGING_RULES=initbench.process.debug=true"), kHost, kMountedBinary,
                                              QStringLiteral("down"), QStringLiteral("sdh")});
        const Run stopped = e2e::finish(down, 60000);
        const QString &downOut = stopped.out;
        const QString &downErr = stopped.err;
        QVERIFY2(stopped.status == 0, qPrintable(stopped.all()));
        static const QRegularExpression clean(QStringLiteral("sdh stopped cleanly in (\\d+\\.\\d) s"));
        const QRegularExpressionMatch m = clean.match(downOut);
        QVERIFY2(m.hasMatch(), qPrintable(downOut + downErr));
        QVERIFY2(m.captured(1).toDouble() < 10.0, qPrintable(downOut));
        QVERIFY2(downErr.contains(QLatin1String("machinectl --no-pager --no-ask-password kill sdh --kill-whom=leader --signal=SIGPWR")),
                 qPrintable(downErr));
        QVERIFY2(inHost({QStringLiteral("machinectl"), QStringLiteral("list"), QStringLiteral("--no-legend")}).out.trimmed().isEmpty(),
                 "a machine is still registered after down");
        QCOMPARE(inHost({QStringLiteral("pgrep"), QStringLiteral("--exact"), QStringLiteral("systemd-nspawn")}).status, 1);
        // The supervisor recorded the end and left; its unit was collected.
        for (int i = 0; i < 50 && inHost({QStringLiteral("systemctl"), QStringLiteral("is-active"), unit}).out.trimmed() == QLatin1String("active"); ++i)
            QTest::qWait(100);
        QCOMPARE(inHost({QStringLiteral("systemctl"), QStringLiteral("is-active"), unit}).out.trimmed(), QStringLiteral("inactive"));
        QVERIFY2(inHost({QStringLiteral("cat"), QStringLiteral("/root/.local/share/initbench/machines/sdh/state.json")}).out
                     .contains(QLatin1String("\"finished\": true")), "the supervisor did not record the end");

        // 5. Started again, then stopped the systemd way, on its unit: a clean shutdown too (the
        //    init's own shutdown runs, nspawn exits with 0) and the supervisor records it.
        const Run restarted = inHost({kMountedBinary, QStringLiteral("up"), QStringLiteral("/profiles/sdh.yaml")}, 120000);
        QVERIFY2(restarted.status == 0 && restarted.out.contains(QLatin1String("starting the existing sdh")), qPrintable(restarted.all()));
        const Run unitStop = inHost({QStringLiteral("systemctl"), QStringLiteral("stop"), unit}, 60000);
        QVERIFY2(unitStop.status == 0, qPrintable(unitStop.all()));
        const QString ended = inHost({QStringLiteral("cat"), QStringLiteral("/root/.local/share/initbench/machines/sdh/state.json")}).out;
        QVERIFY2(ended.contains(QLatin1String("\"finished\": true")) && ended.contains(QLatin1String("\"exit_status\": 0")), qPrintable(ended));
        QVERIFY2(inHost({QStringLiteral("cat"), QStringLiteral("/root/.local/share/initbench/machines/sdh/console.log")})
                     .out.contains(QLatin1String("Container sdh has been shut down.")),
                 "nspawn did not shut the container down in order");
        QVERIFY(inHost({QStringLiteral("machinectl"), QStringLiteral("list"), QStringLiteral("--no-legend")}).out.trimmed().isEmpty());

        // 6. A machine machined has under a name, not started by Initbench: up refuses that name
        //    before building anything. The foreign machine boots sdh's tree by hand.
        const Run foreign = inHost({QStringLiteral("systemd-run"), QStringLiteral("--unit=foreign-nspawn"), QStringLiteral("systemd-nspawn"),
                                    QStringLiteral("--quiet"), QStringLiteral("--directory=/root/.local/share/initbench/machines/sdh/rootfs"),
                                    QStringLiteral("--machine=taken"), QStringLiteral("/bin/sleep"), QStringLiteral("300")});
        QVERIFY2(foreign.status == 0, qPrintable(foreign.all()));
        bool registered = false;
        for (int i = 0; i < 100 && !registered; ++i) {
            registered = inHost({QStringLiteral("machinectl"), QStringLiteral("show"), QStringLiteral("taken")}).status == 0;
            if (!registered)
                QTest::qWait(100);
        }
        QVERIFY2(registered, "the foreign machine did not register");
        const Run refused = inHost({kMountedBinary, QStringLiteral("up"), QStringLiteral("/profiles/taken.yaml")}, 60000);
        QVERIFY2(refused.status != 0 && refused.err.contains(QLatin1String("a machine named 'taken' is already registered with systemd-machined")),
                 qPrintable(refused.all()));
        QVERIFY(inHost({QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/root/.local/share/initbench/machines/taken")}).status != 0);
        QCOMPARE(inHost({QStringLiteral("machinectl"), QStringLiteral("terminate"), QStringLiteral("taken")}).status, 0);
    }
};

QTEST_GUILESS_MAIN(TstE2eSystemdHost)
#include "tst_e2e_systemdhost.moc"
