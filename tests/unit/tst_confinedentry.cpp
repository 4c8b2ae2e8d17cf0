// `initbench-enter`, run for real as root against a process set up as a container's init would
// be: namespaces of its own, a smaller capability bounding set, a seccomp filter that refuses
// mkdir, no_new_privs, a cgroup of its own. What runs inside must have exactly that, and nothing
// of the host's environment.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstddef>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

namespace {

const char *kHostname = "ib-leader";
// Capabilities the fake init keeps: chown, dac_override, fowner, kill, setgid, setuid, setpcap,
// net_bind_service, sys_chroot (as a container would keep a handful).
const quint64 kKept = (1ULL << 0) | (1ULL << 1) | (1ULL << 3) | (1ULL << 5) | (1ULL << 6) | (1ULL << 7) | (1ULL << 8)
                      | (1ULL << 10) | (1ULL << 18);

// Refuses mkdir and mkdirat with EPERM, allows the rest.
void installMkdirFilter()
{
    sock_filter code[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_mkdir, 1, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_mkdirat, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    sock_fprog prog{sizeof code / sizeof code[0], code};
    if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0)
        _exit(3);
}

// The fake init: forked, then confined as described above, then `sleep`.
pid_t startFakeInit(const QString &cgroupProcsPath)
{
    // Everything the child needs is made before fork: it calls nothing that allocates.
    const QByteArray cgroupProcs = cgroupProcsPath.toLocal8Bit();
    int ready[2];
    if (::pipe(ready) != 0)
        return -1;
    const pid_t pid = ::fork();
    if (pid != 0) {
        // The init is the grandchild (PID 1 of a PID namespace of its own); it sends its host PID.
        ::close(ready[1]);
        pid_t init = -1;
        const bool ok = ::read(ready[0], &init, sizeof init) == sizeof init;
        ::close(ready[0]);
        return ok ? init : -1;
    }
    ::close(ready[0]);
    if (!cgroupProcs.isEmpty()) {
        const int fd = ::open(cgroupProcs.constData(), O_WRONLY);
        if (fd < 0 || ::write(fd, "0", 1) != 1)
            _exit(2);
        ::close(fd);
    }
    if (::unshare(CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET | CLONE_NEWPID) != 0 || ::sethostname(kHostname, strlen(kHostname)) != 0)
        _exit(2);
    const pid_t init = ::fork();
    if (init != 0) {
        // The middle process stays until the init is gone (the test kills the init).
        ::waitpid(init, nullptr, 0);
        _exit(0);
    }
    for (int cap = 0; cap < 64; ++cap)
        if (!(kKept & (1ULL << cap)))
            ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
    // No inheritable or ambient capabilities, as docker (since 20.10.14) and nspawn start their inits.
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capget, &header, data) != 0)
        _exit(6);
    data[0].inheritable = data[1].inheritable = 0;
    if (::syscall(SYS_capset, &header, data) != 0 || ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0)
        _exit(6);
    installMkdirFilter();
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        _exit(4);
    // Its host PID: getpid() says 1 in here, but /proc is still the host's procfs (not mounted
    // anew), whose /proc/self names this process as the host sees it.
    char self[64] = {};
    const ssize_t n = ::readlink("/proc/self", self, sizeof self - 1);
    const pid_t hostPid = n > 0 ? pid_t(std::atoi(self)) : -1;
    ::write(ready[1], &hostPid, sizeof hostPid);
    ::close(ready[1]);
    ::execlp("sleep", "sleep", "120", static_cast<char *>(nullptr));
    _exit(5);
}

QString statusField(const QByteArray &status, const char *key)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*(\\S+)$").arg(QLatin1String(key)), QRegularExpression::MultilineOption);
    return re.match(QString::fromLatin1(status)).captured(1);
}

} // namespace

class TstConfinedEntry : public QObject
{
    Q_OBJECT

