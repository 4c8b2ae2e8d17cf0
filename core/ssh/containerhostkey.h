#pragma once
#include "ssh/hostkeypins.h"

#include <QString>

namespace initbench {

// A container's SSH host key, made by Initbench on the host (ed25519, data folder
// hostkeys/NAME/, private key mode 0600) and pinned before the container first boots, so trust
// never starts with the first connection. It reaches the container without passing through an
// image: docker and podman mount it read-only at /etc/ssh/ssh_host_ed25519_key, nspawn trees get
// it written in before their init starts. `rm` deletes it with its pin.
class ContainerHostKey
{
public:
    ContainerHostKey(QString dataDir, QString name);

    static QString privateKeyPath(const QString &dataDir, const QString &name);
    static QString containerPath() { return QStringLiteral("/etc/ssh/ssh_host_ed25519_key"); }

    // Makes the key when there is none yet and pins it under the container's name.
    bool ensurePinned(const QString &pinsPath, QString *error);
    // The private key's bytes, for writing into a tree.
    bool privateKey(QByteArray *out, QString *error) const;
    // Deletes the key and its pin; an absent key is no error.
    bool remove(const QString &pinsPath, QString *error);

private:
    QString directory() const;

    QString m_dataDir;
    QString m_name;
};

} // namespace initbench
