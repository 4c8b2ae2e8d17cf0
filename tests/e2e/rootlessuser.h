#pragma once
// The user a rootless row runs Initbench as. Run as root (CI), the row switches to a throwaway
// user that scripts/start-engines prepares (INITBENCH_E2E_ROOTLESS_USER, default ibrootless:
// subordinate IDs, /run/user/UID) with runuser; run by anyone else, it stays that user, who is
// rootless already.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <pwd.h>
#include <unistd.h>

namespace e2e {

class RootlessUser
{
public:
    // Empty name() when the user does not exist (why() says so).
    static RootlessUser find()
    {
        RootlessUser u;
        const QByteArray wanted = ::geteuid() == 0 ? qgetenv("INITBENCH_E2E_ROOTLESS_USER") : QByteArray();
        const passwd *pw = ::geteuid() != 0 ? ::getpwuid(::geteuid())
                                            : ::getpwnam(wanted.isEmpty() ? "ibrootless" : wanted.constData());
        if (!pw) {
            u.m_why = QStringLiteral("the user %1 does not exist (scripts/start-engines makes it)")
                          .arg(wanted.isEmpty() ? QStringLiteral("ibrootless") : QString::fromLocal8Bit(wanted));
            return u;
        }
        u.m_name = QString::fromLocal8Bit(pw->pw_name);
        u.m_uid = pw->pw_uid;
        u.m_gid = pw->pw_gid;
        u.m_home = QString::fromLocal8Bit(pw->pw_dir);
        u.m_switch = ::geteuid() == 0;
        u.m_runtimeDir = u.m_switch ? QStringLiteral("/run/user/%1").arg(pw->pw_uid) : qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (u.m_switch && !QFileInfo(u.m_runtimeDir).isDir())
            u.m_why = QStringLiteral("%1 has no %2 (scripts/start-engines makes it)").arg(u.m_name, u.m_runtimeDir);
        return u;
    }

    bool usable() const { return !m_name.isEmpty() && m_why.isEmpty(); }
    QString why() const { return m_why; }
    QString name() const { return m_name; }
    QString home() const { return m_home; }

    // Starts program as this user, in its home, with the given INITBENCH_HOME.
    void start(QProcess &p, const QString &program, const QStringList &args, const QString &initbenchHome) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!initbenchHome.isEmpty())
            env.insert(QStringLiteral("INITBENCH_HOME"), initbenchHome);
        if (!m_runtimeDir.isEmpty())
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir);
        p.setProcessEnvironment(env);
        // The test's own folders may be closed to the user; podman wants a working directory it can enter.
        p.setWorkingDirectory(m_home);
        if (m_switch)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_name, QStringLiteral("--"), program} + args);
        else
            p.start(program, args);
    }

    // A folder or file made by root for the user becomes the user's.
    bool give(const QString &path) const { return !m_switch || ::chown(QFile::encodeName(path).constData(), m_uid, m_gid) == 0; }

    // Makes dir (and its parents under the user's home) owned by the user.
    bool makeDir(const QString &dir) const
    {
        if (!QDir().mkpath(dir))
            return false;
        for (QString d = dir; d.startsWith(m_home + QLatin1Char('/')); d = QFileInfo(d).path())
            if (!give(d))
                return false;
        return true;
    }

private:
    QString m_name, m_home, m_runtimeDir, m_why;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_switch = false;
};

} // namespace e2e