    pid_t m_init = -1;
    QString m_cgroup;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QByteArray enter(const QStringList &argv, int *exitCode)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IB_HOST_SECRET"), QStringLiteral("canary-7f3a"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(INITBENCH_ENTER_BINARY), QStringList{QString::number(m_init), QStringLiteral("--")} + argv);
        p.waitForFinished(20000);
        *exitCode = p.exitCode();
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("entering another process's namespaces needs root (CI runs as root)");
        // A cgroup of its own in the pids hierarchy (cgroup v1) or the unified one (v2).
        for (const QString &base : {QStringLiteral("/sys/fs/cgroup/pids"), QStringLiteral("/sys/fs/cgroup")}) {
            if (QFile::exists(base + QStringLiteral("/cgroup.procs"))) {
                m_cgroup = base + QStringLiteral("/ib-entry-test-%1").arg(::getpid());
                QVERIFY(QDir().mkpath(m_cgroup));
                break;
            }
        }
        m_init = startFakeInit(m_cgroup.isEmpty() ? QString() : m_cgroup + QStringLiteral("/cgroup.procs"));
        QVERIFY2(m_init > 0, "the fake init did not start");
        // Its capabilities are what exec gives it: wait until it runs sleep.
        QTRY_VERIFY_WITH_TIMEOUT(readAll(QStringLiteral("/proc/%1/comm").arg(m_init)) == "sleep\n", 5000);
    }

    void cleanupTestCase()
    {
        if (m_init > 0)
            ::kill(m_init, SIGKILL);
        ::waitpid(-1, nullptr, 0); // the middle process
        if (!m_cgroup.isEmpty())
            QDir().rmdir(m_cgroup);
    }

    void insideHasExactlyTheInitsConfinement()
    {
        QFile f(QStringLiteral("/proc/%1/status").arg(m_init));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray initStatus = f.readAll();
        int code = -1;
        const QByteArray out = enter({QStringLiteral("cat"), QStringLiteral("/proc/self/status")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(statusField(out, "CapBnd"), statusField(initStatus, "CapBnd"));
        QCOMPARE(statusField(out, "CapBnd").toULongLong(nullptr, 16), kKept);
        QCOMPARE(statusField(out, "CapEff"), statusField(initStatus, "CapEff"));
        QCOMPARE(statusField(out, "CapPrm"), statusField(initStatus, "CapPrm"));
        QCOMPARE(statusField(out, "CapInh"), statusField(initStatus, "CapInh"));
        QCOMPARE(statusField(out, "CapAmb"), QStringLiteral("0000000000000000"));
        QCOMPARE(statusField(out, "Seccomp"), QStringLiteral("2"));
        QCOMPARE(statusField(out, "Seccomp_filters"), statusField(initStatus, "Seccomp_filters"));
        QCOMPARE(statusField(out, "NoNewPrivs"), QStringLiteral("1"));
    }

    void theFilterIsTheInitsAndTheNamespacesToo()
    {
        QTemporaryDir dir;
        int code = -1;
        const QString made = dir.filePath(QStringLiteral("made-inside"));
        const QByteArray out = enter({QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("hostname; readlink /proc/self/ns/uts; mkdir %1 || echo refused").arg(made)},
                                     &code);
        QVERIFY2(out.contains(kHostname), out.constData());
        QVERIFY2(out.contains("refused"), out.constData());
        QVERIFY(!QFile::exists(made));
        QVERIFY(out.contains(QFile::symLinkTarget(QStringLiteral("/proc/%1/ns/uts").arg(m_init)).section(QLatin1Char('/'), -1).toLatin1()));
    }

    void theCgroupIsTheInits()
    {
        if (m_cgroup.isEmpty())
            QSKIP("no pids or unified cgroup hierarchy mounted here");
        int code = -1;
        const QByteArray out = enter({QStringLiteral("cat"), QStringLiteral("/proc/self/cgroup")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("/ib-entry-test-%1\n").arg(::getpid()).toLatin1()), out.constData());
    }

    void theHostsEnvironmentStaysOutside()
    {
        int code = -1;
        const QByteArray out = enter({QStringLiteral("env")}, &code);
        QCOMPARE(code, 0);
        QVERIFY(out.contains("PATH=/usr/local/sbin"));
        QVERIFY2(!out.contains("canary-7f3a"), out.constData());
    }

    void aGoneProcessRunsNothing()
    {
        int code = -1;
        const QByteArray out = enter({QStringLiteral("true")}, &code);
        QCOMPARE(code, 0);
        QProcess p;
        p.start(QStringLiteral(INITBENCH_ENTER_BINARY), {QStringLiteral("999999999"), QStringLiteral("--"), QStringLiteral("true")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 125);
        QVERIFY(p.readAllStandardError().contains("nothing was run"));
    }
};

QTEST_GUILESS_MAIN(TstConfinedEntry)
#include "tst_confinedentry.moc"
