#include "ssh/sshsession.h"

#include <QFile>
#include <QLoggingCategory>

#include <libssh/libssh.h>

Q_LOGGING_CATEGORY(lcSsh, "initbench.ssh", QtInfoMsg)

namespace initbench {

SshSession::SshSession() : m_session(ssh_new()) { }

SshSession::~SshSession()
{
    disconnect();
    ssh_free(m_session);
}

bool SshSession::fail(const QString &message)
{
    m_error = message;
    qCDebug(lcSsh) << message;
    return false;
}

QString SshSession::libsshError() const
{
    return QString::fromUtf8(ssh_get_error(m_session));
}

bool SshSession::connect(const SshTarget &target, HostKeyPins &pins, const SshCredentials &credentials)
{
    if (!m_session)
        return fail(QStringLiteral("libssh could not create a session"));
    if (target.port < 1 || target.port > 65535)
        return fail(QStringLiteral("%1 is not a TCP port").arg(target.port));
    const QByteArray host = target.host.toUtf8();
    const QByteArray user = target.user.toUtf8();
    const unsigned int port = unsigned(target.port);
    const long timeout = target.timeoutSeconds;
    const bool no = false;
    // Initbench's own pins decide about host keys: the user's ~/.ssh (config, known_hosts) stays
    // out of it, so the same container behaves the same for every user.
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    if (ssh_connect(m_session) != SSH_OK)
        return fail(QStringLiteral("cannot connect to %1: %2").arg(target.address(), libsshError()));
    return checkHostKey(target, pins) && authenticate(credentials);
}

bool SshSession::checkHostKey(const SshTarget &target, HostKeyPins &pins)
{
    ssh_key key = nullptr;
    char *base64 = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK || ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK) {
        ssh_key_free(key);
        return fail(QStringLiteral("%1 sent no usable host key: %2").arg(target.address(), libsshError()));
    }
    m_serverKey = {QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key))), QByteArray(base64)};
    ssh_string_free_char(base64);
    ssh_key_free(key);

    const QString name = target.effectivePinName();
    const HostKeyPins::Check check = pins.check(name, m_serverKey);
    switch (check.verdict) {
    case HostKeyPins::Verdict::Pinned:
        return true;
    case HostKeyPins::Verdict::Unknown: {
        QString error;
        if (!pins.pin(name, m_serverKey, &error))
            return fail(error);
        m_pinnedNow = true;
        return true;
    }
    case HostKeyPins::Verdict::Changed:
        m_hostKeyRefused = true;
        disconnect();
        return fail(HostKeyPins::changedWarning(name, target.address(), check.pinned, m_serverKey));
    case HostKeyPins::Verdict::Unreadable:
        break;
    }
    disconnect();
    return fail(check.error);
}

bool SshSession::authenticate(const SshCredentials &credentials)
{
    // "none" first: it returns the methods the server accepts.
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR)
        return fail(QStringLiteral("authentication failed: %1").arg(libsshError()));
    const int methods = ssh_userauth_list(m_session, nullptr);
    QString keyOutcome;
    if (!credentials.privateKeyPath.isEmpty() && (methods & SSH_AUTH_METHOD_PUBLICKEY)) {
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(QFile::encodeName(credentials.privateKeyPath).constData(), nullptr, nullptr, nullptr, &key) != SSH_OK) {
            keyOutcome = QStringLiteral("the key %1 cannot be read").arg(credentials.privateKeyPath);
        } else {
            rc = ssh_userauth_publickey(m_session, nullptr, key);
            ssh_key_free(key);
            if (rc == SSH_AUTH_SUCCESS)
                return true;
            if (rc == SSH_AUTH_ERROR)
                return fail(QStringLiteral("authentication failed: %1").arg(libsshError()));
            keyOutcome = QStringLiteral("the server refused Initbench's key %1").arg(credentials.privateKeyPath);
        }
    } else if (!credentials.privateKeyPath.isEmpty()) {
        keyOutcome = QStringLiteral("the server takes no key logins");
    }
    if (credentials.password && (methods & SSH_AUTH_METHOD_PASSWORD)) {
        for (int attempt = 0; attempt < credentials.passwordAttempts; ++attempt) {
            const std::optional<QString> password = credentials.password(
                attempt == 0 ? QStringLiteral("Password: ") : QStringLiteral("Wrong password, try again: "));
            if (!password)
                return fail(QStringLiteral("login cancelled") + (keyOutcome.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(keyOutcome)));
            rc = ssh_userauth_password(m_session, nullptr, password->toUtf8().constData());
            if (rc == SSH_AUTH_SUCCESS)
                return true;
            if (rc == SSH_AUTH_ERROR)
                return fail(QStringLiteral("authentication failed: %1").arg(libsshError()));
        }
        return fail(QStringLiteral("wrong password %1 times").arg(credentials.passwordAttempts));
    }
    QString message = QStringLiteral("login refused");
    if (!keyOutcome.isEmpty())
        message += QStringLiteral(": ") + keyOutcome;
    if (!(methods & SSH_AUTH_METHOD_PASSWORD))
        message += QStringLiteral(", and it takes no passwords");
    else if (!credentials.password)
        message += QStringLiteral(", and no password can be asked for here");
    return fail(message);
}

