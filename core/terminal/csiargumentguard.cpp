#include "terminal/csiargumentguard.h"

#include <cstring>

namespace initbench {

bool CsiArgumentGuard::filter(const char *data, qsizetype size, QByteArray *out)
{
    // The common case, text without escapes outside a sequence: nothing to look at.
    if (m_state == State::Ground && !std::memchr(data, 0x1b, size_t(size)))
        return false;
    bool dropped = false;
    out->clear();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        bool keep = true;
        switch (m_state) {
        case State::Ground:
            if (c == 0x1b)
                m_state = State::Escape;
            break;
        case State::Escape:
            if (c == '[') {
                m_state = State::Csi;
                m_separators = 0;
            } else if (c != 0x1b) {
                m_state = State::Ground;
            }
            break;
        case State::Csi:
            if (c == 0x1b) {
                m_state = State::Escape; // a new sequence starts, as libvterm sees it
            } else if (c == 0x18 || c == 0x1a) {
                m_state = State::Ground; // CAN and SUB cancel the sequence
            } else if (c >= 0x40 && c <= 0x7e) {
                m_state = State::Ground; // the final byte
            } else if (c >= 0x30 && c <= 0x3f) {
                // A parameter byte: past the limit, this one and all after it are dropped.
                if (c == ';' || c == ':')
                    ++m_separators;
                keep = m_separators <= kMaxSeparators;
            }
            break;
        }
        if (!keep && !dropped) {
            out->append(data, i); // everything before the first byte dropped
            dropped = true;
        } else if (keep && dropped) {
            out->append(char(c));
        }
    }
    return dropped;
}

} // namespace initbench
