// Where a container's sshd answers: `docker port NAME 22/tcp` output (captured on this machine
// from containers published as Initbench does, and with every interface) and sshd drop-ins.
#include "engine/sshendpoint.h"

#include <QTest>

using namespace initbench;

class TstSshEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void publishedPort_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("port"); // 0: none
        QTest::newRow("loopback (-p 127.0.0.1:0:22)") << QByteArray("127.0.0.1:32768\n") << 32768;
        QTest::newRow("all interfaces, both families") << QByteArray("0.0.0.0:32768\n[::]:32768\n") << 32768;
        QTest::newRow("IPv6 only") << QByteArray("[::1]:2200\n") << 2200;
        QTest::newRow("IPv4 wins over IPv6") << QByteArray("[::]:2201\n127.0.0.1:2202\n") << 2202;
        QTest::newRow("nothing published") << QByteArray() << 0;
        QTest::newRow("an error text") << QByteArray("Error: No public port '22/tcp' published for demo\n") << 0;
        QTest::newRow("not a port") << QByteArray("127.0.0.1:99999\n") << 0;
    }
    void publishedPort()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, port);
        QCOMPARE(parsePublishedPort(output).value_or(0), port);
    }

    void sshdPort_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<int>("port");
        QTest::newRow("Initbench's nspawn drop-in")
            << QByteArray("# systemd-nspawn shares the host's network: listen on the profile's port, loopback only.\n"
                          "Port 2222\nListenAddress 127.0.0.1\n")
            << 2222;
        QTest::newRow("case and spacing") << QByteArray("  port\t2300\n") << 2300;
        QTest::newRow("commented out") << QByteArray("#Port 22\n") << 0;
        QTest::newRow("garbage") << QByteArray("Port twenty-two\n") << 0;
        QTest::newRow("empty") << QByteArray() << 0;
    }
    void sshdPort()
    {
        QFETCH(QByteArray, config);
        QFETCH(int, port);
        QCOMPARE(parseSshdPort(config).value_or(0), port);
    }
};

QTEST_GUILESS_MAIN(TstSshEndpoint)
#include "tst_sshendpoint.moc"
