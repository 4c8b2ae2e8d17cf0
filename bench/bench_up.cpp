// Time from `initbench up` to ready, against the same engine driven by hand with the same
// flags in the same run: the raw run command, then polling the SSH port for a banner.
// Prints the medians and their ratios per engine; the target is a ratio of at most 1.10.
//
// Needs root, the engines, and network access to the Debian mirror for the first build.
// Usage: bench_up PATH/TO/initbench [ROUNDS]   (BENCH_ENGINES=docker,podman,nspawn to choose)
#include "catalog/catalog.h"
#include "process/processrunner.h"
#include "profile/profileloader.h"
#include "recipe/hostfacts.h"
#include "recipe/recipegenerator.h"
#include "util/netprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace initbench;

namespace {

QString g_home;
QString g_binary;

CommandResult runInitbench(const QStringList &args, ProcessRunner &runner)
{
    return runner.run({g_binary, args, {}}, 30 * 60 * 1000);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Polls for the banner as the baseline does: as fast as a careful script would.
// nspawn by hand: on a pty of our own (its console), drained while we wait.
double nspawnByHand(const CommandLine &run, int port, const QString &stopSignalName)
{
    QElapsedTimer t;
    t.start();
    int master = -1;
    const pid_t child = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (child == 0) {
        std::vector<QByteArray> keep{run.program.toLocal8Bit()};
        for (const QString &a : run.arguments)
            keep.push_back(a.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &b : keep)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    ::fcntl(master, F_SETFL, O_NONBLOCK);
    char buffer[4096];
    double elapsed = -1;
    while (t.elapsed() < 120000) {
        while (::read(master, buffer, sizeof buffer) > 0) {
        }
        if (!readSshBanner(port, 200).isEmpty()) {
            elapsed = double(t.elapsed()) / 1000;
            break;
        }
        QThread::msleep(50);
    }
    // Stop it as Initbench does: the init's signal to the leader (nspawn's child).
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(child));
    children.open(QIODevice::ReadOnly);
    const pid_t leader = pid_t(children.readAll().trimmed().split(' ').value(0).toInt());
    const int sig = stopSignalName == QLatin1String("SIGPWR") ? SIGPWR : SIGRTMIN + 3;
    if (leader > 0)
        ::kill(leader, sig);
    for (int i = 0; i < 200; ++i) {
        while (::read(master, buffer, sizeof buffer) > 0) {
        }
        if (::waitpid(child, nullptr, WNOHANG) == child)
            break;
        QThread::msleep(50);
    }
    ::close(master);
    return elapsed;
}

struct Case {
    QString engine;
    QString init;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_up PATH/TO/initbench [ROUNDS]\n");
        return 2;
    }
    g_binary = QString::fromLocal8Bit(argv[1]);
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    g_home = qEnvironmentVariable("INITBENCH_HOME", QDir::homePath() + QStringLiteral("/.cache/initbench-bench"));
    qputenv("INITBENCH_HOME", g_home.toLocal8Bit());
    const QString data = g_home + QStringLiteral("/data");

    const Catalog catalog = Catalog::builtin();
    ProcessRunner runner;
    const HostFacts host = HostFacts::detect(data);
    const QList<Case> cases{{QStringLiteral("docker"), QStringLiteral("sysvinit")},
                            {QStringLiteral("podman"), QStringLiteral("systemd")},
                            {QStringLiteral("nspawn"), QStringLiteral("sysvinit")}};
    QTemporaryDir tmp;
    // "to SSH": when SSH first answered during `up` (what the by-hand run waits for); "to ready":
    // when `up` returned, which also waits for the init to report it has booted.
    std::printf("%-8s %-9s %10s %10s %10s %7s %7s\n", "engine", "init", "to SSH", "to ready", "by hand", "ratio", "ratio");
    std::printf("%-8s %-9s %10s %10s %10s %7s %7s\n", "", "", "", "", "", "SSH", "ready");
    for (const Case &c : cases) {
        const QString only = qEnvironmentVariable("BENCH_ENGINES"); // e.g. "docker,podman"
        if (!only.isEmpty() && !only.split(QLatin1Char(',')).contains(c.engine))
            continue;
        const QString program = c.engine == QLatin1String("nspawn") ? QStringLiteral("systemd-nspawn") : c.engine;
        if (QStandardPaths::findExecutable(program).isEmpty()) {
            std::printf("%-8s skipped: not installed\n", qPrintable(c.engine));
            continue;
        }
        Profile p;
        p.name = QStringLiteral("bench-") + c.engine;
        p.distro = QStringLiteral("debian:bookworm");
        p.init = c.init;
        p.engine = c.engine;
        p.services = {QStringLiteral("sshd")};
        p.sshPort = 22990;
        const QString profilePath = tmp.filePath(p.name + QStringLiteral(".yaml"));
        QFile f(profilePath);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("name: %1\ndistro: %2\ninit: %3\nengine: %4\nservices: [sshd]\nssh_port: %5\n")
                    .arg(p.name, p.distro, p.init, p.engine).arg(p.sshPort).toUtf8());
        f.close();
        const RecipeResult recipe = generateRecipe(catalog, RecipeRequest{p, QDir(data).filePath(QStringLiteral("contexts/") + p.name), host});
        // Warm up: build the image or tree once, untimed.
        runInitbench({QStringLiteral("down"), p.name}, runner);
        runInitbench({QStringLiteral("rm"), p.name}, runner);
        const CommandResult warm = runInitbench({QStringLiteral("up"), profilePath, QStringLiteral("--quiet")}, runner);
        if (!warm.ok()) {
            std::printf("%-8s failed to build: %s\n", qPrintable(c.engine), qPrintable(warm.details()));
            continue;
        }
        runInitbench({QStringLiteral("down"), p.name}, runner);
        QList<double> ours, oursSsh, theirs;
        for (int i = 0; i < rounds; ++i) {
            if (c.engine != QLatin1String("nspawn"))
                runInitbench({QStringLiteral("rm"), p.name}, runner); // a fresh container each round, like `run`
            QElapsedTimer t;
            t.start();
            // While `up` runs, note when SSH first answers: the point the by-hand run stops at.
            QProcess up;
            up.start(g_binary, {QStringLiteral("up"), profilePath, QStringLiteral("--quiet")});
            double banner = 0;
            while (!up.waitForFinished(20)) {
                if (banner == 0 && !readSshBanner(p.sshPort, 100).isEmpty())
                    banner = double(t.elapsed()) / 1000;
            }
            if (up.exitCode() != 0)
                break;
            ours << double(t.elapsed()) / 1000;
            oursSsh << (banner > 0 ? banner : ours.constLast());
            runInitbench({QStringLiteral("down"), p.name}, runner);

            if (c.engine == QLatin1String("nspawn")) {
                const double s = nspawnByHand(recipe.plan.run.command, p.sshPort, QStringLiteral("SIGPWR"));
                if (s > 0)
                    theirs << s;
            } else {
                QStringList args = recipe.plan.run.command.arguments;
                args[args.indexOf(QStringLiteral("--name")) + 1] = p.name + QStringLiteral("-byhand");
                // The same observer as for `up`: polling from the moment the command starts.
                // (A connection tried before docker has set up the port mapping delays the
                // first banner by some 0.5 s here; polling only after `run` returned, as this
                // bench did before, spared the by-hand side that and made `up` look 2x slower.)
                t.restart();
                QProcess byHand;
                byHand.start(c.engine, args);
                double seen = 0;
                while (seen == 0 && t.elapsed() < 120000) {
                    if (!readSshBanner(p.sshPort, 100).isEmpty())
                        seen = double(t.elapsed()) / 1000;
                    else
                        QThread::msleep(20);
                }
                byHand.waitForFinished(60000);
                if (seen > 0)
                    theirs << seen;
                runner.run({c.engine, {QStringLiteral("rm"), QStringLiteral("--force"), p.name + QStringLiteral("-byhand")}, {}}, 60000);
            }
        }
        runInitbench({QStringLiteral("rm"), p.name}, runner);
        const double a = median(ours), ssh = median(oursSsh), b = median(theirs);
        std::printf("%-8s %-9s %9.2fs %9.2fs %9.2fs %7.2f %7.2f\n", qPrintable(c.engine), qPrintable(c.init), ssh, a, b,
                    b > 0 ? ssh / b : 0.0, b > 0 ? a / b : 0.0);
        std::fflush(stdout);
    }
    return 0;
}
