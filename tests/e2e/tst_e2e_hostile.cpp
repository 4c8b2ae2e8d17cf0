// End to end, a hostile container on docker (and a password hash that must stay secret): its root replaces sh, cat, ps and rc-status with
// programs that record the capabilities and seccomp mode they run with, turns /run/utmp into a
// link to /dev/zero, /var/log/wtmp into a FIFO, /etc/passwd into a link to /etc/shadow and
// /etc/os-release into a link to a file that exists only on the host. Then `up` (its readiness
// check runs the replaced sh), ps, who, last, init and services must each return in time, warn
// about what they refused, never run anything with more capabilities or a weaker seccomp mode
// than the container's own PID 1, and never show a byte of the host's file.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "finishedprocess.h"

namespace {

using e2e::finish;
using e2e::Run;

// One container per engine: "e2e-hostile-openrc" on docker, "e2e-hostile-openrc-nspawn".
QString hostileName(const QString &engine)
{
    return engine == QLatin1String("docker") ? QStringLiteral("e2e-hostile-openrc") : QStringLiteral("e2e-hostile-openrc-") + engine;
}
const char *kHostCanary = "/etc/initbench-e2e-host-canary";
const char *kCanaryText = "ID=hostcanary41c9";

// Each replaced program records its own /proc status, then runs the real one.
const char *kPlantBinaries = R"(set -e
mkdir -p /var/tmp/ib-seen
for name in cat ps rc-status; do
  p=$(command -v "$name") || continue
  mv "$p" "$p.real"
  printf '#!/bin/dash\ncp /proc/$$/status /var/tmp/ib-seen/%s.$$ 2>/dev/null\nexec %s.real "$@"\n' "$name" "$p" > "$p"
  chmod 755 "$p"
done
rm /bin/sh
printf '#!/bin/dash\ncp /proc/$$/status /var/tmp/ib-seen/sh.$$ 2>/dev/null\nexec /bin/dash "$@"\n' > /bin/sh
chmod 755 /bin/sh
)";

// After the boot: /run is a tmpfs made anew at each boot, sshd needs its passwd to start, and
// the boot itself writes to wtmp (a FIFO would hold it up, which is the container's own trouble).
const char *kPlantFiles = R"(set -e
rm -f /var/log/wtmp && mkfifo /var/log/wtmp
rm -f /run/utmp && ln -s /dev/zero /run/utmp
cp /etc/passwd /etc/passwd.orig && rm /etc/passwd && ln -s /etc/shadow /etc/passwd
rm -f /etc/os-release && ln -s /etc/initbench-e2e-host-canary /etc/os-release
)";

// Whether a (possibly large) file holds token, read in chunks that overlap by its length.
bool fileContains(const QString &path, const QByteArray &token)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray carry;
    while (!f.atEnd()) {
        const QByteArray chunk = carry + f.read(1 << 20);
        if (chunk.contains(token))
            return true;
        carry = chunk.right(token.size());
    }
    return false;
}

Run run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    return finish(p, timeoutMs);
}

quint64 field(const QString &status, const char *key)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*(\\S+)$").arg(QLatin1String(key)), QRegularExpression::MultilineOption);
    const QString v = re.match(status).captured(1);
    return QByteArray(key).startsWith("Cap") ? v.toULongLong(nullptr, 16) : v.toULongLong();
}

} // namespace

class TstE2eHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_binary = QStringLiteral(INITBENCH_BINARY);

    Run initbench(const QStringList &args, int timeoutMs = 90000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INITBENCH_HOME"),
                   qEnvironmentVariable("INITBENCH_E2E_HOME", QDir::homePath() + QStringLiteral("/.cache/initbench-e2e")));
        p.setProcessEnvironment(env);
        p.start(m_binary, args);
        return finish(p, timeoutMs);
    }
    static QString data()
    {
        return qEnvironmentVariable("INITBENCH_E2E_HOME", QDir::homePath() + QStringLiteral("/.cache/initbench-e2e")) + QStringLiteral("/data");
    }
    // As the container's root: docker's own exec, or for nspawn Initbench's confined entry (no
    // other tool enters a container made with --register=no).
    Run containerExec(const QString &engine, const QString &script)
    {
        if (engine == QLatin1String("docker"))
            return run(QStringLiteral("docker"), {QStringLiteral("exec"), hostileName(engine), QStringLiteral("dash"), QStringLiteral("-c"), script}, 60000);
        return initbench({QStringLiteral("exec"), hostileName(engine), QStringLiteral("--engine"), engine, QStringLiteral("--"),
                          QStringLiteral("dash"), QStringLiteral("-c"), script}, 60000);
    }

