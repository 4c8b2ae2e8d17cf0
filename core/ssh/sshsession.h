#pragma once
#include "ssh/hostkeypins.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

// libssh's handles, without its header in ours.
struct ssh_session_struct;
struct ssh_channel_struct;

namespace initbench {

struct SshTarget {
    QString host = QStringLiteral("127.0.0.1");
    int port = 22;
    QString user = QStringLiteral("root");
    QString pinName; // the container's name; empty: pinned as "[host]:port"
    int timeoutSeconds = 15;

    QString address() const { return QStringLiteral("%1:%2").arg(host).arg(port); }
    QString effectivePinName() const { return pinName.isEmpty() ? HostKeyPins::addressName(host, port) : pinName; }
};

struct SshCredentials {
    QString privateKeyPath; // Initbench's key; empty: no key login
    // Asked only when the key is refused and the server takes passwords. Runs on the session's
    // thread; nullopt gives up. Unset: no password login.
    std::function<std::optional<QString>(const QString &prompt)> password;
    int passwordAttempts = 3;
};

// One SSH connection and one channel over libssh, in blocking mode with timeouts: it belongs on
// a worker thread (SshTransport) or in the command line tool, never on the GUI thread.
// Reading is non-blocking, so a caller polls socket() together with its own descriptors.
class SshSession
{
public:
    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects, checks the server's host key against pins (pinning it on first contact, refusing a
    // changed one), then logs in with the key, else with a password.
    bool connect(const SshTarget &target, HostKeyPins &pins, const SshCredentials &credentials);
    // A channel running command (empty: the login shell), on a pty of the given size when pty is set.
    bool open(const QString &command, bool pty, int columns, int rows, const QString &term = QStringLiteral("xterm-256color"));

    int socket() const;
    enum class ReadState { Open, Ended, Failed };
    // Takes what has arrived, without waiting. Ended: the remote side sent EOF and all is read.
    ReadState read(QByteArray *out, QByteArray *errorOut);
    bool write(const QByteArray &data);
    bool resize(int columns, int rows);
    void sendEof();
    // After Ended: the remote command's exit status (waits briefly for it), -1 when none came.
    int exitStatus();
    void disconnect();

    QString error() const { return m_error; }
    bool hostKeyRefused() const { return m_hostKeyRefused; }
    HostKey serverKey() const { return m_serverKey; }
    bool keyPinnedNow() const { return m_pinnedNow; } // this connection pinned a new host key

private:
    bool fail(const QString &message);
    QString libsshError() const;
    bool checkHostKey(const SshTarget &target, HostKeyPins &pins);
    bool authenticate(const SshCredentials &credentials);

    ssh_session_struct *m_session = nullptr;
    ssh_channel_struct *m_channel = nullptr;
    QString m_error;
    bool m_hostKeyRefused = false;
    bool m_pinnedNow = false;
    HostKey m_serverKey;
};

} // namespace initbench
