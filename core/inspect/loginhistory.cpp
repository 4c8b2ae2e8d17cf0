#include "inspect/loginhistory.h"

#include <QHash>

namespace initbench {

namespace {

enum class Event { None, Login, Logout, Boot, Shutdown, RunLevel };

// Like util-linux last: sysvinit marks its own records with line "~" and names them by user (its
// shutdown record is a RUN_LVL with user "shutdown"), and a USER_PROCESS without a user is a
// logout written by a careless program.
Event classify(const LoginRecord &r)
{
    if (r.line.startsWith(QLatin1Char('~'))) {
        if (r.user.startsWith(QLatin1String("shutdown")))
            return Event::Shutdown;
        if (r.user.startsWith(QLatin1String("reboot")))
            return Event::Boot;
        if (r.user.startsWith(QLatin1String("runlevel")))
            return Event::RunLevel;
    }
    switch (r.type) {
    case LoginRecord::BootTime: return Event::Boot;
    case LoginRecord::RunLevel: return Event::RunLevel;
    case LoginRecord::UserProcess: return r.user.isEmpty() ? Event::Logout : Event::Login;
    case LoginRecord::DeadProcess: return Event::Logout;
    default: return Event::None;
    }
}

LoginSession sessionFrom(const LoginRecord &r, LoginSession::Kind kind)
{
    LoginSession s;
    s.kind = kind;
    s.user = r.user;
    s.line = r.line;
    s.host = r.host;
    s.pid = r.pid;
    s.start = r.time;
    return s;
}

void endAt(LoginSession &s, const QDateTime &end, LoginSession::End kind)
{
    s.end = end;
    s.endKind = end.isValid() ? kind : LoginSession::Open;
}

// Walking wtmp backwards (as last does) every record's end is already known when it is reached:
// the nearest later record of the right sort.
struct Walk {
    QList<LoginSession> out;
    QHash<QString, QDateTime> lineEnds; // tty -> nearest later login or logout on it
    QDateTime barrier;                  // nearest later boot or shutdown: ends logins left open
    LoginSession::End barrierKind = LoginSession::Crash;
    QDateTime nextBoot;
    QDateTime nextDown; // nearest later shutdown before nextBoot
    QDateTime nextChange; // nearest later runlevel change, shutdown or boot
    bool changeIsBoot = false;

    void markDown(const QDateTime &t)
    {
        barrier = nextDown = nextChange = t;
        barrierKind = LoginSession::Down;
        changeIsBoot = false;
        lineEnds.clear();
    }

    void take(const LoginRecord &r)
    {
        switch (classify(r)) {
        case Event::Login: {
            LoginSession s = sessionFrom(r, LoginSession::Login);
            if (const auto it = lineEnds.constFind(r.line); it != lineEnds.cend())
                endAt(s, *it, LoginSession::Closed);
            else
                endAt(s, barrier, barrierKind);
            out << s;
            if (!r.line.isEmpty())
                lineEnds.insert(r.line, r.time);
            break;
        }
        case Event::Logout:
            if (!r.line.isEmpty())
                lineEnds.insert(r.line, r.time);
            break;
        case Event::RunLevel: {
            // A level lasts until the next change; a boot in between (util-linux ignores it) means
            // the system crashed in that level.
            LoginSession s = sessionFrom(r, LoginSession::RunLevel);
            s.runLevel = QChar(r.pid & 0xff);
            endAt(s, nextChange, changeIsBoot ? LoginSession::Crash : LoginSession::Closed);
            out << s;
            if (s.runLevel == QLatin1Char('0') || s.runLevel == QLatin1Char('6'))
                markDown(r.time); // halt and reboot levels count as a shutdown, as in last
            nextChange = r.time;
            changeIsBoot = false;
            break;
        }
        case Event::Shutdown: {
            LoginSession s = sessionFrom(r, LoginSession::Shutdown);
            endAt(s, nextBoot, LoginSession::Closed);
            out << s;
            markDown(r.time);
            break;
        }
        case Event::Boot: {
            // Unlike util-linux (whose boot line after a crash says "still running"), a boot ends
            // at the shutdown that followed it, or crashed at the next boot.
            LoginSession s = sessionFrom(r, LoginSession::Boot);
            if (nextDown.isValid())
                endAt(s, nextDown, LoginSession::Closed);
            else
                endAt(s, nextBoot, LoginSession::Crash);
            out << s;
            barrier = nextBoot = nextChange = r.time;
            barrierKind = LoginSession::Crash;
            changeIsBoot = true;
            nextDown = QDateTime();
            lineEnds.clear();
            break;
        }
        case Event::None: break;
        }
    }
};

} // namespace

QList<LoginSession> LoginHistory::last(const QList<LoginRecord> &wtmp)
{
    Walk walk;
    for (auto it = wtmp.crbegin(); it != wtmp.crend(); ++it)
        walk.take(*it);
    return walk.out;
}

QList<LoginRecord> LoginHistory::who(const QList<LoginRecord> &utmp)
{
    QList<LoginRecord> live;
    for (const LoginRecord &r : utmp) {
        if (r.type == LoginRecord::BootTime) {
            live.clear();
            continue;
        }
        if (r.type < LoginRecord::InitProcess || r.type > LoginRecord::DeadProcess)
            continue;
        // utmp keeps one slot per ut_id (pututline matches on it); a respawned getty or a logout
        // that leaves the id empty still names the tty.
        live.removeIf([&r](const LoginRecord &l) {
            return (!r.id.isEmpty() && l.id == r.id) || (!r.line.isEmpty() && l.line == r.line);
        });
        if (r.type == LoginRecord::UserProcess && !r.user.isEmpty())
            live << r;
    }
    return live;
}

} // namespace initbench
