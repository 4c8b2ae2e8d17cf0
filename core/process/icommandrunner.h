#pragma once
#include "process/commandline.h"
#include "process/commandresult.h"

#include <functional>

namespace initbench {

// Runs commands. The only place Initbench starts processes (besides the pty transport), so
// tests swap in a fake fed with captured real output. run() blocks the calling thread: the GUI
// calls it from a worker thread, never from its own.
class ICommandRunner
{
public:
    using LineHandler = std::function<void(const QString &line)>;

    virtual ~ICommandRunner() = default;
    // Runs command with a timeout in milliseconds. onLine, when set, receives every complete
    // line of stdout and stderr as it arrives (for live build logs); the result still holds all
    // of the output. input, when not empty, is written to the command's stdin, which is then closed.
    virtual CommandResult run(const CommandLine &command, int timeoutMs, const LineHandler &onLine = {},
                              const QByteArray &input = {}) = 0;
    // Asks a running command (from another thread) to stop; it then ends as Cancelled.
    virtual void cancel() = 0;
};

} // namespace initbench