bool SshSession::open(const QString &command, bool pty, int columns, int rows, const QString &term)
{
    if (!m_session || !ssh_is_connected(m_session))
        return fail(QStringLiteral("not connected"));
    m_channel = ssh_channel_new(m_session);
    if (!m_channel || ssh_channel_open_session(m_channel) != SSH_OK)
        return fail(QStringLiteral("cannot open a channel: %1").arg(libsshError()));
    if (pty && ssh_channel_request_pty_size(m_channel, term.toLatin1().constData(), qMax(1, columns), qMax(1, rows)) != SSH_OK)
        return fail(QStringLiteral("the server refused a terminal: %1").arg(libsshError()));
    const int rc = command.isEmpty() ? ssh_channel_request_shell(m_channel)
                                     : ssh_channel_request_exec(m_channel, command.toUtf8().constData());
    if (rc != SSH_OK)
        return fail(QStringLiteral("the server refused to run %1: %2")
                        .arg(command.isEmpty() ? QStringLiteral("a shell") : command, libsshError()));
    return true;
}

int SshSession::socket() const
{
    return m_session ? ssh_get_fd(m_session) : -1;
}

SshSession::ReadState SshSession::read(QByteArray *out, QByteArray *errorOut)
{
    if (!m_channel)
        return ReadState::Failed;
    char buffer[16384];
    // At most this much per stream per call: a container that prints without pause still lets
    // the pump send keys, resizes and a close between rounds, and never fills memory at once.
    const qsizetype kMaxPerRound = 1 << 20;
    for (int stream = 0; stream < 2; ++stream) {
        QByteArray *target = stream == 0 ? out : errorOut;
        while (target->size() < kMaxPerRound) {
            const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, stream);
            if (n > 0) {
                target->append(buffer, n);
                continue;
            }
            if (n == SSH_ERROR) {
                fail(QStringLiteral("the connection broke: %1").arg(libsshError()));
                return ReadState::Failed;
            }
            break; // 0: nothing more now; SSH_EOF: nothing more ever on this stream
        }
    }
    // Cut short with more waiting: the rest comes next round, end of file or not.
    if (out->size() >= kMaxPerRound || errorOut->size() >= kMaxPerRound)
        return ReadState::Open;
    if (ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel))
        return ReadState::Ended;
    if (!ssh_is_connected(m_session)) {
        fail(QStringLiteral("the connection was closed"));
        return ReadState::Failed;
    }
    return ReadState::Open;
}

bool SshSession::write(const QByteArray &data)
{
    qsizetype done = 0;
    while (m_channel && done < data.size()) {
        const int n = ssh_channel_write(m_channel, data.constData() + done, uint32_t(data.size() - done));
        if (n == SSH_ERROR)
            return fail(QStringLiteral("cannot send: %1").arg(libsshError()));
        done += n;
    }
    return m_channel != nullptr;
}

bool SshSession::resize(int columns, int rows)
{
    if (!m_channel || ssh_channel_change_pty_size(m_channel, qMax(1, columns), qMax(1, rows)) != SSH_OK)
        return fail(QStringLiteral("cannot resize the terminal: %1").arg(libsshError()));
    return true;
}

void SshSession::sendEof()
{
    if (m_channel && ssh_channel_is_open(m_channel))
        ssh_channel_send_eof(m_channel);
}

int SshSession::exitStatus()
{
    if (!m_channel)
        return -1;
    const int status = ssh_channel_get_exit_status(m_channel);
    return status < 0 ? -1 : status;
}

void SshSession::disconnect()
{
    if (m_channel) {
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
    if (m_session && ssh_is_connected(m_session))
        ssh_disconnect(m_session);
}

} // namespace initbench