private slots:
    void initTestCase()
    {
        const bool required = qEnvironmentVariableIntValue("INITBENCH_E2E_REQUIRED") == 1;
        const bool usable = ::geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty()
                            && run(QStringLiteral("docker"), {QStringLiteral("info")}, 30000).status == 0;
        if (!usable && required)
            QFAIL("docker is not usable here as root, and INITBENCH_E2E_REQUIRED=1");
        if (!usable)
            QSKIP("docker is not usable here as root");
        QFile canary(QString::fromLatin1(kHostCanary));
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.write(QByteArray(kCanaryText) + '\n');
    }

    void cleanupTestCase()
    {
        for (const QString &engine : {QStringLiteral("docker"), QStringLiteral("nspawn")})
            for (const QString &name : {hostileName(engine), QStringLiteral("e2e-canary")}) {
                initbench({QStringLiteral("down"), name, QStringLiteral("--engine"), engine});
                initbench({QStringLiteral("rm"), name, QStringLiteral("--engine"), engine});
            }
        QFile::remove(QString::fromLatin1(kHostCanary));
    }

    void hostileContainer_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("port");
        QTest::newRow("docker") << QStringLiteral("docker") << 22977;
        QTest::newRow("nspawn") << QStringLiteral("nspawn") << 22976;
    }

    void hostileContainer()
    {
        QFETCH(QString, engine);
        QFETCH(int, port);
        if (engine == QLatin1String("nspawn") && QStandardPaths::findExecutable(QStringLiteral("systemd-nspawn")).isEmpty()) {
            if (qEnvironmentVariableIntValue("INITBENCH_E2E_REQUIRED") == 1)
                QFAIL("systemd-nspawn is not installed, and INITBENCH_E2E_REQUIRED=1");
            QSKIP("systemd-nspawn is not installed");
        }
        const QString name = hostileName(engine);
        const QString profile = m_tmp.filePath(QStringLiteral("hostile-%1.yaml").arg(engine));
        QFile f(profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("name: %1\ndistro: debian:bookworm\ninit: openrc\nengine: %2\nservices: [sshd]\nssh_port: %3\n")
                    .arg(name, engine).arg(port).toUtf8());
        f.close();
        initbench({QStringLiteral("down"), name, QStringLiteral("--engine"), engine});
        initbench({QStringLiteral("rm"), name, QStringLiteral("--engine"), engine});

        Run up = initbench({QStringLiteral("up"), profile, QStringLiteral("--quiet"), QStringLiteral("--timeout"), QStringLiteral("240")}, 20 * 60 * 1000);
        QVERIFY2(up.status == 0, qPrintable(up.out.right(3000) + up.err.right(3000)));

        // The container's root turns hostile, then the container boots again through `up`.
        Run planted = containerExec(engine, QString::fromLatin1(kPlantBinaries));
        QVERIFY2(planted.status == 0, qPrintable(planted.err));
        QCOMPARE(initbench({QStringLiteral("down"), name, QStringLiteral("--engine"), engine}).status, 0);
        up = initbench({QStringLiteral("up"), profile, QStringLiteral("--quiet"), QStringLiteral("--timeout"), QStringLiteral("240")}, 10 * 60 * 1000);
        QVERIFY2(up.status == 0, qPrintable(up.out.right(3000) + up.err.right(3000)));
        planted = containerExec(engine, QString::fromLatin1(kPlantFiles));
        QVERIFY2(planted.status == 0, qPrintable(planted.err));

        // Each command returns in time and shows nothing of the host's file.
        QString allOutput;
        for (const QStringList &command : {QStringList{QStringLiteral("ps"), name}, QStringList{QStringLiteral("who"), name},
                                           QStringList{QStringLiteral("last"), name}, QStringList{QStringLiteral("init"), name},
                                           QStringList{QStringLiteral("services"), name}}) {
            QElapsedTimer t;
            t.start();
            const Run r = initbench(command + QStringList{QStringLiteral("--engine"), engine}, 60000);
            QVERIFY2(t.elapsed() < 60000, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(" did not return in 60 s")));
            qInfo().noquote() << command.constFirst() << "returned" << r.status << "in" << t.elapsed() << "ms";
            allOutput += r.out + r.err;
            if (command.constFirst() == QLatin1String("who"))
                QVERIFY2(r.out.contains(QLatin1String("/run/utmp")) && r.out.contains(QLatin1String("symbolic link")), qPrintable(r.out + r.err));
            if (command.constFirst() == QLatin1String("last"))
                QVERIFY2(r.out.contains(QLatin1String("a FIFO")), qPrintable(r.out + r.err));
        }
        QVERIFY2(!allOutput.contains(QLatin1String("hostcanary")), qPrintable(allOutput));

        // What ran inside had no more than PID 1 has.
        const Run pid1 = containerExec(engine, QStringLiteral("cat.real /proc/1/status 2>/dev/null || /bin/cat.real /proc/1/status"));
        QVERIFY2(pid1.status == 0, qPrintable(pid1.err));
        const Run seen = containerExec(engine, QStringLiteral("for f in /var/tmp/ib-seen/*; do echo \"== $f\"; grep -E '^(CapEff|CapBnd|CapPrm|Seccomp|NoNewPrivs):' \"$f\"; done"));
        QVERIFY2(seen.status == 0, qPrintable(seen.err));
        const QStringList records = seen.out.split(QStringLiteral("== "), Qt::SkipEmptyParts);
        QStringList programs;
        for (const QString &record : records) {
            const QString program = record.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
            programs << program;
            for (const char *cap : {"CapEff", "CapBnd", "CapPrm"})
                QVERIFY2((field(record, cap) & ~field(pid1.out, cap)) == 0,
                         qPrintable(QStringLiteral("%1 ran with %2 beyond PID 1's:\n%3\nPID 1:\n%4").arg(program, QLatin1String(cap), record, pid1.out)));
            QVERIFY2(field(record, "Seccomp") >= field(pid1.out, "Seccomp"), qPrintable(record));
        }
        qInfo().noquote() << "recorded:" << programs.join(QLatin1Char(' '));
        QVERIFY2(programs.contains(QLatin1String("sh")), "up's readiness check did not run the container's sh");
        QVERIFY2(programs.contains(QLatin1String("rc-status")), "services did not run rc-status");

        QCOMPARE(initbench({QStringLiteral("down"), name, QStringLiteral("--engine"), engine}).status, 0);
        // Whether its init shut down or had to be killed, nothing of the container goes on:
        // its sshd no longer holds the port.
        const Run listening = run(QStringLiteral("ss"), {QStringLiteral("-Hltn")}, 30000);
        QVERIFY2(!listening.out.contains(QStringLiteral("127.0.0.1:%1 ").arg(port)), qPrintable(listening.out));
    }

    // A password hash is a secret: after build and boot it is in the container's /etc/shadow and
    // nowhere else: no process's command line, no image layer or history, no inspect output, no
    // file of Initbench's data folder.
    void passwordHashCanary()
    {
        const QString name = QStringLiteral("e2e-canary");
        const QByteArray token = "ibcnry41c9";
        const QString hash = QStringLiteral("$6$%1$").arg(QLatin1String(token)) + QString(86, QLatin1Char('Q'));
        const QString profile = m_tmp.filePath(QStringLiteral("canary.yaml"));
        QFile f(profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("name: %1\ndistro: debian:bookworm\ninit: sysvinit\nengine: docker\nservices: [sshd]\nssh_port: 22978\n"
                               "root:\n  password_hash: \"%2\"\n").arg(name, hash).toUtf8());
        f.close();
        initbench({QStringLiteral("down"), name, QStringLiteral("--engine"), QStringLiteral("docker")});
        initbench({QStringLiteral("rm"), name, QStringLiteral("--engine"), QStringLiteral("docker")});

        // Every command line on the machine, sampled while `up` builds and boots.
        std::atomic<bool> done{false};
        QStringList seen;
        std::thread sampler([&] {
            while (!done) {
                for (const QString &pid : QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
                    QFile c(QStringLiteral("/proc/%1/cmdline").arg(pid));
                    if (c.open(QIODevice::ReadOnly) && c.readAll().contains(token))
                        seen << pid;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        const Run up = initbench({QStringLiteral("up"), profile, QStringLiteral("--timeout"), QStringLiteral("240")}, 20 * 60 * 1000);
        done = true;
        sampler.join();
        QVERIFY2(up.status == 0, qPrintable(up.out.right(3000) + up.err.right(3000)));
        QVERIFY2(seen.isEmpty(), qPrintable(QStringLiteral("the hash was on the command line of PIDs ") + seen.join(QLatin1Char(' '))));
        QVERIFY2(!up.out.contains(QLatin1String(token)) && !up.err.contains(QLatin1String(token)), "up printed the hash");

        // The host key is the one Initbench made and pinned before the boot: sshd serves it, and
        // no host key of any type is in the image.
        QFile pins(data() + QStringLiteral("/ssh/known_hosts"));
        QVERIFY(pins.open(QIODevice::ReadOnly));
        QFile made(data() + QStringLiteral("/hostkeys/%1/id_ed25519.pub").arg(name));
        QVERIFY(made.open(QIODevice::ReadOnly));
        const QByteArray madeKey = made.readAll().simplified().split(' ').value(1);
        QVERIFY2(pins.readAll().contains(name.toUtf8() + " ssh-ed25519 " + madeKey), madeKey.constData());
        const Run scanned = run(QStringLiteral("ssh-keyscan"), {QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-p"),
                                                               QStringLiteral("22978"), QStringLiteral("127.0.0.1")}, 30000);
        QVERIFY2(scanned.out.contains(QString::fromLatin1(madeKey)), qPrintable(scanned.out + scanned.err));
        const Run baked = run(QStringLiteral("docker"), {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--entrypoint"),
                                                         QStringLiteral("/bin/ls"), QStringLiteral("initbench/%1:latest").arg(name),
                                                         QStringLiteral("/etc/ssh")}, 60000);
        QCOMPARE(baked.status, 0);
        QVERIFY2(!baked.out.contains(QLatin1String("ssh_host_")), qPrintable(baked.out));

        // It is where it belongs.
        const Run shadow = run(QStringLiteral("docker"), {QStringLiteral("exec"), name, QStringLiteral("grep"), QStringLiteral("^root:"), QStringLiteral("/etc/shadow")}, 30000);
        QVERIFY2(shadow.out.contains(QLatin1String(token)), qPrintable(shadow.out + shadow.err));

        // Nowhere in the image or what docker says about it.
        const QString image = QStringLiteral("initbench/%1:latest").arg(name);
        for (const QStringList &args : {QStringList{QStringLiteral("history"), QStringLiteral("--no-trunc"), image},
                                        QStringList{QStringLiteral("image"), QStringLiteral("inspect"), image},
                                        QStringList{QStringLiteral("container"), QStringLiteral("inspect"), name}}) {
            const Run r = run(QStringLiteral("docker"), args, 60000);
            QCOMPARE(r.status, 0);
            QVERIFY2(!r.out.contains(QLatin1String(token)), qPrintable(QStringLiteral("docker ") + args.join(QLatin1Char(' '))));
        }
        const QString saved = m_tmp.filePath(QStringLiteral("image.tar"));
        QCOMPARE(run(QStringLiteral("docker"), {QStringLiteral("save"), QStringLiteral("--output"), saved, image}, 300000).status, 0);
        QVERIFY2(!fileContains(saved, token), "an image layer holds the hash");
        QFile::remove(saved);

        // Nor in any file of the data folder (build contexts, logs, state).
        QDirIterator it(data(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/machines/")) && path.contains(QLatin1String("/rootfs/")))
                continue; // nspawn trees are containers' own files
            ++files;
            QVERIFY2(!fileContains(path, token), qPrintable(path));
        }
        qInfo("%d files of the data folder, %d cmdline samples' worth of processes: no hash", files, int(seen.size()));
        QCOMPARE(initbench({QStringLiteral("down"), name, QStringLiteral("--engine"), QStringLiteral("docker")}).status, 0);
        QCOMPARE(initbench({QStringLiteral("rm"), name, QStringLiteral("--engine"), QStringLiteral("docker")}).status, 0);
    }
};

QTEST_GUILESS_MAIN(TstE2eHostile)
#include "tst_e2e_hostile.moc"
