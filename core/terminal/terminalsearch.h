#pragma once
#include <QString>

namespace initbench {

class TerminalScreen;

// Where a search hit lies: a line as TerminalScreen::lineText() counts them (0 = oldest
// scrollback line) and the character offset and length within that line's text.
struct TerminalMatch {
    int line = -1;
    int start = 0;
    int length = 0;
    bool isValid() const { return line >= 0; }
};

// Finds `needle` in scrollback and screen, starting just before (backwards) or just after the
// given match, or at the bottom (backwards) / top (forwards) when `from` is invalid. Wraps around
// once. Matches do not span lines. An invalid match when there is none or the needle is empty.
TerminalMatch findInTerminal(const TerminalScreen &screen, const QString &needle, TerminalMatch from, bool backwards,
                             Qt::CaseSensitivity cs = Qt::CaseInsensitive);

// The cell column where character `offset` of the line's text starts (wide characters take two).
int terminalColumnOfOffset(const TerminalScreen &screen, int line, int offset);

} // namespace initbench
