// SafeRead over a directory laid out as a hostile container's root: links that point at the
// host's files and devices, a FIFO, a directory, a file larger than the cap.
#include "engine/access/saferead.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

#include <fcntl.h>

using namespace initbench;

class TstSafeRead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    int m_rootFd = -1;

    void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(m_root.filePath(path)).path());
        QFile f(m_root.filePath(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    void link(const QString &path, const QString &target)
    {
        QDir().mkpath(QFileInfo(m_root.filePath(path)).path());
        QVERIFY(QFile::link(target, m_root.filePath(path)));
    }

private slots:
    void initTestCase()
    {
        write(QStringLiteral("etc/hostname"), "inside\n");
        write(QStringLiteral("usr/lib/os-release"), "ID=debian\n");
        link(QStringLiteral("etc/os-release"), QStringLiteral("../usr/lib/os-release"));
        link(QStringLiteral("run/utmp"), QStringLiteral("/dev/zero"));
        link(QStringLiteral("etc/passwd"), QStringLiteral("/etc/shadow"));
        link(QStringLiteral("etc/host-hostname"), QStringLiteral("/etc/hostname"));
        link(QStringLiteral("var/log/up"), QStringLiteral("../../../../../../../../etc/hostname"));
        QDir().mkpath(m_root.filePath(QStringLiteral("var/log")));
        QCOMPARE(::mkfifo(m_root.filePath(QStringLiteral("var/log/wtmp")).toLocal8Bit().constData(), 0600), 0);
        write(QStringLiteral("var/log/big"), QByteArray(10000, 'x'));
        m_rootFd = ::open(m_root.path().toLocal8Bit().constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(m_rootFd >= 0);
    }
    void cleanupTestCase() { ::close(m_rootFd); }

    void aRegularFileIsRead()
    {
        const SafeRead::Result r = SafeRead::file(m_rootFd, QStringLiteral("/etc/hostname"), 1024);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, QByteArray("inside\n"));
        QVERIFY(!r.truncated);
    }

    void aLinkToADeviceIsRefusedUnopened()
    {
        const SafeRead::Result r = SafeRead::file(m_rootFd, QStringLiteral("/run/utmp"), 1024);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("symbolic link")), qPrintable(r.error));
    }

    void aFifoIsRefusedWithoutBlocking()
    {
        QElapsedTimer t;
        t.start();
        const SafeRead::Result r = SafeRead::file(m_rootFd, QStringLiteral("/var/log/wtmp"), 1024);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("a FIFO")), qPrintable(r.error));
        QVERIFY(t.elapsed() < 1000);
    }

    void aDirectoryIsRefused()
    {
        const SafeRead::Result r = SafeRead::file(m_rootFd, QStringLiteral("/etc"), 1024);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("a directory")), qPrintable(r.error));
    }

    // Followed on purpose (os-release), a link still resolves inside the root: /etc/hostname
    // there is the container's, and climbing out with ../ stops at the root.
    void followedLinksStayInside()
    {
        SafeRead::Result r = SafeRead::file(m_rootFd, QStringLiteral("/etc/os-release"), 1024, SafeRead::FinalLink::FollowInside);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, QByteArray("ID=debian\n"));
        r = SafeRead::file(m_rootFd, QStringLiteral("/etc/host-hostname"), 1024, SafeRead::FinalLink::FollowInside);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, QByteArray("inside\n"));
        r = SafeRead::file(m_rootFd, QStringLiteral("/var/log/up"), 1024, SafeRead::FinalLink::FollowInside);
        QCOMPARE(r.bytes, QByteArray("inside\n"));
        // Outside the root there is no /etc/shadow to find: the link names the container's.
        r = SafeRead::file(m_rootFd, QStringLiteral("/etc/passwd"), 1024, SafeRead::FinalLink::FollowInside);
        QVERIFY(!r.ok);
    }

    void aLargeFileIsCutAtItsCapAndSaysSo()
    {
        const SafeRead::Result r = SafeRead::file(m_rootFd, QStringLiteral("/var/log/big"), 4096);
        QVERIFY(r.ok);
        QVERIFY(r.truncated);
        QCOMPARE(r.bytes.size(), 4096);
    }

    void linksAreReadNotFollowed()
    {
        const SafeRead::Result r = SafeRead::link(m_rootFd, QStringLiteral("/etc/passwd"));
        QVERIFY(r.ok);
        QCOMPARE(r.bytes, QByteArray("/etc/shadow"));
    }

    void existenceIsAnsweredInside()
    {
        QVERIFY(SafeRead::exists(m_rootFd, QStringLiteral("/etc/hostname")));
        QVERIFY(!SafeRead::exists(m_rootFd, QStringLiteral("/etc/shadow")));
        QVERIFY(!SafeRead::exists(m_rootFd, QStringLiteral("/../../etc/shadow")));
    }
};

QTEST_GUILESS_MAIN(TstSafeRead)
#include "tst_saferead.moc"
