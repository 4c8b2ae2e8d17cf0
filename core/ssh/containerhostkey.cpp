#include "ssh/containerhostkey.h"

#include "ssh/initbenchkey.h"

#include <QDir>
#include <QFile>

namespace initbench {

ContainerHostKey::ContainerHostKey(QString dataDir, QString name) : m_dataDir(std::move(dataDir)), m_name(std::move(name)) { }

QString ContainerHostKey::directory() const
{
    return m_dataDir + QStringLiteral("/hostkeys/") + m_name;
}

QString ContainerHostKey::privateKeyPath(const QString &dataDir, const QString &name)
{
    return InitbenchKey(ContainerHostKey(dataDir, name).directory()).privateKeyPath();
}

bool ContainerHostKey::ensurePinned(const QString &pinsPath, QString *error)
{
    // The same kind of pair as Initbench's own login key, in a folder of its own.
    InitbenchKey pair(directory());
    if (!pair.ensure(error))
        return false;
    const QString line = pair.publicKeyLine(error);
    if (line.isEmpty())
        return false;
    const HostKey made{QStringLiteral("ssh-ed25519"), line.section(QLatin1Char(' '), 1, 1).toLatin1()};
    HostKeyPins pins(pinsPath);
    const HostKeyPins::Check check = pins.check(m_name, made);
    switch (check.verdict) {
    case HostKeyPins::Verdict::Pinned:
        return true;
    case HostKeyPins::Verdict::Unreadable:
        *error = check.error;
        return false;
    case HostKeyPins::Verdict::Changed:
        // A pin from an earlier container of this name: this one is Initbench's to replace,
        // since only a container Initbench creates gets here.
        if (!pins.forget(m_name, error))
            return false;
        [[fallthrough]];
    case HostKeyPins::Verdict::Unknown:
        break;
    }
    return pins.pin(m_name, made, error);
}

bool ContainerHostKey::privateKey(QByteArray *out, QString *error) const
{
    QFile f(privateKeyPath(m_dataDir, m_name));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the host key %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    *out = f.read(64 * 1024);
    return true;
}

bool ContainerHostKey::remove(const QString &pinsPath, QString *error)
{
    if (!HostKeyPins(pinsPath).forget(m_name, error))
        return false;
    QDir dir(directory());
    if (dir.exists() && !dir.removeRecursively()) {
        *error = QStringLiteral("cannot remove %1").arg(directory());
        return false;
    }
    return true;
}

} // namespace initbench
