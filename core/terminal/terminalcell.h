#pragma once
#include <QString>
#include <QtGlobal>

namespace initbench {

// A cell colour as the program asked for it: the terminal's default, an index into the 256-colour
// palette (0-15 are the themeable ANSI colours), or true colour. The view decides the actual RGB.
struct TerminalColor {
    enum Kind : quint8 { Default, Indexed, Rgb };
    Kind kind = Default;
    quint8 r = 0, g = 0, b = 0; // r holds the index when Indexed

    static TerminalColor indexed(int index) { return {Indexed, quint8(index), 0, 0}; }
    static TerminalColor rgb(int red, int green, int blue) { return {Rgb, quint8(red), quint8(green), quint8(blue)}; }
    int index() const { return r; }
    friend bool operator==(const TerminalColor &, const TerminalColor &) = default;
};

struct TerminalStyle {
    enum Flag : quint8 {
        Bold = 1,
        Italic = 2,
        Underline = 4,
        Reverse = 8,
        Strike = 16,
        Blink = 32,
        DoubleUnderline = 64, // with Underline; also stands for curly underlines
    };
    TerminalColor fg, bg;
    quint8 flags = 0;

    bool has(Flag f) const { return flags & f; }
    friend bool operator==(const TerminalStyle &, const TerminalStyle &) = default;
};

// One character cell. A wide (CJK) character takes two cells: the first has width 2 and the
// character, the second width 0 and no character.
struct TerminalCell {
    char32_t ch = 0;    // 0: nothing was written here (paints as a space)
    QString combining;  // combining marks after ch, usually empty (costs no allocation then)
    quint8 width = 1;
    TerminalStyle style;

    QString text() const
    {
        if (ch == 0)
            return width == 0 ? QString() : QStringLiteral(" ");
        return QString::fromUcs4(&ch, 1) + combining;
    }
};

// A cell without its combining marks, 16 bytes and no QString: what the scrollback stores and
// what painting reads a row at a time. `combining` says marks exist (TerminalScreen::lineCell
// has them).
struct TerminalCompactCell {
    char32_t ch = 0;
    quint8 width = 1;
    quint8 flags = 0;
    bool combining = false;
    TerminalColor fg, bg;

    TerminalStyle style() const { return {fg, bg, flags}; }
    bool sameStyle(const TerminalCompactCell &o) const { return flags == o.flags && fg == o.fg && bg == o.bg; }
};

} // namespace initbench
