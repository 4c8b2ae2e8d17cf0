// The data folder is closed to other users and is never someone else's or a link.
#include "util/apppaths.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace initbench;

static mode_t modeOf(const QString &path)
{
    struct stat st {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 0777;
}

class TstAppPaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aNewDataFolderIsMadeClosed()
    {
        qputenv("INITBENCH_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
        QCOMPARE(AppPaths::secureDataDir(), QString());
        QCOMPARE(modeOf(AppPaths::dataDir()), mode_t(0700));
        QCOMPARE(modeOf(AppPaths::dataDir() + QStringLiteral("/machines")), mode_t(0700));
    }

    void anOpenOneIsClosed()
    {
        const QString path = m_dir.filePath(QStringLiteral("open"));
        QVERIFY(QDir().mkpath(path));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0755), 0);
        QCOMPARE(AppPaths::secureFolder(path), QString());
        QCOMPARE(modeOf(path), mode_t(0700));
    }

    void aLinkIsRefused()
    {
        const QString target = m_dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(target));
        const QString link = m_dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(AppPaths::secureFolder(link).contains(QLatin1String("not a folder")));
    }

    void anotherUsersFolderIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("giving a folder to another user needs root (CI runs as root)");
        const QString path = m_dir.filePath(QStringLiteral("theirs"));
        QVERIFY(QDir().mkpath(path));
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        QVERIFY(AppPaths::secureFolder(path).contains(QLatin1String("belongs to user 65534")));
    }
};

QTEST_GUILESS_MAIN(TstAppPaths)
#include "tst_apppaths.moc"
