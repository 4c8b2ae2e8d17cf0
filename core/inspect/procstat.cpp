#include "inspect/procstat.h"

#include <cstring>

namespace initbench {

bool parseProcStat(const char *text, size_t size, ProcStat *s)
{
    const char *end = text + size;
    const char *open = static_cast<const char *>(std::memchr(text, '(', size));
    const char *close = static_cast<const char *>(::memrchr(text, ')', size));
    if (!open || !close || close < open || end - close < 3)
        return false;
    s->comm = open + 1;
    s->commSize = size_t(close - open - 1);
    const char *p = close + 2;
    s->state = *p++;
    // The numbers after the state, from ppid (0) to rss (20); later fields are not needed.
    constexpr int kFields = 21;
    quint64 v[kFields];
    for (int i = 0; i < kFields; ++i) {
        while (p < end && *p == ' ')
            ++p;
        const bool negative = p < end && *p == '-';
        if (negative)
            ++p;
        const char *digits = p;
        quint64 x = 0;
        while (p < end && static_cast<unsigned char>(*p - '0') < 10)
            x = x * 10 + quint64(*p++ - '0');
        if (p == digits)
            return false;
        v[i] = negative ? quint64(0) - x : x; // two's complement, read back as qint64 below
    }
    s->ppid = qint64(v[0]);
    s->pgrp = qint64(v[1]);
    s->session = qint64(v[2]);
    s->tpgid = qint64(v[4]);
    s->utime = v[10];
    s->stime = v[11];
    s->nice = qint64(v[15]);
    s->threads = qint64(v[16]);
    s->start = v[18];
    s->rssPages = qint64(v[20]);
    return true;
}

QString procStateText(const ProcStat &s, qint64 pid)
{
    QString t(QLatin1Char(s.state));
    if (s.nice < 0)
        t += QLatin1Char('<');
    else if (s.nice > 0)
        t += QLatin1Char('N');
    if (s.session == pid)
        t += QLatin1Char('s');
    if (s.threads > 1)
        t += QLatin1Char('l');
    if (s.tpgid > 0 && s.tpgid == s.pgrp)
        t += QLatin1Char('+');
    return t;
}

quint32 procStateKey(const ProcStat &s, qint64 pid)
{
    return quint32(static_cast<unsigned char>(s.state)) | (s.nice < 0 ? 1u << 8 : 0) | (s.nice > 0 ? 1u << 9 : 0)
        | (s.session == pid ? 1u << 10 : 0) | (s.threads > 1 ? 1u << 11 : 0)
        | (s.tpgid > 0 && s.tpgid == s.pgrp ? 1u << 12 : 0);
}

} // namespace initbench
