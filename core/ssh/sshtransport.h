#pragma once
#include "ssh/sshsession.h"
#include "terminal/terminaltransport.h"

#include <QMutex>

#include <atomic>
#include <functional>
#include <optional>
#include <thread>

namespace initbench {

struct SshTransportOptions {
    SshTarget target;
    SshCredentials credentials; // the password hook is called on the transport's worker thread
    QString pinsPath;           // Initbench's known_hosts (HostKeyPins::defaultPath())
    QString command;            // empty: the login shell
    // When set, finds target.port on the worker thread before connecting (asking the engine takes
    // a command run, which must not block the GUI); nullopt ends the session with *error.
    std::function<std::optional<int>(QString *error)> resolvePort;
    bool pty = true;
    int columns = 80;
    int rows = 24;
};

// ITerminalTransport over SshSession. libssh runs in blocking mode on a worker thread of its own
// that polls the socket and a wake-up descriptor; write/resize/close only queue and wake it, so
// the thread that owns the transport (the GUI's) never waits on the network.
class SshTransport : public ITerminalTransport
{
    Q_OBJECT
public:
    explicit SshTransport(SshTransportOptions options, QObject *parent = nullptr);
    ~SshTransport() override;

    Kind kind() const override { return Kind::Ssh; }
    QString label() const override;
    // sshd writes utmp/wtmp for sessions on a pty only.
    bool writesLoginRecord() const override { return m_options.pty; }
    void start() override;
    void write(const QByteArray &data) override;
    void resize(int columns, int rows) override;
    void close() override;

signals:
    // A host key was pinned by this connection (first contact), or refused: for the UI to show.
    void hostKeyPinned(const QString &fingerprint);
    void hostKeyRefused(const QString &warning);

private:
    void run();          // the worker thread
    void wake();
    void report(int status, const QString &reason);

    const SshTransportOptions m_options;
    int m_wakeFd = -1;
    std::thread m_worker;
    QMutex m_mutex; // guards the requests below
    QByteArray m_outgoing;
    int m_columns = 0;
    int m_rows = 0;
    bool m_resizePending = false;
    bool m_closeRequested = false;
    std::atomic_bool m_started{false};
};

} // namespace initbench
