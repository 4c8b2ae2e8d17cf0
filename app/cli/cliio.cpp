#include "cli/cliio.h"

#include "util/controlescape.h"

#include <cstdio>

namespace initbench::cli {

// Everything the commands print passes here, container text included: no control character
// reaches the user's terminal (the interactive commands, ssh, console and exec, relay bytes
// to a terminal of their own and do not come through here).
void out(const QString &text)
{
    const QByteArray bytes = escapeControls(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = escapeControls(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace initbench::cli
