#pragma once
#include <QByteArrayView>
#include <QString>

namespace initbench {

// The two record layouts found in containers on x86_64 (both little-endian):
// - Glibc: glibc's `struct utmp`, 384 bytes, 32-bit ut_tv (Debian, Ubuntu, Fedora...).
// - Utmps: skarnet utmps' `struct utmpx` on 64-bit musl, 400 bytes, 64-bit ut_tv (Alpine).
// Offsets are listed in utmplayout.cpp with where they come from.
enum class UtmpLayout { Unknown, Glibc, Utmps };

qsizetype utmpRecordSize(UtmpLayout layout); // 0 for Unknown
QString utmpLayoutName(UtmpLayout layout);

// A text field as it sits in the record: its bytes up to the first NUL (or the field's end),
// not yet a QString, so a reader turns into strings only what it uses. `hash` and `head` (its
// first 16 bytes, zero-padded) cover exactly those bytes, so two texts of up to 16 bytes are
// equal when these are (see UtmpStrings). No default values: the reader fills them, and zeroing
// four of these for each of a million records showed up in profiles.
struct UtmpText {
    const char *bytes;
    qsizetype size;
    quint64 hash;
    quint64 head[2];
    bool ascii; // no byte from 0x80: the UTF-8 decode is the bytes themselves

    QByteArrayView view() const { return {bytes, size}; }
};

// One fixed-size record read and judged. Blank is an EMPTY slot (utmp reuses them): skipped
// silently. UnknownType has sane text and time but a ut_type outside 0..9; Implausible has
// unprintable text, a negative pid, or a time outside 1980..2100. The texts are read only as far
// as the verdict needs: they are set for Ok and UnknownType records only.
struct UtmpRawRecord {
    enum Verdict { Ok, Blank, UnknownType, Implausible };
    Verdict verdict = Implausible;
    int rawType = 0; // ut_type; for Ok a LoginRecord::Type
    qint32 pid = 0;
    qint64 msecs = 0; // since the epoch, UTC, microseconds truncated
    UtmpText line, id, user, host;
    qint16 exitTermination = 0;
    qint16 exitStatus = 0;
    qint32 session = 0;
};

// `bytes` must hold utmpRecordSize(layout) bytes. Points into them: keep them alive.
UtmpRawRecord readUtmpRecord(const char *bytes, UtmpLayout layout);

// Asks the CPU to start loading the parts of a record that readUtmpRecord reads, for a reader
// going through a large file to call a few records ahead: otherwise every record starts with a
// wait on memory. Only a hint: `bytes` may be anywhere in the file, nothing is read.
void prefetchUtmpRecord(const char *bytes);

} // namespace initbench
