#include "inspect/loginhistory.h"

#include "inspect/lastwalk.h"

#include <QHash>

#include <optional>

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
    // Linear in the records (a container can fill utmp with thousands): each live login is found
    // by its id and its line through a hash (Qt's hashes are seeded per process) instead of a
    // scan of every live login per record. A record ends the live login that has its id or its
    // line; so no two live logins share either, and one lookup per key finds the only match.
    QList<std::optional<LoginRecord>> entries;
    QHash<QString, qsizetype> byId, byLine;
    const auto end = [&](qsizetype at) {
        if (at < 0 || !entries[at])
            return;
        byId.remove(entries[at]->id);
        byLine.remove(entries[at]->line);
        entries[at].reset();
    };
    for (const LoginRecord &r : utmp) {
        if (r.type == LoginRecord::BootTime) {
            entries.clear();
            byId.clear();
            byLine.clear();
            continue;
        }
        if (r.type < LoginRecord::InitProcess || r.type > LoginRecord::DeadProcess)
            continue;
        // utmp keeps one slot per ut_id (pututline matches on it); a respawned getty or a logout
        // that leaves the id empty still names the tty.
        if (!r.id.isEmpty())
            end(byId.value(r.id, -1));
        if (!r.line.isEmpty())
            end(byLine.value(r.line, -1));
        if (r.type == LoginRecord::UserProcess && !r.user.isEmpty()) {
            entries << r;
            if (!r.id.isEmpty())
                byId.insert(r.id, entries.size() - 1);
            if (!r.line.isEmpty())
                byLine.insert(r.line, entries.size() - 1);
        }
    }
    QList<LoginRecord> live;
    for (const std::optional<LoginRecord> &slot : entries)
        if (slot)
            live << *slot;
    return live;
}

} // namespace initbench
