#pragma once
#include "inspect/loginrecord.h"
#include "inspect/loginsession.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace initbench {

// Reads one file of the container (through /proc/PID/root or the engine): false when it is missing
// or unreadable. `how` says which way it went, for the answer's source line.
using ContainerFileReader = std::function<bool(const QString &path, QByteArray *bytes, QString *how)>;

// What the caller knows about the container, so an empty answer can say why.
struct LoginContext {
    QString pid1;      // PID 1's comm: "systemd", "runit", "init", "openrc-init", "s6-svscan"...
    bool musl = false; // a musl system (Alpine): login records need utmps' daemons
};

struct LoginAnswer {
    QString backend; // utmp | utmps | wtmp | wtmpdb | none
    QString source;  // the file, its format and how it was read
    QList<LoginRecord> sessions; // who
    QList<LoginSession> history; // last, newest first
    QStringList warnings;        // the file was damaged or odd: the answer may be partial
    QString why;                 // when something a user expects is missing: the reason
};

// `who` and `last` for a container, from whichever record store it keeps: glibc or utmps
// utmp/wtmp files, or Debian 13's wtmpdb. Parsed here, so the container needs no who or last.
class LoginQuery
{
public:
    static LoginAnswer who(const ContainerFileReader &read, const LoginContext &context);
    static LoginAnswer last(const ContainerFileReader &read, const LoginContext &context);

    // Where each store lives, in the order they are tried.
    static QStringList utmpPaths();
    static QString wtmpPath();
    static QString wtmpDbPath();
};

} // namespace initbench
