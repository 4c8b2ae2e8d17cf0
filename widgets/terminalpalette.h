#pragma once
#include "terminal/terminalcell.h"

#include <QColor>

namespace initbench {

// Turns the colours a program asked for into RGB: a dark theme for the default colours and the
// 16 ANSI colours, then xterm's 6x6x6 cube (16-231) and grey ramp (232-255).
class TerminalPalette
{
public:
    TerminalPalette();

    QColor defaultForeground() const { return m_defaultFg; }
    QColor defaultBackground() const { return m_defaultBg; }
    QColor indexed(int index) const { return m_table[index & 0xff]; }

    // Bold text in one of the first 8 colours is shown in its bright variant, as xterm does.
    QColor foreground(const TerminalStyle &style) const;
    QColor background(const TerminalStyle &style) const;
    // Foreground and background after reverse video (the cell's and the whole screen's).
    void resolve(const TerminalStyle &style, bool screenReversed, QColor *fg, QColor *bg) const;

private:
    QColor m_table[256];
    QColor m_defaultFg {0xd4, 0xd4, 0xd4};
    QColor m_defaultBg {0x1e, 0x1e, 0x1e};
};

} // namespace initbench
