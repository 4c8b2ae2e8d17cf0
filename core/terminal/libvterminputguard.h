#pragma once
#include <QByteArray>

namespace initbench {

// libvterm 0.1.4 (Debian 12's) trusts the bytes it is given, and here they come from a
// container. This keeps out every input known to break it, each found by fuzzing or by reading
// its source, and changes nothing else:
//  - a CSI sequence with more than 16 arguments wrote past its argument array (a crash in
//    vterm_free, found by the CI fuzz smoke): at most kMaxSeparators separators go through;
//  - a numeric argument grows without a bound and a huge count overflows the cursor
//    arithmetic: each argument stops at kMaxArgument;
//  - REP (CSI Ps b) repeats the last glyph at that glyph's width. Before anything was printed
//    the width is 0 and libvterm loops for ever (the GUI thread hung: found by the CI fuzz
//    smoke); after a double-width glyph it writes past the end of the row (a crash). REP only
//    reaches libvterm right after a plain ASCII glyph, which is how ncurses uses it; otherwise
//    its final byte becomes CAN, which cancels the sequence;
//  - a C1 control written as UTF-8 (U+0080..U+009F) becomes a glyph of width -1 that moves
//    the cursor to negative columns, where later edits write outside the screen. Text reaches
//    libvterm as whole, valid UTF-8 only: C1 controls are dropped, broken sequences become
//    U+FFFD (as libvterm shows them), and a character cut by the end of a chunk waits for the
//    next one. libvterm keeps two UTF-8 decoders whose half-read characters survive escape
//    sequences, so nothing less than whole characters keeps them out of that state;
//  - DECRC (ESC 8) restores a cursor saved before the screen shrank, outside it, and text
//    there reads past libvterm's line array: a CSI that does nothing else follows it, since
//    libvterm bounds the cursor after every CSI.
// To judge each byte as libvterm will, it follows libvterm's parser states, across chunks.
class LibvtermInputGuard
{
public:
    static constexpr int kMaxSeparators = 15;     // 16 arguments: what libvterm has room for
    static constexpr long kMaxArgument = 65535;   // far beyond any screen, far below overflow

    // The bytes to give libvterm for these: data itself (out untouched) when nothing had to
    // change. Returns true when out was used; out may then be empty.
    bool filter(const char *data, qsizetype size, QByteArray *out);

    // Whether libvterm is inside an escape sequence or string the last chunk left unfinished,
    // and a way to end it (after libvterm was given a CAN).
    bool inSequence() const { return m_state != State::Normal; }
    void cancelSequence() { m_state = State::Normal; }

private:
    // libvterm's parser states (parser.c), under the same names.
    enum class State { Normal, Escape, CsiLeader, CsiArgs, CsiIntermed, String, EscapeInString };
    class Output;

    void step(const char *data, qsizetype i, Output &o);
    void escape(unsigned char c, qsizetype i, Output &o);
    void csi(unsigned char c, qsizetype i, Output &o);
    void text(const char *data, qsizetype i, Output &o);
    void breakCharacter(Output &o);

    State m_state = State::Normal;
    int m_separators = 0;
    long m_argument = -1;           // the current CSI argument's value; -1 before its first digit
    bool m_csiPlain = true;         // no leader and no intermediate byte: 'b' is then REP
    bool m_escapePlain = true;      // an escape sequence without intermediate bytes so far
    bool m_lastGlyphAscii = false;  // the last glyph libvterm printed is one ASCII byte wide

    char m_character[4] = {};       // a UTF-8 character being read (lead byte first); no heap per character
    int m_characterSize = 0;        // its bytes so far; 0: none being read
    qsizetype m_characterStart = -1; // where it started in this chunk; -1 in an earlier one
    int m_continuations = 0;        // continuation bytes it still needs
    unsigned char m_secondLow = 0x80, m_secondHigh = 0xbf; // what its second byte may be
};

} // namespace initbench
