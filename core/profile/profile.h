#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace initbench {

struct Account {
    QString name;          // "root" for the root account
    QStringList keys;      // OpenSSH public keys
    QString passwordHash;  // crypt(3) hash, never a password
};

// The user's description of one system container, as stored in a profile YAML file.
struct Profile {
    QString name;
    QString distro;   // "debian:bookworm"
    QString init;     // "openrc"
    QString engine;   // docker | podman | nspawn
    QStringList services;
    int sshPort = 0; // host port (127.0.0.1) that reaches the container's sshd; 0: a free one, chosen when it is made
    QString hostname;   // defaults to name
    QString timezone;   // empty: the distro's default (UTC)
    Account root{QStringLiteral("root"), {}, {}};
    QList<Account> users;
    QStringList packages;
    // docker on a cgroup v2 host without user remapping: systemd may have the host's whole
    // cgroup tree, writable. Off unless asked for; the plan says what it gives away.
    bool shareHostCgroups = false;

    QString effectiveHostname() const { return hostname.isEmpty() ? name : hostname; }
};

} // namespace initbench
