#pragma once
#include <QStringList>

namespace initbench::cli {

// initbench ssh NAME [-t] [-- CMD...]: Initbench's own SSH client (libssh) into a container.
int runSsh(const QStringList &arguments);

} // namespace initbench::cli
