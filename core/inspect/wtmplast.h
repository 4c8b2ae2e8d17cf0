#pragma once
#include "inspect/loginsession.h"
#include "inspect/utmplayout.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace initbench {

struct WtmpLastResult {
    UtmpLayout layout = UtmpLayout::Unknown;
    QList<LoginSession> sessions; // newest first
    QStringList warnings;         // as UtmpFormat::parse words them
};

// `last -x` straight from a wtmp's bytes: the same answer, layout and warnings as
// LoginHistory::last(UtmpFormat::parse(bytes).records), in one pass from the end of the file
// (as util-linux last reads it). Every record is still read and judged, but only what last
// shows becomes a QString or a QDateTime, and no list of a million LoginRecords is built.
class WtmpLast
{
public:
    static WtmpLastResult read(const QByteArray &wtmp);
};

} // namespace initbench
