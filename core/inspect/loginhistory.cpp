#include "inspect/loginhistory.h"

#include "inspect/lastwalk.h"

#include <QHash>

namespace initbench {

QList<LoginSession> LoginHistory::last(const QList<LoginRecord> &wtmp)
{
    LastWalk walk;
    QHash<QString, int> lineKeys;
    for (auto it = wtmp.crbegin(); it != wtmp.crend(); ++it) {
        const LoginRecord &r = *it;
        const LastWalk::Event event = LastWalk::classify(r.type, r.line, r.user);
        if (event == LastWalk::Event::None)
            continue;
        auto key = lineKeys.constFind(r.line);
        if (key == lineKeys.cend() && !r.line.isEmpty())
            key = lineKeys.insert(r.line, int(lineKeys.size()));
        const int lineKey = key == lineKeys.cend() ? -1 : *key;
        const qint64 msecs = r.time.isValid() ? r.time.toMSecsSinceEpoch() : LastWalk::kNoTime;
        walk.take({event, r.pid, msecs, lineKey, r.user, r.line, r.host});
    }
    return walk.sessions();
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
