#include "ssh/hostkeypins.h"

#include "util/apppaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace initbench {

QString HostKey::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(QByteArray::fromBase64(base64), QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

HostKeyPins::HostKeyPins(QString path) : m_path(std::move(path)) { }

QString HostKeyPins::defaultPath()
{
    return AppPaths::dataDir() + QStringLiteral("/ssh/known_hosts");
}

static bool validName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name)
        if (c.isSpace() || c == QLatin1Char('#'))
            return false;
    return true;
}

bool HostKeyPins::load(QList<Entry> *entries, QString *error) const
{
    QFile f(m_path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the pinned host keys in %1: %2").arg(m_path, f.errorString());
        return false;
    }
    int lineNumber = 0;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // A damaged file must not silently unpin a host: it is an error, not an empty list.
        if (fields.size() != 3 || QByteArray::fromBase64(fields.at(2).toLatin1()).isEmpty()) {
            *error = QStringLiteral("%1:%2: not a pinned host key (expected NAME TYPE BASE64)").arg(m_path).arg(lineNumber);
            return false;
        }
        entries->append({fields.at(0), {fields.at(1), fields.at(2).toLatin1()}});
    }
    return true;
}

bool HostKeyPins::save(const QList<Entry> &entries, QString *error) const
{
    if (!QDir().mkpath(QFileInfo(m_path).path())) {
        *error = QStringLiteral("cannot create %1").arg(QFileInfo(m_path).path());
        return false;
    }
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, f.errorString());
        return false;
    }
    f.write("# Host keys Initbench pinned on first connection: NAME TYPE BASE64. Written by Initbench.\n");
    for (const Entry &e : entries)
        f.write(QStringLiteral("%1 %2 %3\n").arg(e.name, e.key.type, QString::fromLatin1(e.key.base64)).toUtf8());
    if (!f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, f.errorString());
        return false;
    }
    return true;
}

HostKeyPins::Check HostKeyPins::check(const QString &name, const HostKey &offered) const
{
    Check result;
    QList<Entry> entries;
    if (!load(&entries, &result.error)) {
        result.verdict = Verdict::Unreadable;
        return result;
    }
    for (const Entry &e : std::as_const(entries)) {
        if (e.name != name)
            continue;
        result.pinned = e.key;
        result.verdict = e.key == offered ? Verdict::Pinned : Verdict::Changed;
        return result;
    }
    return result;
}

bool HostKeyPins::pin(const QString &name, const HostKey &key, QString *error)
{
    if (!validName(name) || !validName(key.type) || key.base64.isEmpty() || !validName(QString::fromLatin1(key.base64))) {
        *error = QStringLiteral("cannot pin a host key for '%1': bad name or key").arg(name);
        return false;
    }
    QList<Entry> entries;
    if (!load(&entries, error))
        return false;
    for (const Entry &e : std::as_const(entries)) {
        if (e.name == name) {
            *error = QStringLiteral("'%1' already has a pinned host key; forget it first").arg(name);
            return false;
        }
    }
    entries.append({name, key});
    return save(entries, error);
}

bool HostKeyPins::forget(const QString &name, QString *error)
{
    QList<Entry> entries;
    if (!load(&entries, error))
        return false;
    const qsizetype before = entries.size();
    entries.removeIf([&](const Entry &e) { return e.name == name; });
    return entries.size() == before || save(entries, error);
}

QString HostKeyPins::changedWarning(const QString &name, const QString &address, const HostKey &pinned, const HostKey &offered)
{
    return QStringLiteral(
               "WARNING: the host key of %1 (%2) has changed, connection refused.\n"
               "  pinned:  %3 %4\n"
               "  offered: %5 %6\n"
               "Either the container was rebuilt (new host keys), or something else answers on that port.\n"
               "If you rebuilt it, forget the old key: initbench ssh %1 --forget-host-key")
        .arg(name, address, pinned.type, pinned.fingerprint(), offered.type, offered.fingerprint());
}

} // namespace initbench
