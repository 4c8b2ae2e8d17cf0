// SafeWrite into a directory laid out as a hostile container's root: its /etc/ssh a link to a
// folder outside the tree, the target a link to a file outside, a leftover temporary file.
#include "engine/access/safewrite.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace initbench;

class TstSafeWrite : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
    }

private slots:
    void writesInsideTheTreeWithItsRootsOwner()
    {
        QTemporaryDir tree;
        QVERIFY(QDir().mkpath(tree.filePath(QStringLiteral("etc/ssh"))));
        QCOMPARE(SafeWrite::file(tree.path(), QStringLiteral("/etc/ssh/key"), "secret\n", 0600), QString());
        const QString written = tree.filePath(QStringLiteral("etc/ssh/key"));
        QCOMPARE(read(written), QByteArray("secret\n"));
        struct stat st{}, rootSt{};
        QCOMPARE(::stat(QFile::encodeName(written).constData(), &st), 0);
        QCOMPARE(::stat(QFile::encodeName(tree.path()).constData(), &rootSt), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        QCOMPARE(st.st_uid, rootSt.st_uid);
        // Written again: replaced whole, no temporary left behind.
        QCOMPARE(SafeWrite::file(tree.path(), QStringLiteral("/etc/ssh/key"), "second\n", 0600), QString());
        QCOMPARE(read(written), QByteArray("second\n"));
        QCOMPARE(QDir(tree.filePath(QStringLiteral("etc/ssh"))).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("key")});
    }

    // An absolute link in the tree points inside the tree, never at the host's folder.
    void aLinkedFolderResolvesInsideTheTree()
    {
        QTemporaryDir tree;
        QTemporaryDir host;
        QVERIFY(QDir().mkpath(tree.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(QDir().mkpath(tree.filePath(QStringLiteral("etc"))));
        QVERIFY(QFile::link(host.path(), tree.filePath(QStringLiteral("etc/ssh")))); // absolute: the host's path
        const QString error = SafeWrite::file(tree.path(), QStringLiteral("/etc/ssh/key"), "secret\n", 0600);
        // The host's path does not exist inside the tree: refused, and nothing reached the host.
        QVERIFY2(!error.isEmpty(), "followed an absolute link out of the tree");
        QVERIFY(QDir(host.path()).isEmpty());
        // A link to /elsewhere lands in the tree's /elsewhere.
        QVERIFY(QFile::remove(tree.filePath(QStringLiteral("etc/ssh"))));
        QVERIFY(QFile::link(QStringLiteral("/elsewhere"), tree.filePath(QStringLiteral("etc/ssh"))));
        QCOMPARE(SafeWrite::file(tree.path(), QStringLiteral("/etc/ssh/key"), "secret\n", 0600), QString());
        QCOMPARE(read(tree.filePath(QStringLiteral("elsewhere/key"))), QByteArray("secret\n"));
    }

    // The target itself a link to a host file: the link is replaced, the host file untouched.
    void aLinkedTargetIsReplacedNotFollowed()
    {
        QTemporaryDir tree;
        QTemporaryDir host;
        const QString hostFile = host.filePath(QStringLiteral("shadow"));
        QFile f(hostFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("host\n");
        f.close();
        QVERIFY(QDir().mkpath(tree.filePath(QStringLiteral("etc/ssh"))));
        QVERIFY(QFile::link(hostFile, tree.filePath(QStringLiteral("etc/ssh/key"))));
        QCOMPARE(SafeWrite::file(tree.path(), QStringLiteral("/etc/ssh/key"), "secret\n", 0600), QString());
        QCOMPARE(read(hostFile), QByteArray("host\n"));
        QVERIFY(!QFileInfo(tree.filePath(QStringLiteral("etc/ssh/key"))).isSymLink());
        QCOMPARE(read(tree.filePath(QStringLiteral("etc/ssh/key"))), QByteArray("secret\n"));
    }

    void badPathsAreRefused()
    {
        QTemporaryDir tree;
        QVERIFY(!SafeWrite::file(tree.path(), QStringLiteral("etc/key"), "x", 0600).isEmpty());
        QVERIFY(!SafeWrite::file(tree.path(), QStringLiteral("/etc/.."), "x", 0600).isEmpty());
        QVERIFY(!SafeWrite::file(tree.filePath(QStringLiteral("missing")), QStringLiteral("/key"), "x", 0600).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSafeWrite)
#include "tst_safewrite.moc"
