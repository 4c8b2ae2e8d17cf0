#include "terminal/libvterminputguard.h"

namespace initbench {

namespace {

const char kReplacement[] = "\xef\xbf\xbd"; // U+FFFD
const char kCancel = 0x18;                   // CAN: libvterm drops the sequence in progress
const char kBoundCursor[] = "\x1b[?0h";      // sets DEC mode 0, which does not exist

} // namespace

// The bytes given on: as long as nothing changed, the input itself (no copy); from the first
// change on, a copy in out.
class LibvtermInputGuard::Output
{
public:
    Output(const char *data, QByteArray *out) : m_data(data), m_out(out) {}

    bool changed() const { return m_changed; }
    // From here on the output differs: everything before byte `upTo` went through as it was.
    void divert(qsizetype upTo)
    {
        if (m_changed)
            return;
        m_out->clear();
        m_out->append(m_data, upTo);
        m_changed = true;
    }
    void keep(qsizetype i)
    {
        if (m_changed)
            m_out->append(m_data[i]);
    }
    void append(const char *bytes, qsizetype size) { m_out->append(bytes, size); }

private:
    const char *m_data;
    QByteArray *m_out;
    bool m_changed = false;
};

bool LibvtermInputGuard::filter(const char *data, qsizetype size, QByteArray *out)
{
    Output o(data, out);
    if (m_characterSize > 0)
        o.divert(0); // a character from the last chunk: its bytes go out with its end
    for (qsizetype i = 0; i < size;) {
        // Most of what a terminal gets is printable ASCII between sequences: taken as a run.
        if (m_state == State::Normal && m_characterSize == 0) {
            qsizetype end = i;
            while (end < size && static_cast<unsigned char>(data[end]) - 0x20u < 0x5fu)
                ++end;
            if (end > i) {
                if (o.changed())
                    o.append(data + i, end - i);
                m_lastGlyphAscii = true;
                i = end;
                continue;
            }
        }
        step(data, i, o);
        ++i;
    }
    if (m_characterSize > 0) {
        // Cut by the end of the chunk: it waits for the next one.
        o.divert(m_characterStart >= 0 ? m_characterStart : 0);
        m_characterStart = -1;
    }
    return o.changed();
}

void LibvtermInputGuard::step(const char *data, qsizetype i, Output &o)
{
    const unsigned char c = static_cast<unsigned char>(data[i]);
    if (m_characterSize > 0) {
        if (m_continuations > 0 && c >= m_secondLow && c <= m_secondHigh) {
            text(data, i, o);
            return;
        }
        breakCharacter(o); // anything else ends it unfinished
    }

    // What libvterm looks at before its state (parser.c, vterm_input_write).
    if (c == 0x00 || c == 0x7f) { // NUL, DEL: ignored
        o.keep(i);
        return;
    }
    if (c == 0x18 || c == 0x1a) { // CAN, SUB
        m_state = State::Normal;
        o.keep(i);
        return;
    }
    if (c == 0x1b) {
        m_state = m_state == State::String ? State::EscapeInString : State::Escape;
        m_escapePlain = true;
        o.keep(i);
        return;
    }
    if (c == 0x07 && m_state == State::String) { // BEL ends an OSC or DCS string
        m_state = State::Normal;
        o.keep(i);
        return;
    }
    if (c < 0x20) { // other C0 controls act in every state and change none
        o.keep(i);
        return;
    }

    switch (m_state) {
    case State::EscapeInString:
        if (c == 0x5c) { // ST
            m_state = State::Normal;
            break;
        }
        m_state = State::Escape;
        escape(c, i, o);
        return;
    case State::Escape:
        escape(c, i, o);
        return;
    case State::CsiLeader:
    case State::CsiArgs:
    case State::CsiIntermed:
        csi(c, i, o);
        return;
    case State::String:
        break;
    case State::Normal:
        text(data, i, o);
        return;
    }
    o.keep(i);
}

void LibvtermInputGuard::escape(unsigned char c, qsizetype i, Output &o)
{
    o.keep(i);
    if (c == 0x50 || c == 0x5d) { // DCS, OSC
        m_state = State::String;
    } else if (c == 0x5b) {
        m_state = State::CsiLeader;
        m_separators = 0;
        m_argument = -1;
        m_csiPlain = true;
    } else if (c >= 0x20 && c <= 0x2f) {
        m_escapePlain = false; // an intermediate byte: still an escape sequence
    } else if (c >= 0x30 && c <= 0x7e) {
        m_state = State::Normal;
        if (c == '8' && m_escapePlain) { // DECRC
            o.divert(i + 1);
            o.append(kBoundCursor, sizeof kBoundCursor - 1);
        }
    }
    // Bytes from 0x80 on leave libvterm in its escape state.
}

void LibvtermInputGuard::csi(unsigned char c, qsizetype i, Output &o)
{
    if (m_state == State::CsiLeader) {
        if (c >= 0x3c && c <= 0x3f) { // a private leader such as '?'
            m_csiPlain = false;
            o.keep(i);
            return;
        }
        m_state = State::CsiArgs;
    }
    if (m_state == State::CsiArgs) {
        if (c >= '0' && c <= '9') {
            const long next = (m_argument < 0 ? 0 : m_argument) * 10 + (c - '0');
            if (m_separators > kMaxSeparators || next > kMaxArgument)
                o.divert(i); // dropped: past the last argument, or past the bound
            else {
                m_argument = next;
                o.keep(i);
            }
            return;
        }
        if (c == ';' || c == ':') {
            ++m_separators;
            m_argument = -1;
            if (m_separators > kMaxSeparators)
                o.divert(i);
            else
                o.keep(i);
            return;
        }
        m_state = State::CsiIntermed;
    }
    if (c >= 0x20 && c <= 0x2f) {
        m_csiPlain = false;
        o.keep(i);
        return;
    }
    m_state = State::Normal; // a final byte, or an invalid one that ends the sequence
    if (c == 'b' && m_csiPlain && !m_lastGlyphAscii) {
        o.divert(i);
        o.append(&kCancel, 1);
        return;
    }
    o.keep(i);
}

// A byte of text (the parser's normal state, or the rest of a character).
void LibvtermInputGuard::text(const char *data, qsizetype i, Output &o)
{
    const unsigned char c = static_cast<unsigned char>(data[i]);
    if (m_characterSize > 0) { // a continuation byte it expected
        m_character[m_characterSize++] = char(c);
        m_secondLow = 0x80;
        m_secondHigh = 0xbf;
        if (--m_continuations > 0)
            return;
        const bool c1Control = m_characterSize == 2 && uchar(m_character[0]) == 0xc2 && c < 0xa0;
        if (c1Control) {
            o.divert(m_characterStart >= 0 ? m_characterStart : 0); // dropped
        } else {
            if (o.changed())
                o.append(m_character, m_characterSize);
            m_lastGlyphAscii = false;
        }
        m_characterSize = 0;
        return;
    }
    if (c < 0x80) {
        m_lastGlyphAscii = true;
        o.keep(i);
        return;
    }
    // A lead byte, and what the next bytes must be for a valid character (RFC 3629): no
    // overlong forms, no surrogates, nothing past U+10FFFF.
    m_secondLow = 0x80;
    m_secondHigh = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
        m_continuations = 1;
    } else if (c >= 0xe0 && c <= 0xef) {
        m_continuations = 2;
        if (c == 0xe0)
            m_secondLow = 0xa0;
        else if (c == 0xed)
            m_secondHigh = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        m_continuations = 3;
        if (c == 0xf0)
            m_secondLow = 0x90;
        else if (c == 0xf4)
            m_secondHigh = 0x8f;
    } else { // a stray continuation byte, or a byte no valid character starts with
        o.divert(i);
        o.append(kReplacement, 3);
        m_lastGlyphAscii = false;
        return;
    }
    m_character[0] = char(c);
    m_characterSize = 1;
    m_characterStart = i;
}

// The character being read ends before its last byte: libvterm would show U+FFFD, and gets
// exactly that.
void LibvtermInputGuard::breakCharacter(Output &o)
{
    o.divert(m_characterStart >= 0 ? m_characterStart : 0);
    o.append(kReplacement, 3);
    m_lastGlyphAscii = false;
    m_characterSize = 0;
}

} // namespace initbench
