// Bytes a container prints, and window resizes between them, into the terminal screen model.
// Input: chunks; a 0xff byte followed by two bytes is a resize to (rows, cols).
#include "fuzzsupport.h"
#include "terminal/terminalscreen.h"

#include <cstdlib>

namespace {

// libvterm is Debian's uninstrumented build: ASan does not see it write outside the screen. A
// cursor outside the screen is where such writes start (a C1 control as UTF-8 put it at
// column -2), so it counts as a crash.
void checkCursor(const initbench::TerminalScreen &screen)
{
    const auto cursor = screen.cursor();
    if (cursor.row < 0 || cursor.row >= screen.rows() || cursor.col < 0 || cursor.col >= screen.cols())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    initbench::TerminalScreen screen(24, 80);
    size_t start = 0;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] != 0xff || i + 2 >= size)
            continue;
        screen.feed(reinterpret_cast<const char *>(data + start), qsizetype(i - start));
        checkCursor(screen);
        screen.resize(data[i + 1] % 200, data[i + 2]);
        i += 2;
        start = i + 1;
    }
    if (start < size)
        screen.feed(reinterpret_cast<const char *>(data + start), qsizetype(size - start));
    checkCursor(screen);
    return 0;
}
