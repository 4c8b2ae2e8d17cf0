#pragma once
#include <QString>
#include <QStringList>

namespace initbench {

// Initbench's own SSH identity: an ed25519 key pair made on first use. The private key stays
// in the data folder (mode 0600); the public key goes into every image Initbench builds, so the
// terminal and `initbench ssh` log in without any key of the user's.
class InitbenchKey
{
public:
    explicit InitbenchKey(QString directory = defaultDirectory());
    static QString defaultDirectory(); // data dir/ssh

    QString privateKeyPath() const { return m_directory + QStringLiteral("/id_ed25519"); }
    QString publicKeyPath() const { return privateKeyPath() + QStringLiteral(".pub"); }

    // Makes the pair when it does not exist yet; returns false with a message when it cannot.
    bool ensure(QString *error);
    // "ssh-ed25519 AAAA... initbench", as an authorized_keys line. ensure() first.
    QString publicKeyLine(QString *error) const;
    // For ContainerController::setImageKeys: the default key's public line, made on first use.
    static QStringList imageKeys(QString *error);

private:
    bool generate(QString *error);

    QString m_directory;
};

} // namespace initbench
