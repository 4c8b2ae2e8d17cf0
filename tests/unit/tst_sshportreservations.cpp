// The ports Initbench keeps for containers whose profile names none: free when chosen, one per
// name, never the same for two names, also when many are chosen at once.
#include "engine/sshportreservations.h"
#include "util/netprobe.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

    // The port a preview showed is the one kept when the container is made, while it is free
    // and no other name keeps it; a preview redrawn keeps showing it.
    void thePortAPreviewShowedIsKept()
    {
        QTemporaryDir data;
        SshPortReservations ports(data.path());
        const int shown = ports.previewPort(QStringLiteral("new"));
        QVERIFY(shown > 0);
        QCOMPARE(ports.previewPort(QStringLiteral("new"), shown), shown);
        QCOMPARE(ports.previewPort(QStringLiteral("renamed"), shown), shown);
        QString error;
        QCOMPARE(ports.reserveFree(QStringLiteral("new"), &error, shown), shown);
        // Kept for "new" now: another name is not given it, nor shown it.
        const int other = ports.reserveFree(QStringLiteral("other"), &error, shown);
        QVERIFY(other > 0 && other != shown);
        QVERIFY(ports.previewPort(QStringLiteral("third"), shown) != shown);
        // A port something listens on is not kept, whatever a preview showed.
        const int busy = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        QVERIFY(::bind(busy, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 && ::listen(busy, 1) == 0
                && ::getsockname(busy, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
        const int taken = ntohs(addr.sin_port);
        QVERIFY(ports.previewPort(QStringLiteral("fourth"), taken) != taken);
        const int fourth = ports.reserveFree(QStringLiteral("fourth"), &error, taken);
        QVERIFY(fourth > 0 && fourth != taken);
        ::close(busy);
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
