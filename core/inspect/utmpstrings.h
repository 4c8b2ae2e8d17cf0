#pragma once
#include "inspect/utmplayout.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstring>
#include <vector>

namespace initbench {

// Gives each distinct record text a small key (0 for the empty one) and one QString, for texts a
// reader must match across records (the ttys last pairs logins and logouts on): it can then index
// by key instead of hashing QStrings, and a record costs a table probe rather than an allocation
// and a UTF-8 decode. Every distinct text is kept, so this is for the few ttys, not the many
// hosts (see UtmpTextCache). One table per read of a file: nothing is kept between reads.
class UtmpStrings
{
public:
    UtmpStrings();

    int key(const UtmpText &text)
    {
        if (text.size == 0)
            return 0;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(text.hash >> m_shift);; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.key < 0)
                return keyOfNew(text);
            if (slot.hash == text.hash && slot.size == text.size && slot.head[0] == text.head[0]
                && slot.head[1] == text.head[1] && (text.size <= 16 || sameTail(slot, text)))
                return slot.key;
        }
    }
    // Valid until the next key() call, which may grow the list: take the keys first.
    const QString &text(int key) const { return m_texts.at(key); }

private:
    struct Slot {
        quint64 hash = 0;
        quint64 head[2] = {0, 0};
        qint32 size = 0;
        qint32 key = -1; // -1: free
        qsizetype tail = 0; // where bytes 16.. of a longer text start in m_tails
    };

    bool sameTail(const Slot &slot, const UtmpText &text) const
    {
        return std::memcmp(m_tails.constData() + slot.tail, text.bytes + 16, size_t(text.size - 16)) == 0;
    }
    int keyOfNew(const UtmpText &text);
    int keyOfText(const UtmpText &text);
    void grow();

    std::vector<Slot> m_slots; // open addressing, a power of two long, at most half full
    int m_used = 0;
    int m_shift = 0;   // hash >> m_shift is a slot
    QByteArray m_tails; // bytes 16.. of the texts longer than 16 bytes, end to end
    QList<QString> m_texts; // by key
    // Bytes that are not UTF-8 decode to U+FFFD, so two such texts may give one string: one key.
    QHash<QString, int> m_keyOfNonAscii;
};

} // namespace initbench
