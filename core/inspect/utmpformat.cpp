#include "inspect/utmpformat.h"

#include "inspect/utmpproblems.h"
#include "inspect/utmptextcache.h"

#include <algorithm>

namespace initbench {

namespace {

// Enough records to tell the layouts apart (a wrong layout fails on the first one that carries a
// time), few enough to keep detection cheap on a large wtmp. Blank slots are not counted but the
// scan stops somewhere, so a huge zero-filled file costs little.
constexpr int kJudgedRecords = 16;
constexpr qsizetype kScannedRecords = 1024;

struct Score {
    int ok = 0;
    int bad = 0; // implausible or of unknown type
};

Score plausibility(const QByteArray &data, UtmpLayout layout)
{
    const qsizetype size = utmpRecordSize(layout);
    Score score;
    const qsizetype records = std::min(kScannedRecords, data.size() / size);
    for (qsizetype i = 0; i < records && score.ok + score.bad < kJudgedRecords; ++i) {
        const UtmpRawRecord r = readUtmpRecord(data.constData() + i * size, layout);
        if (r.verdict == UtmpRawRecord::Ok)
            ++score.ok;
        else if (r.verdict != UtmpRawRecord::Blank)
            ++score.bad;
    }
    return score;
}

} // namespace

UtmpLayout UtmpFormat::detect(const QByteArray &data)
{
    if (data.isEmpty())
        return UtmpLayout::Unknown;
    // Read in the wrong layout a record practically never passes: tv_usec would have to be below
    // 10^6 where the other layout keeps tv_sec or padding. So the layout with more sane records wins,
    // even in a file with some damage.
    const Score glibc = plausibility(data, UtmpLayout::Glibc);
    const Score utmps = plausibility(data, UtmpLayout::Utmps);
    if (glibc.ok != utmps.ok)
        return glibc.ok > utmps.ok ? UtmpLayout::Glibc : UtmpLayout::Utmps;
    if (glibc.ok == 0 && glibc.bad > 0 && utmps.bad > 0)
        return UtmpLayout::Unknown; // garbage either way
    // Left: blank slots only (a zero-filled utmp), or a dead heat. The size decides; a file that
    // fits both gets glibc, the common case (with no sane record, what it holds reads the same).
    const bool fitsGlibc = glibc.bad <= utmps.bad && data.size() % utmpRecordSize(UtmpLayout::Glibc) == 0;
    const bool fitsUtmps = utmps.bad <= glibc.bad && data.size() % utmpRecordSize(UtmpLayout::Utmps) == 0;
    if (fitsUtmps && !fitsGlibc)
        return UtmpLayout::Utmps;
    return fitsGlibc ? UtmpLayout::Glibc : UtmpLayout::Unknown;
}

UtmpParseResult UtmpFormat::parse(const QByteArray &data)
{
    return parse(data, detect(data));
}

UtmpParseResult UtmpFormat::parse(const QByteArray &data, UtmpLayout layout)
{
    UtmpParseResult result;
    result.layout = layout;
    if (data.isEmpty())
        return result; // a fresh wtmp is empty: nothing to warn about
    const qsizetype size = utmpRecordSize(layout);
    if (size == 0) {
        result.warnings << UtmpProblems::noLayout(data.size());
        return result;
    }
    UtmpTextCache texts;
    UtmpProblems problems;
    result.records.reserve(data.size() / size);
    for (qsizetype offset = 0; offset + size <= data.size(); offset += size) {
        const UtmpRawRecord raw = readUtmpRecord(data.constData() + offset, layout);
        if (raw.verdict != UtmpRawRecord::Ok) {
            problems.note(raw, offset);
            continue;
        }
        LoginRecord &r = result.records.emplaceBack();
        r.type = static_cast<LoginRecord::Type>(raw.rawType);
        r.pid = raw.pid;
        r.line = texts.string(raw.line);
        r.id = texts.string(raw.id);
        r.user = texts.string(raw.user);
        r.host = texts.string(raw.host);
        r.time = QDateTime::fromMSecsSinceEpoch(raw.msecs, Qt::UTC);
        r.exitTermination = raw.exitTermination;
        r.exitStatus = raw.exitStatus;
        r.session = raw.session;
    }
    result.warnings = problems.warnings(data.size(), layout);
    return result;
}

} // namespace initbench
