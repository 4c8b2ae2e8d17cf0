#pragma once
#include "inspect/loginrecord.h"
#include "inspect/utmplayout.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace initbench {

struct UtmpParseResult {
    UtmpLayout layout = UtmpLayout::Unknown;
    QList<LoginRecord> records; // file order, EMPTY slots left out
    QStringList warnings;       // translated, one per kind of problem (not one per record)
};

// Reads a utmp or wtmp file's bytes. No I/O: the caller reads the file (or `docker exec cat` output).
// Never fails: garbage gives fewer records and more warnings.
class UtmpFormat
{
public:
    // Which layout the bytes hold, judged on the first records that are not blank; the size
    // (a multiple of 384 and/or 400) only breaks ties, since a truncated file fits neither.
    static UtmpLayout detect(const QByteArray &data);

    static UtmpParseResult parse(const QByteArray &data); // detect, then read
    static UtmpParseResult parse(const QByteArray &data, UtmpLayout layout);
};

} // namespace initbench
