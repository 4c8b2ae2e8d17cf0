#pragma once
#include "inspect/servicestatus.h"

#include <QStringList>

namespace initbench {

// What to run inside a container to ask an init about its services (init-systems.md, section 5),
// and how to read the answers. Argument lists only; a few use `sh -c` with a fixed script of
// ours because they need a glob over service directories (no user input goes into it).
struct ServiceQuery {
    QString init;        // catalog id: systemd, sysvinit, openrc, runit, s6-overlay, busybox-init, shepherd
    QStringList status;  // the init's own status command: its output is shown raw and parsed
    QStringList extra;   // optional second command (PIDs, runlevel); empty when none
    bool mergeStderr = false; // the status command writes part of its report to stderr

    // The query for an init id; status is empty for an init Initbench cannot ask.
    static ServiceQuery forInit(const QString &init);
    // Parses the answers (extraOutput: that of extra, empty when it failed) into rows.
    ServiceList parse(const QString &statusOutput, const QString &extraOutput) const;
};

} // namespace initbench
