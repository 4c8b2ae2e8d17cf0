// Bytes a container prints, and window resizes between them, into the terminal screen model.
// Input: chunks; a 0xff byte followed by two bytes is a resize to (rows, cols).
#include "fuzzsupport.h"
#include "terminal/terminalscreen.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    initbench::TerminalScreen screen(24, 80);
    size_t start = 0;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] != 0xff || i + 2 >= size)
            continue;
        screen.feed(reinterpret_cast<const char *>(data + start), qsizetype(i - start));
        screen.resize(data[i + 1] % 200, data[i + 2]);
        i += 2;
        start = i + 1;
    }
    if (start < size)
        screen.feed(reinterpret_cast<const char *>(data + start), qsizetype(size - start));
    return 0;
}
