// The window's targets: start to first window (against a bare Qt Widgets window started the
// same way: ratio and absolute, target under 0.5 s), then the window's idle CPU (its own, and
// with the engine commands it runs: listings it waited for, event streams still running) and
// resident memory with ten containers listed (target: CPU near zero, memory under 150 MB).
//
// Usage: bench_window PATH/TO/initbench PATH/TO/bare_window [ROUNDS]
// Runs under QT_QPA_PLATFORM as set (offscreen when unset and there is no DISPLAY). The idle part
// needs root and docker: it creates ten stopped containers labelled as Initbench's, from an
// image already on the machine, and removes them after.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// CLOCK_MONOTONIC in milliseconds: one clock for every process on the machine.
long long monotonicMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("INITBENCH_HOME"), home);
    env.insert(QStringLiteral("INITBENCH_TRACE_STARTUP"), QStringLiteral("1"));
    return env;
}

// Milliseconds from starting program to its "first window at monotonic N ms" line; -1 on failure.
// The process is left running in *process when keep is set.
double timeToWindow(QProcess &process, const QString &program, const QProcessEnvironment &env)
{
    static const QRegularExpression line(QStringLiteral("first window at monotonic (\\d+) ms"));
    process.setProcessEnvironment(env);
    const qint64 started = monotonicMs();
    process.start(program, {});
    QByteArray err;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(20);
        err += process.readAllStandardError();
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(err));
        if (m.hasMatch())
            return double(m.captured(1).toLongLong() - started);
    }
    std::fprintf(stderr, "%s did not show a window: %s\n", qPrintable(program), err.constData());
    return -1;
}

void stop(QProcess &p)
{
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished();
    }
}

// utime + stime of pid (with children: + cutime + cstime, the engine commands it ran and
// waited for), in clock ticks.
qint64 cpuTicks(qint64 pid, bool withChildren)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong(); // fields 14 and 15
    if (withChildren)
        ticks += fields.value(13).toLongLong() + fields.value(14).toLongLong(); // 16 and 17
    return ticks;
}

// utime + stime of pid's children still running (the engines' event streams), in clock ticks.
qint64 liveChildrenTicks(qint64 pid)
{
    qint64 ticks = 0;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!entry.at(0).isDigit() || !f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray st = f.readAll();
        const QList<QByteArray> fields = st.mid(st.lastIndexOf(')') + 2).split(' ');
        if (fields.value(1).toLongLong() == pid) // field 4: the parent
            ticks += fields.value(11).toLongLong() + fields.value(12).toLongLong();
    }
    return ticks;
}

qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

int run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString output(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_window PATH/TO/initbench PATH/TO/bare_window [ROUNDS]\n");
        return 2;
    }
    const QString initbench = QString::fromLocal8Bit(argv[1]);
    const QString bare = QString::fromLocal8Bit(argv[2]);
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 9;
    QTemporaryDir home;
    const QProcessEnvironment env = environment(home.path());

    // 1. Start to first window, the two taking turns.
    QList<double> ours, theirs;
    for (int i = 0; i < rounds; ++i) {
        for (int which = 0; which < 2; ++which) {
            QProcess p;
            const double ms = timeToWindow(p, which == 0 ? initbench : bare, env);
            stop(p);
            if (ms > 0)
                (which == 0 ? ours : theirs) << ms;
        }
    }
    const double a = median(ours), b = median(theirs);
    std::printf("start to first window: initbench %.0f ms, bare Qt window %.0f ms, ratio %.2f (target: under 500 ms)\n", a, b,
                b > 0 ? a / b : 0.0);
    std::fflush(stdout);

    // 2. Idle with ten containers listed: ten stopped containers labelled as Initbench's.
    if (::geteuid() != 0 || run(QStringLiteral("docker"), {QStringLiteral("info")}) != 0) {
        std::printf("idle: skipped (needs root and docker)\n");
        return 0;
    }
    const QString image = output(QStringLiteral("docker"), {QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("{{.Repository}}:{{.Tag}}"),
                                                            QStringLiteral("--filter"), QStringLiteral("dangling=false")})
                              .section(QLatin1Char('\n'), 0, 0)
                              .trimmed();
    QStringList names;
    for (int i = 0; i < 10; ++i) {
        const QString name = QStringLiteral("bench-idle-%1").arg(i);
        run(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("--force"), name});
        if (run(QStringLiteral("docker"), {QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--label"),
                                           QStringLiteral("io.initbench.profile=") + name, image}) == 0)
            names << name;
    }
    QProcess window;
    if (timeToWindow(window, initbench, env) > 0) {
        QThread::sleep(5); // the first listings and inspections settle
        const qint64 own = cpuTicks(window.processId(), false);
        const qint64 all = cpuTicks(window.processId(), true) + liveChildrenTicks(window.processId());
        const int seconds = 30;
        QThread::sleep(seconds);
        const double tick = double(::sysconf(_SC_CLK_TCK));
        const double ownPercent = 100.0 * double(cpuTicks(window.processId(), false) - own) / tick / seconds;
        const double allPercent = 100.0 * double(cpuTicks(window.processId(), true) + liveChildrenTicks(window.processId()) - all) / tick / seconds;
        std::printf("idle with %lld containers listed, over %d s: the window %.1f%% of one core, %.1f%% with the engine "
                    "commands it runs (listings, event streams); resident memory %.0f MB (target: under 150 MB)\n",
                    static_cast<long long>(names.size()), seconds, ownPercent, allPercent, double(rssKiB(window.processId())) / 1024);
    }
    stop(window);
    for (const QString &name : names)
        run(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("--force"), name});
    return 0;
}
