#include "terminal/terminalsearch.h"
#include "terminal/terminalscreen.h"

namespace initbench {

TerminalMatch findInTerminal(const TerminalScreen &screen, const QString &needle, TerminalMatch from, bool backwards,
                             Qt::CaseSensitivity cs)
{
    const int lines = screen.lineCount();
    if (needle.isEmpty() || lines == 0)
        return {};
    int line = from.isValid() ? qMin(from.line, lines - 1) : (backwards ? lines - 1 : 0);
    // The first line is searched only on the far side of the previous hit; the last step of the
    // loop comes back to it for the near side, which is what wrapping around means.
    for (int step = 0; step <= lines; ++step) {
        const QString text = screen.lineText(line);
        qsizetype at = -1;
        if (backwards) {
            const qsizetype limit = step == 0 && from.isValid() ? from.start - 1 : text.size();
            at = limit < 0 ? -1 : text.lastIndexOf(needle, limit, cs);
        } else {
            const qsizetype startAt = step == 0 && from.isValid() ? from.start + 1 : 0;
            at = text.indexOf(needle, startAt, cs);
        }
        if (at >= 0)
            return {line, int(at), int(needle.size())};
        line = backwards ? (line - 1 + lines) % lines : (line + 1) % lines;
    }
    return {};
}

int terminalColumnOfOffset(const TerminalScreen &screen, int line, int offset)
{
    int chars = 0;
    for (int col = 0; col < screen.cols(); ++col) {
        const TerminalCell c = screen.lineCell(line, col);
        if (c.width == 0)
            continue;
        if (chars >= offset)
            return col;
        chars += int(c.text().size());
    }
    return screen.cols();
}

} // namespace initbench
