#include "inspect/wtmplast.h"

#include "inspect/lastwalk.h"
#include "inspect/utmpformat.h"
#include "inspect/utmpproblems.h"
#include "inspect/utmpstrings.h"
#include "inspect/utmptextcache.h"

namespace initbench {

WtmpLastResult WtmpLast::read(const QByteArray &data)
{
    WtmpLastResult result;
    result.layout = UtmpFormat::detect(data);
    if (data.isEmpty())
        return result; // a fresh wtmp is empty: nothing to warn about
    const qsizetype size = utmpRecordSize(result.layout);
    if (size == 0) {
        result.warnings << UtmpProblems::noLayout(data.size());
        return result;
    }
    UtmpStrings lines; // a key per line, for the walk to pair a login with its logout
    UtmpTextCache texts;
    UtmpProblems problems;
    LastWalk walk;
    walk.reserve(data.size() / size);
    constexpr qsizetype kPrefetchAhead = 8; // records: enough to cover a wait on memory
    for (qsizetype offset = (data.size() / size - 1) * size; offset >= 0; offset -= size) {
        if (offset >= kPrefetchAhead * size)
            prefetchUtmpRecord(data.constData() + offset - kPrefetchAhead * size);
        const UtmpRawRecord raw = readUtmpRecord(data.constData() + offset, result.layout);
        if (raw.verdict != UtmpRawRecord::Ok) {
            problems.note(raw, offset);
            continue;
        }
        const auto type = static_cast<LoginRecord::Type>(raw.rawType);
        const LastWalk::Event event = LastWalk::classify(type, raw.line.view(), raw.user.view());
        if (event == LastWalk::Event::None)
            continue;
        // Only what last shows becomes a string: a logout just ends the login before it on the
        // same line, so its line is needed as a key, and nothing else.
        const int lineKey = lines.key(raw.line);
        if (event == LastWalk::Event::Logout) {
            walk.take({event, raw.pid, raw.msecs, lineKey == 0 ? -1 : lineKey, {}, {}, {}});
            continue;
        }
        walk.take({event, raw.pid, raw.msecs, lineKey == 0 ? -1 : lineKey, texts.string(raw.user), lines.text(lineKey),
                   texts.string(raw.host)});
    }
    result.sessions = walk.sessions();
    result.warnings = problems.warnings(data.size(), result.layout);
    return result;
}

} // namespace initbench
