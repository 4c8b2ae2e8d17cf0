#include "recipe/securitysummary.h"

namespace initbench {

namespace {

// The values of every "--flag VALUE" and "--flag=VALUE" in args.
QStringList valuesOf(const QStringList &args, const QString &flag)
{
    QStringList out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == flag && i + 1 < args.size())
            out << args.at(++i);
        else if (args.at(i).startsWith(flag + QLatin1Char('=')))
            out << args.at(i).mid(flag.size() + 1);
    }
    return out;
}

QStringList dockerSummary(const QStringList &a)
{
    QStringList out;
    const QStringList added = valuesOf(a, QStringLiteral("--cap-add"));
    out << (added.isEmpty() ? QStringLiteral("capabilities: the engine's default set, nothing added")
                            : QStringLiteral("capabilities: the engine's default set, plus %1").arg(added.join(QStringLiteral(", "))));
    if (a.contains(QLatin1String("--privileged")))
        out << QStringLiteral("privileged: every capability and device of the host");
    const QStringList published = valuesOf(a, QStringLiteral("--publish"));
    for (const QString &p : published)
        out << (p.startsWith(QLatin1String("127.0.0.1:")) ? QStringLiteral("port %1 (loopback only: not reachable from the network)").arg(p)
                                                          : QStringLiteral("port %1, reachable from the network").arg(p));
    if (published.isEmpty())
        out << QStringLiteral("no port published");
    for (const QString &m : valuesOf(a, QStringLiteral("--mount")))
        out << QStringLiteral("mount from the host: %1").arg(m);
    for (const QString &v : valuesOf(a, QStringLiteral("--volume")) + valuesOf(a, QStringLiteral("-v")))
        out << QStringLiteral("host folder mounted: %1").arg(v);
    for (const QString &t : valuesOf(a, QStringLiteral("--tmpfs")))
        out << QStringLiteral("tmpfs (in memory, the container's own): %1").arg(t);
    for (const QString &c : valuesOf(a, QStringLiteral("--cgroupns")))
        out << (c == QLatin1String("host") ? QStringLiteral("cgroup namespace: the host's (it sees the host's cgroup tree)")
                                           : QStringLiteral("cgroup namespace: its own"));
    out << QStringLiteral("seccomp and AppArmor/SELinux: the engine's default profile");
    return out;
}

QStringList nspawnSummary(const QStringList &a)
{
    QStringList out;
    if (a.contains(QLatin1String("--private-users=pick")))
        out << QStringLiteral("root inside is an unprivileged UID range of the host (--private-users=pick)");
    else
        out << QStringLiteral("root inside is the host's root: this container is not a security boundary");
    out << QStringLiteral("capabilities: systemd-nspawn's bounding set; seccomp: its default filter");
    out << QStringLiteral("network: the host's (sshd listens on 127.0.0.1 itself)");
    return out;
}

} // namespace

QStringList securitySummary(const BuildPlan &plan)
{
    const QStringList &args = plan.run.command.arguments;
    QStringList out = plan.run.command.program == QLatin1String("systemd-nspawn") ? nspawnSummary(args) : dockerSummary(args);
    if (!plan.hostKeyTarget.isEmpty())
        out << QStringLiteral("SSH host key: made by Initbench on the host and pinned before the first boot; never in an image");
    if (!plan.passwords.isEmpty())
        out << QStringLiteral("password hashes: set at start through stdin; never in an image, a build or a command line");
    return out;
}

} // namespace initbench
