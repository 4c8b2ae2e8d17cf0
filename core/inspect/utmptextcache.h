#pragma once
#include "inspect/utmplayout.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace initbench {

// QStrings for record texts, remembering the last text seen in each of 128 slots: a
// wtmp repeats the same few users and ttys, which then cost a compare and share one QString.
// Unlike UtmpStrings it does not keep every distinct text: a busy wtmp has tens of thousands of
// hosts, and looking them up in a table that large misses the CPU cache twice per record (the
// table and the string's reference count), which costs more than making a new string. One cache
// per read of a file: nothing is kept between reads.
class UtmpTextCache
{
public:
    UtmpTextCache();
    QString string(const UtmpText &text);

private:
    struct Slot {
        quint64 hash = 0;
        quint64 head[2] = {0, 0};
        qsizetype size = -1; // -1: never filled
        QByteArray tail;     // bytes 16.. of a longer text
        QString text;
    };
    std::vector<Slot> m_slots;
};

} // namespace initbench
