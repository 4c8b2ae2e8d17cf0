#pragma once
#include "inspect/utmplayout.h"

#include <QStringList>

namespace initbench {

// What was wrong with a utmp/wtmp file, worded once per kind of problem (not once per record).
// Shared by the readers that walk a file forwards (UtmpFormat::parse) and backwards (WtmpLast),
// so both say the same: "the first" is the one nearest the start whatever the reading order.
class UtmpProblems
{
public:
    void note(const UtmpRawRecord &record, qsizetype offset); // Ok and Blank records are no problem
    QStringList warnings(qsizetype fileSize, UtmpLayout layout) const; // translated

    static QString noLayout(qsizetype fileSize); // the file fits neither layout

private:
    struct Kind {
        qsizetype count = 0;
        qsizetype first = -1; // byte offset
        int rawType = 0;      // of the first
        void note(qsizetype offset, int type);
    };
    Kind m_implausible, m_unknown;
};

} // namespace initbench
