#include "inspect/utmpstrings.h"

namespace initbench {

namespace {

constexpr int kInitialSlotsLog2 = 8;

} // namespace

UtmpStrings::UtmpStrings()
    : m_slots(size_t(1) << kInitialSlotsLog2), m_shift(64 - kInitialSlotsLog2)
{
    m_texts.append(QString()); // key 0: the empty text, a null QString as before interning
}

int UtmpStrings::keyOfText(const UtmpText &t)
{
    // Plain ASCII (nearly every text) decodes to itself, so distinct bytes are distinct strings.
    if (t.ascii) {
        m_texts.append(QString::fromLatin1(t.bytes, t.size));
        return int(m_texts.size() - 1);
    }
    const QString text = QString::fromUtf8(t.bytes, t.size);
    auto it = m_keyOfNonAscii.constFind(text);
    if (it == m_keyOfNonAscii.cend()) {
        it = m_keyOfNonAscii.insert(text, int(m_texts.size()));
        m_texts.append(text);
    }
    return *it;
}

int UtmpStrings::keyOfNew(const UtmpText &t)
{
    if (2 * (m_used + 1) > int(m_slots.size()))
        grow();
    Slot added;
    added.hash = t.hash;
    added.head[0] = t.head[0];
    added.head[1] = t.head[1];
    added.size = qint32(t.size);
    added.key = keyOfText(t);
    if (t.size > 16) {
        added.tail = m_tails.size();
        m_tails.append(t.bytes + 16, t.size - 16);
    }
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(t.hash >> m_shift);
    while (m_slots[i].key >= 0)
        i = (i + 1) & mask;
    m_slots[i] = added;
    ++m_used;
    return added.key;
}

void UtmpStrings::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    --m_shift;
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.key < 0)
            continue;
        size_t i = size_t(slot.hash >> m_shift);
        while (m_slots[i].key >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace initbench
