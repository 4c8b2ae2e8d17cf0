#pragma once
#include <QChar>
#include <QDateTime>
#include <QString>

namespace initbench {

// One line of `last -x`: a login with its logout, or a system event (boot, shutdown, runlevel
// change) with the time the state it started lasted until.
struct LoginSession {
    enum Kind { Login, Boot, Shutdown, RunLevel };
    enum End {
        Closed, // a later record ended it: logout, next runlevel, the boot after a shutdown
        Open,   // nothing later: "still logged in" / "still running"
        Crash,  // a boot came with no shutdown before it (util-linux last: "crash")
        Down,   // a shutdown came first (util-linux last: "down")
    };

    Kind kind = Login;
    QString user; // as recorded; sysvinit writes "reboot", "shutdown", "runlevel" for its events
    QString line;
    QString host;
    qint32 pid = 0;
    QChar runLevel; // RunLevel only: the level entered ('2', '0', 'S')
    QDateTime start;
    QDateTime end; // invalid when Open
    End endKind = Open;
};

// The words of the CLI's JSON and the panes: "login", "boot", "shutdown", "runlevel"; and how a
// session ended as util-linux last words it ("still logged in" for a login, "still running" for
// a boot, "crash", "down", "closed").
QString loginSessionKindName(LoginSession::Kind kind);
QString loginSessionStatus(const LoginSession &session);

} // namespace initbench
