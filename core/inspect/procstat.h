#pragma once
#include <QString>

#include <cstddef>

namespace initbench {

// The fields of one /proc/PID/stat line (proc(5)) that a process snapshot needs.
struct ProcStat {
    const char *comm = nullptr; // points into the parsed text
    size_t commSize = 0;
    char state = '?';
    qint64 ppid = 0, pgrp = 0, session = 0, tpgid = 0, nice = 0, threads = 0;
    quint64 utime = 0, stime = 0, start = 0;
    qint64 rssPages = 0;
};

// Parses a stat line in place, without allocating: a refresh parses one per process. The name
// sits in parentheses and may itself hold spaces and ')', so fields are counted from the last ')'.
// False when the line is cut short (the process went away while it was read) or is not one.
bool parseProcStat(const char *text, size_t size, ProcStat *stat);

// ps's BSD STAT letters that need nothing but stat: the state, then '<' or 'N' (nice), 's'
// (session leader), 'l' (multi-threaded), '+' (in the foreground process group).
QString procStateText(const ProcStat &stat, qint64 pid);

// The same inputs packed into a number: equal keys give equal texts, so a refresh builds the
// text only when the key changes.
quint32 procStateKey(const ProcStat &stat, qint64 pid);

} // namespace initbench
