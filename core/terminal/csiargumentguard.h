#pragma once
#include <QByteArray>

namespace initbench {

// libvterm 0.1.4 (Debian 12's) counts a CSI sequence's arguments without a bound: each ';' or
// ':' moves its index on, and past the 16th it writes beyond its argument array into the rest
// of the terminal's state. A container printing `ESC [ 3 ; ; ; ... m` with more separators
// corrupts Initbench's memory (found by the fuzz smoke in CI: a crash in vterm_free). This
// keeps every CSI sequence to at most kMaxSeparators separators before the bytes reach libvterm:
// the parameters after that are dropped, the rest of the sequence goes through. It keeps its
// state across chunks, since a sequence can arrive in pieces.
class CsiArgumentGuard
{
public:
    static constexpr int kMaxSeparators = 15; // 16 arguments: what libvterm has room for

    // The bytes to give libvterm for these: data itself (out untouched) when nothing had to go.
    // Returns true when out was used.
    bool filter(const char *data, qsizetype size, QByteArray *out);

private:
    enum class State { Ground, Escape, Csi };
    State m_state = State::Ground;
    int m_separators = 0;
};

} // namespace initbench
