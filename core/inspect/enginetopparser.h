#pragma once
#include "inspect/processinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

namespace initbench {

// The process tables engines print, for containers whose /proc Initbench cannot read itself
// (a remote engine, or not root). Every one is a header line, then one row per process with
// the command last (it may hold spaces; nothing else does):
// - `docker top NAME -eo pid,ppid,uid,stat,pcpu,rss,etimes,args`: the engine host's ps, with
//   host PIDs only; uid, because ps there would name users from the host's /etc/passwd;
// - `podman top NAME pid hpid ppid user state pcpu rss etime args`: container and host PIDs,
//   ELAPSED as a Go duration ("1h2m3.5s");
// - `ps -eo pid,ppid,user:32,stat,pcpu,rss,etimes,args` run inside the container.
namespace enginetop {

QStringList dockerTopArguments(const QString &name);
QStringList podmanTopArguments(const QString &name);
QStringList psArgv();

struct Parsed {
    QList<ProcessInfo> processes;
    QString error; // no header, or a header without PID and COMMAND
    QStringList warnings;
};

// now: when the output was taken (start = now - elapsed). users: uid -> name, for UID columns.
Parsed parse(const QByteArray &output, const QDateTime &now, const QHash<uint, QString> &users = {});

// A Go time.Duration as podman prints it ("4.43s", "2m3.1s", "1h0m0s", "15ms"), in seconds; -1 if not one.
double parseGoDuration(const QString &text);

// The container's /etc/passwd as uid -> name.
QHash<uint, QString> parsePasswd(const QByteArray &passwd);

} // namespace enginetop
} // namespace initbench
