#include "inspect/utmptextcache.h"

#include <cstring>

namespace initbench {

namespace {

// 128 slots of 72 bytes: a wtmp's users and ttys fit, and with a million records streaming
// through the CPU cache, slots (and the strings they hold) used a few hundred records ago are
// still in it when a text is replaced.
constexpr int kSlotsLog2 = 7;

} // namespace

UtmpTextCache::UtmpTextCache() : m_slots(size_t(1) << kSlotsLog2) { }

QString UtmpTextCache::string(const UtmpText &t)
{
    if (t.size == 0)
        return {}; // null, as an empty field always was
    Slot &slot = m_slots[size_t(t.hash >> (64 - kSlotsLog2))];
    const bool same = slot.hash == t.hash && slot.size == t.size && slot.head[0] == t.head[0] && slot.head[1] == t.head[1]
        && (t.size <= 16 || std::memcmp(slot.tail.constData(), t.bytes + 16, size_t(t.size - 16)) == 0);
    if (!same) {
        slot.hash = t.hash;
        slot.head[0] = t.head[0];
        slot.head[1] = t.head[1];
        slot.size = t.size;
        slot.tail = t.size > 16 ? QByteArray(t.bytes + 16, t.size - 16) : QByteArray();
        // ASCII, nearly every text, is its own UTF-8 decode and converts faster as Latin-1.
        slot.text = t.ascii ? QString::fromLatin1(t.bytes, t.size) : QString::fromUtf8(t.bytes, t.size);
    }
    return slot.text;
}

} // namespace initbench
