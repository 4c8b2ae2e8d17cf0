#include "ssh/initbenchkey.h"

#include "util/apppaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace initbench {

namespace {

// Frees what libssh allocates, whichever way a function leaves.
struct KeyHolder {
    ssh_key key = nullptr;
    ~KeyHolder() { ssh_key_free(key); }
};
struct StringHolder {
    char *text = nullptr;
    ~StringHolder() { ssh_string_free_char(text); }
};

QString systemError() { return QString::fromLocal8Bit(::strerror(errno)); }

// Created with its final mode (never briefly readable by others) and renamed into place, so a
// crash leaves either no key or a whole one.
bool writePrivate(const QString &path, const QByteArray &content, mode_t mode, QString *error)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        *error = QStringLiteral("cannot create %1: %2").arg(QFile::decodeName(temporary), systemError());
        return false;
    }
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const bool ok = written == content.size() && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(temporary.constData(), target.constData()) != 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, systemError());
        ::unlink(temporary.constData());
        return false;
    }
    return true;
}

} // namespace

InitbenchKey::InitbenchKey(QString directory) : m_directory(std::move(directory)) { }

QString InitbenchKey::defaultDirectory()
{
    return AppPaths::dataDir() + QStringLiteral("/ssh");
}

namespace {

// Several operations start at once (ten boots from the window, `up A B C`, another initbench):
// the first makes the key while the others wait, so no two write halves of different keys.
// An flock on the folder's lock file: each caller opens the file itself, and flock treats
// separate opens as separate holders, so threads of this process wait as other processes do.
class KeyFolderLock
{
public:
    explicit KeyFolderLock(const QString &directory)
    {
        if (QDir().mkpath(directory))
            m_fd = ::open(QFile::encodeName(directory + QStringLiteral("/.lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0)
            ::flock(m_fd, LOCK_EX);
    }
    ~KeyFolderLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the flock
    }
    KeyFolderLock(const KeyFolderLock &) = delete;
    KeyFolderLock &operator=(const KeyFolderLock &) = delete;

private:
    int m_fd = -1;
};

} // namespace

bool InitbenchKey::ensure(QString *error)
{
    const KeyFolderLock lock(m_directory);
    const QFileInfo key(privateKeyPath());
    if (!key.exists())
        return generate(error);
    // OpenSSH would refuse a key others can read; we tighten it rather than fail later.
    if (key.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) {
        if (::chmod(QFile::encodeName(privateKeyPath()).constData(), 0600) != 0) {
            *error = QStringLiteral("%1 is readable by others and cannot be made private: %2").arg(privateKeyPath(), systemError());
            return false;
        }
    }
    if (!QFileInfo::exists(publicKeyPath())) {
        // The public half is derived from the private key: rewrite it.
        KeyHolder k;
        if (ssh_pki_import_privkey_file(QFile::encodeName(privateKeyPath()).constData(), nullptr, nullptr, nullptr, &k.key) != SSH_OK) {
            *error = QStringLiteral("%1 is not a private key libssh can read").arg(privateKeyPath());
            return false;
        }
        StringHolder b64;
        if (ssh_pki_export_pubkey_base64(k.key, &b64.text) != SSH_OK) {
            *error = QStringLiteral("cannot derive the public key of %1").arg(privateKeyPath());
            return false;
        }
        const QByteArray line = QByteArray(ssh_key_type_to_char(ssh_key_type(k.key))) + ' ' + b64.text + " initbench\n";
        return writePrivate(publicKeyPath(), line, 0644, error);
    }
    return true;
}

bool InitbenchKey::generate(QString *error)
{
    if (!QDir().mkpath(m_directory) || ::chmod(QFile::encodeName(m_directory).constData(), 0700) != 0) {
        *error = QStringLiteral("cannot create the key folder %1: %2").arg(m_directory, systemError());
        return false;
    }
    KeyHolder k;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &k.key) != SSH_OK) {
        *error = QStringLiteral("libssh could not generate an ed25519 key");
        return false;
    }
    StringHolder privateText;
    StringHolder publicText;
    if (ssh_pki_export_privkey_base64(k.key, nullptr, nullptr, nullptr, &privateText.text) != SSH_OK
        || ssh_pki_export_pubkey_base64(k.key, &publicText.text) != SSH_OK) {
        *error = QStringLiteral("libssh could not export the new key");
        return false;
    }
    const QByteArray publicLine = QByteArray("ssh-ed25519 ") + publicText.text + " initbench\n";
    return writePrivate(publicKeyPath(), publicLine, 0644, error)
        && writePrivate(privateKeyPath(), QByteArray(privateText.text), 0600, error);
}

QString InitbenchKey::publicKeyLine(QString *error) const
{
    QFile f(publicKeyPath());
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(publicKeyPath(), f.errorString());
        return {};
    }
    const QString line = QString::fromUtf8(f.readAll()).trimmed();
    if (!line.startsWith(QLatin1String("ssh-ed25519 "))) {
        *error = QStringLiteral("%1 is not an ed25519 public key").arg(publicKeyPath());
        return {};
    }
    return line;
}

QStringList InitbenchKey::imageKeys(QString *error)
{
    InitbenchKey key;
    if (!key.ensure(error))
        return {};
    const QString line = key.publicKeyLine(error);
    return line.isEmpty() ? QStringList() : QStringList{line};
}

} // namespace initbench
