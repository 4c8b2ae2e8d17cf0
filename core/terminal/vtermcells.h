#pragma once
// Conversions between libvterm's cells and Initbench's. Internal to core: it includes <vterm.h>,
// which only core links.
#include "terminal/terminalcell.h"

#include <vterm.h>

namespace initbench {

// libvterm marks the second half of a wide character with this in chars[0].
constexpr uint32_t kVTermWideContinuation = 0xffffffffu;

// Runs for every line that scrolls off (a million for 64 MiB of output) and every cell painted.
void packVTermCell(const VTermScreenCell &c, TerminalCompactCell &out);
QString vtermCombiningMarks(const VTermScreenCell &c); // marks after the first character, usually none
TerminalCell toTerminalCell(const VTermScreenCell &c);

// Back into libvterm's form, for lines libvterm pulls back from the scrollback on a resize.
// Default colours are libvterm's own (they carry its "default" flags).
void unpackVTermCell(const TerminalCompactCell &p, const VTermColor &defaultFg, const VTermColor &defaultBg,
                     VTermScreenCell &out);

VTermModifier toVTermModifier(Qt::KeyboardModifiers mods);

} // namespace initbench
