// The ports Initbench keeps for containers whose profile names none: free when chosen, one per
// name, never the same for two names, also when many are chosen at once.
#include "engine/sshportreservations.h"
#include "util/netprobe.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace initbench;

class TstSshPortReservations : public QObject
{
    Q_OBJECT
private slots:
    void keptPerNameUntilReleased()
    {
        QTemporaryDir data;
        SshPortReservations ports(data.path());
        QCOMPARE(ports.reserved(QStringLiteral("a")), 0);
        QString error;
        const int a = ports.reserveFree(QStringLiteral("a"), &error);
        QVERIFY2(a > 0, qPrintable(error));
        QVERIFY(!loopbackPortInUse(a));
        QCOMPARE(ports.reserved(QStringLiteral("a")), a);
        QCOMPARE(ports.previewPort(QStringLiteral("a")), a);
        QVERIFY(ports.previewPort(QStringLiteral("b")) != a); // free now, and not a's
        QVERIFY(ports.release(QStringLiteral("a"), &error));
        QCOMPARE(ports.reserved(QStringLiteral("a")), 0);
        QVERIFY(ports.release(QStringLiteral("a"), &error)); // none kept: no error
    }

    // Ten containers made at once, each by its own thread (and lock file descriptor), as
    // `initbench up A B C...` does: ten different ports.
    void tenAtOnceGetTenPorts()
    {
        QTemporaryDir data;
        std::vector<int> got(10, 0);
        std::vector<std::thread> threads;
        for (int i = 0; i < 10; ++i)
            threads.emplace_back([&, i] {
                QString error;
                got[size_t(i)] = SshPortReservations(data.path()).reserveFree(QStringLiteral("c%1").arg(i), &error);
            });
        for (std::thread &t : threads)
            t.join();
        QSet<int> distinct;
        for (int port : got) {
            QVERIFY(port > 0);
            distinct.insert(port);
        }
        QCOMPARE(distinct.size(), 10);
    }

    // A reservation file someone wrote by hand with garbage in it counts as none.
    void garbageIsNoReservation()
    {
        QTemporaryDir data;
        QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("ports"))));
        for (const QByteArray &content : {QByteArray("abc"), QByteArray("70000"), QByteArray("-5"), QByteArray(100000, '9')}) {
            QFile f(data.filePath(QStringLiteral("ports/x")));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
            f.close();
            QCOMPARE(SshPortReservations(data.path()).reserved(QStringLiteral("x")), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TstSshPortReservations)
#include "tst_sshportreservations.moc"
