#include "inspect/servicequery.h"

#include "inspect/serviceparsers.h"

namespace initbench {

namespace {

// runit's service directory is /etc/service on Debian and /var/service on Void.
const char kRunitScript[] = "for d in /etc/service /var/service; do "
                            "if [ -d \"$d\" ]; then exec sv status \"$d\"/*; fi; done; "
                            "echo 'fail: /etc/service: no service directory' >&2; exit 1";

// s6-svstat reads one directory and does not print its name, so name each line. s6-overlay's
// tarball puts the tools in /command, which is not on an exec's PATH.
const char kS6Script[] = "PATH=/command:$PATH; "
                         "echo '[up]'; s6-rc -a list; echo '[down]'; s6-rc -da list; echo '[supervised]'; "
                         "for s in /run/service/*; do [ -d \"$s\" ] || continue; "
                         "printf '%s: ' \"${s##*/}\"; s6-svstat \"$s\" 2>&1; done";

} // namespace

ServiceQuery ServiceQuery::forInit(const QString &init)
{
    ServiceQuery q;
    q.init = init;
    if (init == QLatin1String("systemd")) {
        q.status = QStringList{QStringLiteral("systemctl"), QStringLiteral("list-units"), QStringLiteral("--type=service"),
                               QStringLiteral("--all"), QStringLiteral("--no-legend"), QStringLiteral("--plain"),
                               QStringLiteral("--no-pager")};
        // list-units has no PID column; show does, for every loaded unit matching the pattern.
        q.extra = QStringList{QStringLiteral("systemctl"), QStringLiteral("show"), QStringLiteral("--property=Id,MainPID"),
                              QStringLiteral("--no-pager"), QStringLiteral("*.service")};
    } else if (init == QLatin1String("sysvinit")) {
        q.status = QStringList{QStringLiteral("service"), QStringLiteral("--status-all")};
        q.extra = QStringList{QStringLiteral("runlevel")};
        q.mergeStderr = true; // "[ ? ]" lines go to stderr
    } else if (init == QLatin1String("openrc")) {
        q.status = QStringList{QStringLiteral("rc-status"), QStringLiteral("-a")};
        q.extra = QStringList{QStringLiteral("rc-status"), QStringLiteral("-r")};
    } else if (init == QLatin1String("runit")) {
        q.status = QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QLatin1String(kRunitScript)};
        // The runsvdir in use is runit's "runlevel".
        q.extra = QStringList{QStringLiteral("readlink"), QStringLiteral("/etc/runit/runsvdir/current")};
        q.mergeStderr = true; // sv reports unreadable directories on stderr
    } else if (init == QLatin1String("s6-overlay")) {
        q.status = QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QLatin1String(kS6Script)};
    } else if (init == QLatin1String("shepherd")) {
        q.status = QStringList{QStringLiteral("herd"), QStringLiteral("status")};
    } else if (init == QLatin1String("busybox-init")) {
        q.status = QStringList{QStringLiteral("cat"), QStringLiteral("/etc/inittab")};
    }
    return q;
}

ServiceList ServiceQuery::parse(const QString &statusOutput, const QString &extraOutput) const
{
    ServiceList list;
    list.init = init;
    list.raw = statusOutput;
    ServiceParse p;
    if (init == QLatin1String("systemd")) {
        p = ServiceParsers::systemdUnits(statusOutput);
        ServiceParsers::applySystemdMainPids(p.rows, extraOutput);
    } else if (init == QLatin1String("sysvinit")) {
        p = ServiceParsers::sysvStatusAll(statusOutput);
        list.runlevel = ServiceParsers::sysvRunlevel(extraOutput);
    } else if (init == QLatin1String("openrc")) {
        p = ServiceParsers::openrcStatus(statusOutput);
        list.runlevel = extraOutput.trimmed();
    } else if (init == QLatin1String("runit")) {
        p = ServiceParsers::runitStatus(statusOutput);
        list.runlevel = extraOutput.trimmed().section(QLatin1Char('/'), -1);
    } else if (init == QLatin1String("s6-overlay")) {
        p = ServiceParsers::s6Status(statusOutput);
    } else if (init == QLatin1String("shepherd")) {
        p = ServiceParsers::shepherdStatus(statusOutput);
    } else if (init == QLatin1String("busybox-init")) {
        p = ServiceParsers::inittab(statusOutput);
        list.warnings << QStringLiteral("busybox init has no service manager: these are the entries of /etc/inittab");
    } else {
        list.warnings << QStringLiteral("Initbench cannot list the services of init '%1'").arg(init);
    }
    list.rows = p.rows;
    list.warnings += p.warnings;
    return list;
}

} // namespace initbench
