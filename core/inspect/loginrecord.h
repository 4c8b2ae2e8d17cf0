#pragma once
#include <QDateTime>
#include <QString>

namespace initbench {

// One utmp/wtmp entry, whatever on-disk layout it came from (see UtmpFormat).
struct LoginRecord {
    // The values are those of ut_type in <utmp.h> and utmps' <utmpx.h>, so a raw type casts directly.
    enum Type {
        Empty = 0,
        RunLevel = 1,
        BootTime = 2,
        NewTime = 3,
        OldTime = 4,
        InitProcess = 5,
        LoginProcess = 6,
        UserProcess = 7,
        DeadProcess = 8,
        Accounting = 9,
    };

    Type type = Empty;
    // For RunLevel records sysvinit stores the new level in the low byte and the previous one
    // in the next byte ('N' << 8 | '2'): see LoginHistory.
    qint32 pid = 0;
    QString line; // tty without "/dev/"; sysvinit's boot, runlevel and shutdown records use "~" or "~~"
    QString id;   // inittab id ("co", "l2") or the tty's suffix; often empty for pty logins
    QString user;
    QString host; // remote host; sysvinit writes the kernel release here
    QDateTime time; // UTC, with the microseconds truncated to milliseconds
    qint16 exitTermination = 0;
    qint16 exitStatus = 0;
    qint32 session = 0;
};

} // namespace initbench

// Plain values all through: a growing list of them moves its bytes instead of each record.
Q_DECLARE_TYPEINFO(initbench::LoginRecord, Q_RELOCATABLE_TYPE);
