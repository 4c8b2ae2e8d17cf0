#pragma once
#include "inspect/servicestatus.h"

namespace initbench {

struct ServiceParse {
    QList<ServiceRow> rows;
    QStringList warnings; // one per line that could not be read
};

// One parser per init's status command. No I/O: the caller runs the command (ServiceQuery says
// which) and passes its output. Never fails: lines that fit no known form become warnings.
namespace ServiceParsers {

// `systemctl list-units --type=service --all --no-legend --plain --no-pager`:
// "NAME LOAD ACTIVE SUB DESCRIPTION..." (a leading "●" bullet, printed without --plain, is skipped).
ServiceParse systemdUnits(const QString &text);
// `systemctl show --property=Id,MainPID '*.service'`: blank-line separated KEY=VALUE blocks.
// Fills in the PIDs of rows already parsed.
void applySystemdMainPids(QList<ServiceRow> &rows, const QString &text);

// Debian's `service --status-all`, stdout and stderr together (it prints "[ ? ]" to stderr).
ServiceParse sysvStatusAll(const QString &text);
// sysvinit's `runlevel`: "N 2" -> "2"; empty when unknown.
QString sysvRunlevel(const QString &text);

// `rc-status -a`: "Runlevel: NAME" sections of " service   [  state  ]" lines.
ServiceParse openrcStatus(const QString &text);

// runit's `sv status DIR/*`: "run: /etc/service/ssh: (pid 613) 58s; run: log: (pid 609) 58s".
ServiceParse runitStatus(const QString &text);

// The s6-overlay report of ServiceQuery: "[up]" and "[down]" sections (`s6-rc -a list`,
// `s6-rc -da list`), then "[supervised]" with one "NAME: <s6-svstat line>" per service directory.
ServiceParse s6Status(const QString &text);

// GNU shepherd's `herd status`: "Started:", "Stopped:"... headers over " + name" lines.
ServiceParse shepherdStatus(const QString &text);

// busybox init has no service manager: the entries of /etc/inittab ("id:runlevels:action:process").
ServiceParse inittab(const QString &text);

} // namespace ServiceParsers

} // namespace initbench
