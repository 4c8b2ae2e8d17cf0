#pragma once
#include <QChar>
#include <QDateTime>
#include <QString>

namespace initbench {

// One line of `last -x`: a login with its logout, or a system event (boot, shutdown, runlevel
// change) with the time the state it started lasted until.
struct LoginSession {
    enum Kind : quint8 { Login, Boot, Shutdown, RunLevel };
    enum End : quint8 {
        Closed, // a later record ended it: logout, next runlevel, the boot after a shutdown
        Open,   // nothing later: "still logged in" / "still running"
        Crash,  // a boot came with no shutdown before it (util-linux last: "crash")
        Down,   // a shutdown came first (util-linux last: "down")
    };

    // Small fields first, so a session takes 96 bytes rather than 112: a million-record wtmp
    // gives half a million of them.
    Kind kind = Login;
    End endKind = Open;
    QChar runLevel; // RunLevel only: the level entered ('2', '0', 'S')
    qint32 pid = 0;
    QString user; // as recorded; sysvinit writes "reboot", "shutdown", "runlevel" for its events
    QString line;
    QString host;
    QDateTime start;
    QDateTime end; // invalid when Open
};

} // namespace initbench

// Plain values all through: a growing list of them moves its bytes instead of each session.
Q_DECLARE_TYPEINFO(initbench::LoginSession, Q_RELOCATABLE_TYPE);

namespace initbench {

// The words of the CLI's JSON and the panes: "login", "boot", "shutdown", "runlevel"; and how a
// session ended as util-linux last words it ("still logged in" for a login, "still running" for
// a boot, "crash", "down", "closed").
QString loginSessionKindName(LoginSession::Kind kind);
QString loginSessionStatus(const LoginSession &session);

} // namespace initbench
