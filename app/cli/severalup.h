#pragma once
#include "profile/profile.h"

#include <QList>

namespace initbench {
class Catalog;
}

namespace initbench::cli {

// `initbench up A B C...`: boots the profiles together, each on a thread of its own with its own
// engine session, their output lines prefixed with the container's name; then one line per
// container, ready or why not. Refuses before starting anything when two profiles share a name
// or name the same ssh_port. Returns the exit status: Success only when every one is ready.
int upSeveral(const Catalog &catalog, const QList<Profile> &profiles, bool quiet, int readyTimeoutSeconds);

} // namespace initbench::cli
