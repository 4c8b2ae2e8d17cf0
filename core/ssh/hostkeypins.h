#pragma once
#include <QByteArray>
#include <QString>

namespace initbench {

// A server's public key as it travels: its type ("ssh-ed25519") and its base64 blob.
struct HostKey {
    QString type;
    QByteArray base64;

    bool operator==(const HostKey &) const = default;
    QString fingerprint() const; // "SHA256:..." as OpenSSH prints it
};

// Initbench's own known_hosts: the host key each container showed the first time we connected
// (trust on first use), keyed by container name, or by "[host]:port" for a bare address.
// One line per pin, "NAME TYPE BASE64"; the file is rewritten atomically, so a refused key
// never touches it.
class HostKeyPins
{
public:
    explicit HostKeyPins(QString path);
    static QString defaultPath(); // data dir/ssh/known_hosts

    enum class Verdict { Pinned, Unknown, Changed, Unreadable };
    struct Check {
        Verdict verdict = Verdict::Unknown;
        HostKey pinned;  // for Changed: what we had
        QString error;   // for Unreadable
    };
    Check check(const QString &name, const HostKey &offered) const;
    bool pin(const QString &name, const HostKey &key, QString *error);
    // Drops a pin (a container rebuilt on purpose). Returns false only when the file cannot be written.
    bool forget(const QString &name, QString *error);

    // The message shown when a key changed; never a question the user might answer "yes" to.
    static QString changedWarning(const QString &name, const QString &address, const HostKey &pinned, const HostKey &offered);
    static QString addressName(const QString &host, int port) { return QStringLiteral("[%1]:%2").arg(host).arg(port); }

private:
    struct Entry {
        QString name;
        HostKey key;
    };
    bool load(QList<Entry> *entries, QString *error) const;
    bool save(const QList<Entry> &entries, QString *error) const;

    QString m_path;
};

} // namespace initbench
