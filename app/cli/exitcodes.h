#pragma once

namespace initbench::cli {

// Exit statuses of every subcommand, as documented in README.
enum ExitCode : int {
    Success = 0,
    RuntimeFailure = 1, // the command was fine but something failed while doing it
    UsageError = 2,     // bad arguments, or a profile that does not validate; nothing was changed
};

} // namespace initbench::cli
