#pragma once
#include "inspect/loginrecord.h"
#include "inspect/loginsession.h"

#include <QList>

#include <limits>
#include <vector>

namespace initbench {

// util-linux last's rules for pairing wtmp records, fed newest first (as last walks the file):
// every record's end is then already known when it is reached, the nearest later record of the
// right sort. Shared by LoginHistory::last (parsed records) and WtmpLast (the file's bytes), so
// both give the same answer.
class LastWalk
{
public:
    enum class Event { None, Login, Logout, Boot, Shutdown, RunLevel };

    // What a record means to last; the walk ignores None. The texts either decoded or as the
    // record's UTF-8 bytes: the rules look only at ASCII prefixes, so both give the same answer.
    static Event classify(LoginRecord::Type type, QStringView line, QStringView user);
    static Event classify(LoginRecord::Type type, QByteArrayView line, QByteArrayView user);

    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

    // One record that is not None. Times are msecs since the epoch, UTC; kNoTime for a record
    // without one. `lineKey` is the same for the same line text and -1 for an empty line. The
    // strings are moved into the session, not copied: a copy is an atomic reference count update,
    // which adds up over half a million sessions.
    struct Step {
        Event event;
        qint32 pid;
        qint64 msecs;
        int lineKey;
        QString user; // user, line and host are unused for a Logout
        QString line;
        QString host;
    };
    void take(Step &&r);

    // Room for `most` sessions (a wtmp gives at most one per record), so the list is filled in
    // place, in one buffer that can take huge pages, rather than grown step by step.
    void reserve(qsizetype most);

    QList<LoginSession> sessions() const { return m_out; } // newest first

private:
    // A session from r lasting until `end` (kNoTime: open).
    void add(Step &r, LoginSession::Kind kind, qint64 end, LoginSession::End endKind, QChar runLevel = {});
    void markDown(qint64 msecs);
    bool lineEnd(int key, qint64 *msecs) const;
    void setLineEnd(int key, qint64 msecs);

    QList<LoginSession> m_out;
    const QDateTime m_utcEpoch = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC); // what session times are set on
    const QDateTime m_noTime;
    // tty -> nearest later login or logout on it, by line key; an entry counts only while its
    // generation is the current one, so a boot forgets them all at once.
    struct LineEnd {
        qint64 msecs = kNoTime;
        quint32 generation = 0; // never current
    };
    std::vector<LineEnd> m_lineEnds;
    quint32 m_generation = 1;
    qint64 m_barrier = kNoTime; // nearest later boot or shutdown: ends logins left open
    LoginSession::End m_barrierKind = LoginSession::Crash;
    qint64 m_nextBoot = kNoTime;
    qint64 m_nextDown = kNoTime;   // nearest later shutdown before m_nextBoot
    qint64 m_nextChange = kNoTime; // nearest later runlevel change, shutdown or boot
    bool m_changeIsBoot = false;
};

} // namespace initbench
