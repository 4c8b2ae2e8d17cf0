#include "inspect/utmpformat.h"

#include <QCoreApplication>

#include <algorithm>

namespace initbench {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(initbench::UtmpFormat)
};

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
        const UtmpDecoded d = decodeUtmpRecord(data.constData() + i * size, layout);
        if (d.verdict == UtmpDecoded::Ok)
            ++score.ok;
        else if (d.verdict != UtmpDecoded::Blank)
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
        result.warnings << Text::tr("%n byte(s) in neither utmp layout (glibc 384 bytes, utmps 400 bytes)",
                                    nullptr, int(data.size()));
        return result;
    }
    qsizetype implausible = 0, unknown = 0, firstImplausible = -1, firstUnknown = -1;
    int unknownType = 0;
    result.records.reserve(data.size() / size);
    for (qsizetype offset = 0; offset + size <= data.size(); offset += size) {
        UtmpDecoded d = decodeUtmpRecord(data.constData() + offset, layout);
        if (d.verdict == UtmpDecoded::Ok) {
            result.records.append(std::move(d.record));
        } else if (d.verdict == UtmpDecoded::Implausible) {
            if (implausible++ == 0)
                firstImplausible = offset;
        } else if (d.verdict == UtmpDecoded::UnknownType) {
            if (unknown++ == 0) {
                firstUnknown = offset;
                unknownType = d.rawType;
            }
        }
    }
    if (implausible > 0)
        result.warnings << Text::tr("skipped %n implausible record(s), the first at byte %1", nullptr, int(implausible))
                               .arg(firstImplausible);
    if (unknown > 0)
        result.warnings << Text::tr("skipped %n record(s) of unknown type, the first (type %1) at byte %2", nullptr,
                                    int(unknown))
                               .arg(unknownType)
                               .arg(firstUnknown);
    if (const qsizetype rest = data.size() % size)
        result.warnings << Text::tr("ignored a partial record of %n byte(s) at the end (truncated file?)", nullptr,
                                    int(rest));
    return result;
}

} // namespace initbench
