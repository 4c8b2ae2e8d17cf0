#include "cli/severalup.h"

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/exitcodes.h"
#include "engine/containercontroller.h"

#include <QElapsedTimer>
#include <QHash>

#include <thread>
#include <vector>

namespace initbench::cli {

namespace {

// What two profiles cannot share: their name (one container each) and a port either names.
QString clash(const QList<Profile> &profiles)
{
    QHash<QString, QString> names;
    QHash<int, QString> ports;
    for (const Profile &p : profiles) {
        if (names.contains(p.name))
            return QStringLiteral("two profiles are named %1; each container needs a name of its own").arg(p.name);
        names.insert(p.name, p.name);
        if (p.sshPort == 0)
            continue; // a free one is chosen for it, under a lock
        if (const QString other = ports.value(p.sshPort); !other.isEmpty())
            return QStringLiteral("%1 and %2 both name ssh_port %3; leave it out of one and a free port is chosen")
                .arg(other, p.name)
                .arg(p.sshPort);
        ports.insert(p.sshPort, p.name);
    }
    return {};
}

} // namespace

int upSeveral(const Catalog &catalog, const QList<Profile> &profiles, bool quiet, int readyTimeoutSeconds)
{
    if (const QString refusal = clash(profiles); !refusal.isEmpty()) {
        err(QStringLiteral("initbench up: %1; nothing was started\n").arg(refusal));
        return UsageError;
    }
    std::vector<UpResult> results(size_t(profiles.size()));
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < profiles.size(); ++i)
        threads.emplace_back([&, i] {
            EngineSession e(catalog);
            const Profile &p = profiles.at(i);
            results[size_t(i)] = e.controller.up(p, terminalProgress(quiet, p.name), readyTimeoutSeconds);
        });
    for (std::thread &thread : threads)
        thread.join();
    int failed = 0;
    out(QStringLiteral("\n%1 containers in %2 s:\n").arg(profiles.size()).arg(double(t.elapsed()) / 1000, 0, 'f', 1));
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const UpResult &r = results[size_t(i)];
        if (r.result.ok()) {
            out(QStringLiteral("  %1 is ready in %2 s: %3\n").arg(profiles.at(i).name).arg(double(r.readyMs) / 1000, 0, 'f', 1).arg(r.readyWhat));
        } else {
            ++failed;
            reportFailure(QStringLiteral("up %1").arg(profiles.at(i).name), r.result);
        }
    }
    return failed == 0 ? Success : RuntimeFailure;
}

} // namespace initbench::cli
