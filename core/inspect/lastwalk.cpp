#include "inspect/lastwalk.h"

#include "inspect/hugepages.h"

#include <cstring>

namespace initbench {

namespace {

bool startsWith(QStringView text, QLatin1StringView prefix) { return text.startsWith(prefix); }
// Inline, unlike QByteArrayView::startsWith: this runs for every record of a wtmp.
bool startsWith(QByteArrayView text, QLatin1StringView prefix)
{
    return text.size() >= prefix.size() && std::memcmp(text.data(), prefix.data(), size_t(prefix.size())) == 0;
}

// Like util-linux last: sysvinit marks its own records with line "~" and names them by user (its
// shutdown record is a RUN_LVL with user "shutdown"), and a USER_PROCESS without a user is a
// logout written by a careless program.
template<typename Text>
LastWalk::Event classifyText(LoginRecord::Type type, Text line, Text user)
{
    using Event = LastWalk::Event;
    if (startsWith(line, QLatin1StringView("~"))) {
        if (startsWith(user, QLatin1StringView("shutdown")))
            return Event::Shutdown;
        if (startsWith(user, QLatin1StringView("reboot")))
            return Event::Boot;
        if (startsWith(user, QLatin1StringView("runlevel")))
            return Event::RunLevel;
    }
    switch (type) {
    case LoginRecord::BootTime: return Event::Boot;
    case LoginRecord::RunLevel: return Event::RunLevel;
    case LoginRecord::UserProcess: return user.isEmpty() ? Event::Logout : Event::Login;
    case LoginRecord::DeadProcess: return Event::Logout;
    default: return Event::None;
    }
}

} // namespace

LastWalk::Event LastWalk::classify(LoginRecord::Type type, QStringView line, QStringView user)
{
    return classifyText(type, line, user);
}

LastWalk::Event LastWalk::classify(LoginRecord::Type type, QByteArrayView line, QByteArrayView user)
{
    return classifyText(type, line, user);
}

// Built in place in one go (not default-built, then assigned field by field): a million-record
// wtmp makes half a million of them. The times start as copies of a UTC QDateTime and are then
// set: about half the work of QDateTime::fromMSecsSinceEpoch.
void LastWalk::add(Step &r, LoginSession::Kind kind, qint64 end, LoginSession::End endKind, QChar runLevel)
{
    const bool open = end == kNoTime;
    // Braces: clang 14 (the fuzz build) has no parenthesised aggregate initialisation.
    LoginSession &s = m_out.emplaceBack(LoginSession{kind, open ? LoginSession::Open : endKind, runLevel, r.pid, std::move(r.user),
                                                     std::move(r.line), std::move(r.host), m_utcEpoch, open ? m_noTime : m_utcEpoch});
    if (r.msecs == kNoTime)
        s.start = QDateTime();
    else
        s.start.setMSecsSinceEpoch(r.msecs);
    if (!open)
        s.end.setMSecsSinceEpoch(end);
}

void LastWalk::reserve(qsizetype most)
{
    m_out.reserve(most);
    adviseHugePages(m_out.data(), most * qsizetype(sizeof(LoginSession)));
}

void LastWalk::markDown(qint64 msecs)
{
    m_barrier = m_nextDown = m_nextChange = msecs;
    m_barrierKind = LoginSession::Down;
    m_changeIsBoot = false;
    ++m_generation;
}

bool LastWalk::lineEnd(int key, qint64 *msecs) const
{
    if (key < 0 || size_t(key) >= m_lineEnds.size() || m_lineEnds[size_t(key)].generation != m_generation)
        return false;
    *msecs = m_lineEnds[size_t(key)].msecs;
    return true;
}

void LastWalk::setLineEnd(int key, qint64 msecs)
{
    if (key < 0)
        return;
    if (size_t(key) >= m_lineEnds.size())
        m_lineEnds.resize(size_t(key) + 1);
    m_lineEnds[size_t(key)] = {msecs, m_generation};
}

void LastWalk::take(Step &&r)
{
    switch (r.event) {
    case Event::Login: {
        if (qint64 end; lineEnd(r.lineKey, &end))
            add(r, LoginSession::Login, end, LoginSession::Closed);
        else
            add(r, LoginSession::Login, m_barrier, m_barrierKind);
        setLineEnd(r.lineKey, r.msecs);
        break;
    }
    case Event::Logout:
        setLineEnd(r.lineKey, r.msecs);
        break;
    case Event::RunLevel: {
        // A level lasts until the next change; a boot in between (util-linux ignores it) means
        // the system crashed in that level.
        const QChar level(r.pid & 0xff);
        add(r, LoginSession::RunLevel, m_nextChange, m_changeIsBoot ? LoginSession::Crash : LoginSession::Closed, level);
        if (level == QLatin1Char('0') || level == QLatin1Char('6'))
            markDown(r.msecs); // halt and reboot levels count as a shutdown, as in last
        m_nextChange = r.msecs;
        m_changeIsBoot = false;
        break;
    }
    case Event::Shutdown:
        add(r, LoginSession::Shutdown, m_nextBoot, LoginSession::Closed);
        markDown(r.msecs);
        break;
    case Event::Boot:
        // Unlike util-linux (whose boot line after a crash says "still running"), a boot ends
        // at the shutdown that followed it, or crashed at the next boot.
        if (m_nextDown != kNoTime)
            add(r, LoginSession::Boot, m_nextDown, LoginSession::Closed);
        else
            add(r, LoginSession::Boot, m_nextBoot, LoginSession::Crash);
        m_barrier = m_nextBoot = m_nextChange = r.msecs;
        m_barrierKind = LoginSession::Crash;
        m_changeIsBoot = true;
        m_nextDown = kNoTime;
        ++m_generation;
        break;
    case Event::None: break;
    }
}

} // namespace initbench
