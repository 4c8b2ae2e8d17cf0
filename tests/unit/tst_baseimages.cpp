// BaseImages as root and as a user: the bootstrap command it runs, and what it says when the
// bootstrap cannot be done or fails.
#include "engine/baseimages.h"
#include "process/fakecommandrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace initbench;

namespace {

Distro bookworm()
{
    Distro d;
    d.id = QStringLiteral("debian:bookworm");
    d.name = QStringLiteral("Debian 12 (bookworm)");
    d.image = QStringLiteral("debian:bookworm");
    d.bootstrap = {QStringLiteral("mmdebstrap"), QStringLiteral("bookworm"), QStringLiteral("http://deb.debian.org/debian"),
                   QStringLiteral("minbase")};
    return d;
}

} // namespace

class TstBaseImages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_bin;
    QTemporaryDir m_cache;
    QByteArray m_savedPath;

    // PATH holding only stubs of the named tools (never run: the fake runs nothing).
    void pathWith(const QStringList &tools)
    {
        for (const QString &tool : {QStringLiteral("mmdebstrap"), QStringLiteral("debootstrap")})
            QFile::remove(m_bin.filePath(tool));
        for (const QString &tool : tools) {
            QFile stub(m_bin.filePath(tool));
            QVERIFY(stub.open(QIODevice::WriteOnly));
            stub.write("#!/bin/sh\nexit 99\n");
            stub.close();
            QVERIFY(stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        qputenv("PATH", QFile::encodeName(m_bin.path()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_bin.isValid());
        QVERIFY(m_cache.isValid());
        m_savedPath = qgetenv("PATH");
    }
    void cleanup() { qputenv("PATH", m_savedPath); }

    // Root: mmdebstrap picks its own mode (root); a user: unshare, asked for by name.
    void mmdebstrapMode_data()
    {
        QTest::addColumn<bool>("asRoot");
        QTest::addColumn<QString>("command");
        const QString partial = QStringLiteral("/debian-bookworm.tar.partial");
        QTest::newRow("root") << true << QStringLiteral("mmdebstrap --variant=minbase --format=tar bookworm CACHE%1 http://deb.debian.org/debian").arg(partial);
        QTest::newRow("user") << false
                              << QStringLiteral("mmdebstrap --variant=minbase --format=tar --mode=unshare bookworm CACHE%1 "
                                                "http://deb.debian.org/debian").arg(partial);
    }
    void mmdebstrapMode()
    {
        QFETCH(bool, asRoot);
        QFETCH(QString, command);
        pathWith({QStringLiteral("mmdebstrap"), QStringLiteral("debootstrap")});
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("mmdebstrap*"), 1, {}, "E: failed to parse /etc/subuid and /etc/subgid\n");
        const OpResult r = BaseImages(fake, m_cache.path(), asRoot).ensureTarball(bookworm(), {});
        QCOMPARE(fake.history, QStringList{command.replace(QLatin1String("CACHE"), m_cache.path())});
        QVERIFY(!r.ok());
        QCOMPARE(r.details, QStringLiteral("E: failed to parse /etc/subuid and /etc/subgid"));
        // A user is told what mmdebstrap's unshare mode needs; root is not.
        QCOMPARE(r.message.contains(QLatin1String("/etc/subuid")), !asRoot);
    }

    // debootstrap needs root: a user without mmdebstrap is told so, and nothing is run.
    void userWithoutMmdebstrap()
    {
        pathWith({QStringLiteral("debootstrap")});
        FakeCommandRunner fake;
        const OpResult r = BaseImages(fake, m_cache.path(), false).ensureTarball(bookworm(), {});
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(QLatin1String("apt install mmdebstrap")), qPrintable(r.message));
        QVERIFY(fake.history.isEmpty());
    }

    void rootFallsBackToDebootstrap()
    {
        pathWith({QStringLiteral("debootstrap")});
        FakeCommandRunner fake;
        fake.expect(QStringLiteral("debootstrap*"), 1, {}, "E: no mirror\n");
        BaseImages(fake, m_cache.path(), true).ensureTarball(bookworm(), {});
        QCOMPARE(fake.history.size(), 1);
        QVERIFY(fake.history.first().startsWith(QLatin1String("debootstrap --variant=minbase bookworm ")));
    }
};

QTEST_GUILESS_MAIN(TstBaseImages)
#include "tst_baseimages.moc"
