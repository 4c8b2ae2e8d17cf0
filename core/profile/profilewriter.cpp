#include "profile/profilewriter.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace initbench {

static std::string s(const QString &text) { return text.toStdString(); }

static void emitList(YAML::Emitter &out, const char *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const QString &v : values)
        out << s(v);
    out << YAML::EndSeq;
}

static void emitAccountBody(YAML::Emitter &out, const Account &a)
{
    emitList(out, "keys", a.keys);
    if (!a.passwordHash.isEmpty())
        out << YAML::Key << "password_hash" << YAML::Value << YAML::SingleQuoted << s(a.passwordHash);
}

QByteArray serializeProfile(const Profile &p)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << s(p.name);
    out << YAML::Key << "distro" << YAML::Value << s(p.distro);
    out << YAML::Key << "init" << YAML::Value << s(p.init);
    out << YAML::Key << "engine" << YAML::Value << s(p.engine);
    out << YAML::Key << "services" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &v : p.services)
        out << s(v);
    out << YAML::EndSeq;
    if (p.sshPort != 0) // none: a free port is chosen when the container is made
        out << YAML::Key << "ssh_port" << YAML::Value << p.sshPort;
    if (!p.hostname.isEmpty())
        out << YAML::Key << "hostname" << YAML::Value << s(p.hostname);
    if (!p.timezone.isEmpty())
        out << YAML::Key << "timezone" << YAML::Value << s(p.timezone);
    if (!p.root.keys.isEmpty() || !p.root.passwordHash.isEmpty()) {
        out << YAML::Key << "root" << YAML::Value << YAML::BeginMap;
        emitAccountBody(out, p.root);
        out << YAML::EndMap;
    }
    if (!p.users.isEmpty()) {
        out << YAML::Key << "users" << YAML::Value << YAML::BeginSeq;
        for (const Account &a : p.users) {
            out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << s(a.name);
            emitAccountBody(out, a);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    emitList(out, "packages", p.packages);
    if (p.shareHostCgroups)
        out << YAML::Key << "share_host_cgroups" << YAML::Value << true;
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

QString saveProfile(const QString &path, const Profile &profile)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    // A password hash can be cracked offline: such a profile is readable by its owner only,
    // from before its first byte is written.
    bool holdsHash = !profile.root.passwordHash.isEmpty();
    for (const Account &a : profile.users)
        holdsHash = holdsHash || !a.passwordHash.isEmpty();
    if (holdsHash && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return QStringLiteral("cannot make %1 private: %2").arg(path, file.errorString());
    file.write(serializeProfile(profile));
    if (!file.commit())
        return QStringLiteral("cannot save %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace initbench
