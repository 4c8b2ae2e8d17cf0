#pragma once
#include <QByteArray>

#include <optional>

namespace initbench {

// Where a container's sshd answers on this machine. docker and podman publish port 22 on a host
// port (`ENGINE port NAME 22/tcp` says which); under nspawn sshd itself listens on the profile's
// port, written into the tree's sshd configuration.

// `docker port NAME 22/tcp` output ("127.0.0.1:2222", maybe "[::]:2222" too): the port, if any.
std::optional<int> parsePublishedPort(const QByteArray &output);
// An sshd_config (drop-in): the first "Port N".
std::optional<int> parseSshdPort(const QByteArray &config);

} // namespace initbench
