#pragma once
#include "inspect/loginrecord.h"

#include <QString>

namespace initbench {

// The two record layouts found in containers on x86_64 (both little-endian):
// - Glibc: glibc's `struct utmp`, 384 bytes, 32-bit ut_tv (Debian, Ubuntu, Fedora...).
// - Utmps: skarnet utmps' `struct utmpx` on 64-bit musl, 400 bytes, 64-bit ut_tv (Alpine).
// Offsets are listed in utmplayout.cpp with where they come from.
enum class UtmpLayout { Unknown, Glibc, Utmps };

qsizetype utmpRecordSize(UtmpLayout layout); // 0 for Unknown
QString utmpLayoutName(UtmpLayout layout);

// One fixed-size record decoded and judged. Blank is an EMPTY slot (utmp reuses them): skipped
// silently. UnknownType has sane text and time but a ut_type outside 0..9; Implausible has
// unprintable text, a negative pid, or a time outside 1980..2100.
struct UtmpDecoded {
    enum Verdict { Ok, Blank, UnknownType, Implausible };
    Verdict verdict = Implausible;
    int rawType = 0;
    LoginRecord record;
};

// `bytes` must hold utmpRecordSize(layout) bytes.
UtmpDecoded decodeUtmpRecord(const char *bytes, UtmpLayout layout);

} // namespace initbench
