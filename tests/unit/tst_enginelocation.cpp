// Where docker/podman run, decided as their CLIs decide it, from a throwaway docker config.
#include "engine/enginelocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace initbench;

class TstEngineLocation : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

    void writeContext(const QString &current, const QString &name, const QString &host)
    {
        QFile config(m_config.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("{\"currentContext\": \"%1\"}").arg(current).toUtf8());
        config.close();
        const QString id = QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
        const QString dir = m_config.filePath(QStringLiteral("contexts/meta/") + id);
        QVERIFY(QDir().mkpath(dir));
        QFile meta(dir + QStringLiteral("/meta.json"));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(QStringLiteral("{\"Name\":\"%1\",\"Endpoints\":{\"docker\":{\"Host\":\"%2\"}}}").arg(name, host).toUtf8());
    }

private slots:
    void init()
    {
        qputenv("DOCKER_CONFIG", m_config.path().toUtf8());
        qunsetenv("DOCKER_HOST");
        qunsetenv("DOCKER_CONTEXT");
        qunsetenv("CONTAINER_HOST");
        QFile::remove(m_config.filePath(QStringLiteral("config.json")));
    }
    void defaultIsLocal()
    {
        QCOMPARE(engineEndpoint(QStringLiteral("docker")), QString());
        QVERIFY(!engineIsRemote(QStringLiteral("docker")));
        QVERIFY(!engineIsRemote(QStringLiteral("podman")));
        QVERIFY(!engineIsRemote(QStringLiteral("nspawn")));
    }
    void dockerHostWins()
    {
        writeContext(QStringLiteral("lab"), QStringLiteral("lab"), QStringLiteral("unix:///var/run/docker.sock"));
        qputenv("DOCKER_HOST", "tcp://10.0.0.5:2376");
        QCOMPARE(engineEndpoint(QStringLiteral("docker")), QStringLiteral("tcp://10.0.0.5:2376"));
        QVERIFY(engineIsRemote(QStringLiteral("docker")));
    }
    void currentContextFromConfig()
    {
        writeContext(QStringLiteral("lab"), QStringLiteral("lab"), QStringLiteral("ssh://me@lab.example"));
        QCOMPARE(engineEndpoint(QStringLiteral("docker")), QStringLiteral("ssh://me@lab.example"));
        QVERIFY(engineIsRemote(QStringLiteral("docker")));
    }
    void dockerContextVariableOverridesConfig()
    {
        writeContext(QStringLiteral("default"), QStringLiteral("lab"), QStringLiteral("ssh://me@lab.example"));
        QVERIFY(!engineIsRemote(QStringLiteral("docker")));
        qputenv("DOCKER_CONTEXT", "lab");
        QVERIFY(engineIsRemote(QStringLiteral("docker")));
    }
    void localSocketContextIsLocal()
    {
        writeContext(QStringLiteral("rootless"), QStringLiteral("rootless"), QStringLiteral("unix:///run/user/1000/docker.sock"));
        QCOMPARE(engineEndpoint(QStringLiteral("docker")), QStringLiteral("unix:///run/user/1000/docker.sock"));
        QVERIFY(!engineIsRemote(QStringLiteral("docker")));
    }
    void podmanUsesContainerHost()
    {
        qputenv("CONTAINER_HOST", "ssh://core@vm/run/podman/podman.sock");
        QVERIFY(engineIsRemote(QStringLiteral("podman")));
    }
};

QTEST_GUILESS_MAIN(TstEngineLocation)
#include "tst_enginelocation.moc"
