#include "terminalpalette.h"

namespace initbench {

TerminalPalette::TerminalPalette()
{
    // The ANSI colours: a readable set on a dark background (the exact shades are a taste).
    static const QRgb ansi[16] = {0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc, 0x11a8cd, 0xe5e5e5,
                                  0x666666, 0xf14c4c, 0x23d18b, 0xf5f543, 0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff};
    for (int i = 0; i < 16; ++i)
        m_table[i] = QColor::fromRgb(ansi[i]);
    // The cube's levels are 0, 95, 135, 175, 215, 255, as in xterm's 256colres.h.
    auto level = [](int v) { return v == 0 ? 0 : 55 + 40 * v; };
    for (int i = 0; i < 216; ++i)
        m_table[16 + i] = QColor(level(i / 36), level((i / 6) % 6), level(i % 6));
    for (int i = 0; i < 24; ++i)
        m_table[232 + i] = QColor(8 + 10 * i, 8 + 10 * i, 8 + 10 * i);
}

QColor TerminalPalette::foreground(const TerminalStyle &style) const
{
    switch (style.fg.kind) {
    case TerminalColor::Default: return m_defaultFg;
    case TerminalColor::Indexed:
        return indexed(style.has(TerminalStyle::Bold) && style.fg.index() < 8 ? style.fg.index() + 8 : style.fg.index());
    case TerminalColor::Rgb: return QColor(style.fg.r, style.fg.g, style.fg.b);
    }
    return m_defaultFg;
}

QColor TerminalPalette::background(const TerminalStyle &style) const
{
    switch (style.bg.kind) {
    case TerminalColor::Default: return m_defaultBg;
    case TerminalColor::Indexed: return indexed(style.bg.index());
    case TerminalColor::Rgb: return QColor(style.bg.r, style.bg.g, style.bg.b);
    }
    return m_defaultBg;
}

void TerminalPalette::resolve(const TerminalStyle &style, bool screenReversed, QColor *fg, QColor *bg) const
{
    *fg = foreground(style);
    *bg = background(style);
    if (style.has(TerminalStyle::Reverse) != screenReversed)
        std::swap(*fg, *bg);
}

} // namespace initbench
