#pragma once
#include <QString>

#include <optional>

namespace initbench {

class ContainerController;
class ICommandRunner;

// The host port that reaches a running container's sshd, asked of its engine (`ENGINE port NAME
// 22/tcp`) or read from the nspawn tree's sshd configuration. Runs engine commands: call it from
// a worker thread (the SSH transport's) or the command line, never from the GUI thread.
// On failure *error says why, ready for the user ("'demo' is not running; ...").
std::optional<int> findSshPort(ContainerController &controller, ICommandRunner &runner, const QString &name,
                               const QString &engineHint, QString *error);

} // namespace initbench
