// HostKeyPins (Initbench's known_hosts) and InitbenchKey (its own ed25519 key) on real files;
// fingerprints and keys are checked against OpenSSH's ssh-keygen, not against ourselves.
#include "ssh/containerhostkey.h"
#include "ssh/hostkeypins.h"
#include "ssh/initbenchkey.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <thread>
#include <vector>

using namespace initbench;

namespace {

// Two real ed25519 public keys (made with ssh-keygen for these tests).
const HostKey kKeyA{QStringLiteral("ssh-ed25519"), "AAAAC3NzaC1lZDI1NTE5AAAAIJQ9JuQ4XozSoeeBD3soY55Iim7zS3EjClwN6GAI1kQh"};
const HostKey kKeyB{QStringLiteral("ssh-ed25519"), "AAAAC3NzaC1lZDI1NTE5AAAAIGenPD0l8rhxEqTbd+QH4qJVPsiM+dTi/6agsSzQraco"};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sshKeygen(const QStringList &arguments, int *status = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"), arguments);
    if (!p.waitForFinished(20000))
        return {};
    if (status)
        *status = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

int modeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TstHostKeyPins : public QObject
{
    Q_OBJECT

private slots:
    void firstContactPinsThenMatches()
    {
        QTemporaryDir dir;
        HostKeyPins pins(dir.filePath(QStringLiteral("ssh/known_hosts")));
        QCOMPARE(pins.check(QStringLiteral("demo"), kKeyA).verdict, HostKeyPins::Verdict::Unknown);
        QString error;
        QVERIFY2(pins.pin(QStringLiteral("demo"), kKeyA, &error), qPrintable(error));
        QCOMPARE(pins.check(QStringLiteral("demo"), kKeyA).verdict, HostKeyPins::Verdict::Pinned);
        // Another name is another container: its own pin.
        QCOMPARE(pins.check(QStringLiteral("other"), kKeyA).verdict, HostKeyPins::Verdict::Unknown);
        // A second HostKeyPins on the same file (a restarted app) sees the pin.
        HostKeyPins again(dir.filePath(QStringLiteral("ssh/known_hosts")));
        QCOMPARE(again.check(QStringLiteral("demo"), kKeyA).verdict, HostKeyPins::Verdict::Pinned);
    }

    void changedKeyIsReportedAndFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("known_hosts"));
        HostKeyPins pins(path);
        QString error;
        QVERIFY(pins.pin(QStringLiteral("demo"), kKeyA, &error));
        const QByteArray before = readAll(path);
        const HostKeyPins::Check c = pins.check(QStringLiteral("demo"), kKeyB);
        QCOMPARE(c.verdict, HostKeyPins::Verdict::Changed);
        QCOMPARE(c.pinned, kKeyA);
        // Pinning over an existing pin is refused: only forget() replaces a key.
        QVERIFY(!pins.pin(QStringLiteral("demo"), kKeyB, &error));
        QCOMPARE(error, QStringLiteral("'demo' already has a pinned host key; forget it first"));
        QCOMPARE(readAll(path), before);
        const QString warning = HostKeyPins::changedWarning(QStringLiteral("demo"), QStringLiteral("127.0.0.1:2222"), c.pinned, kKeyB);
        QVERIFY(warning.startsWith(QStringLiteral("WARNING: the host key of demo (127.0.0.1:2222) has changed, connection refused.")));
        QVERIFY(warning.contains(kKeyA.fingerprint()));
        QVERIFY(warning.contains(kKeyB.fingerprint()));
        QVERIFY(warning.contains(QStringLiteral("initbench ssh demo --forget-host-key")));
    }

    void forgetDropsOnlyThatPin()
    {
        QTemporaryDir dir;
        HostKeyPins pins(dir.filePath(QStringLiteral("known_hosts")));
        QString error;
        QVERIFY(pins.pin(QStringLiteral("demo"), kKeyA, &error));
        QVERIFY(pins.pin(HostKeyPins::addressName(QStringLiteral("127.0.0.1"), 2200), kKeyB, &error));
        QVERIFY(pins.forget(QStringLiteral("demo"), &error));
        QCOMPARE(pins.check(QStringLiteral("demo"), kKeyB).verdict, HostKeyPins::Verdict::Unknown);
        QCOMPARE(pins.check(QStringLiteral("[127.0.0.1]:2200"), kKeyB).verdict, HostKeyPins::Verdict::Pinned);
        QVERIFY(pins.forget(QStringLiteral("never-pinned"), &error));
    }

    void damagedFileIsAnErrorNotAnEmptyList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("known_hosts"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# comment\ndemo ssh-ed25519 " + kKeyA.base64 + "\ngarbage line here too\n");
        f.close();
        HostKeyPins pins(path);
        const HostKeyPins::Check c = pins.check(QStringLiteral("demo"), kKeyB);
        QCOMPARE(c.verdict, HostKeyPins::Verdict::Unreadable);
        QCOMPARE(c.error, path + QStringLiteral(":3: not a pinned host key (expected NAME TYPE BASE64)"));
        QString error;
        QVERIFY(!pins.pin(QStringLiteral("new"), kKeyB, &error));
        QVERIFY(!pins.forget(QStringLiteral("demo"), &error));
    }

    void badNamesAreRefused()
    {
        QTemporaryDir dir;
        HostKeyPins pins(dir.filePath(QStringLiteral("known_hosts")));
        QString error;
        QVERIFY(!pins.pin(QStringLiteral("two words"), kKeyA, &error));
        QVERIFY(!pins.pin(QString(), kKeyA, &error));
        QVERIFY(!pins.pin(QStringLiteral("demo"), HostKey{QStringLiteral("ssh-ed25519"), {}}, &error));
        QVERIFY(!pins.pin(QStringLiteral("demo\nevil"), kKeyA, &error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("known_hosts"))));
    }

    void initbenchKeyIsMadeOnceAndPrivate()
    {
        QTemporaryDir dir;
        InitbenchKey key(dir.filePath(QStringLiteral("ssh")));
        QString error;
        QVERIFY2(key.ensure(&error), qPrintable(error));
        QCOMPARE(modeOf(key.privateKeyPath()), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("ssh"))), 0700);
        const QString line = key.publicKeyLine(&error);
        QVERIFY2(line.startsWith(QStringLiteral("ssh-ed25519 AAAA")), qPrintable(line));
        QVERIFY(line.endsWith(QStringLiteral(" initbench")));
        // OpenSSH reads the private key and derives the same public key from it.
        int status = -1;
        const QString derived = sshKeygen({QStringLiteral("-y"), QStringLiteral("-f"), key.privateKeyPath()}, &status);
        QCOMPARE(status, 0);
        QCOMPARE(derived.trimmed().section(QLatin1Char(' '), 0, 1), line.section(QLatin1Char(' '), 0, 1));
        // Our fingerprint is OpenSSH's.
        const QString listed = sshKeygen({QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"), key.publicKeyPath()});
        const HostKey asHostKey{QStringLiteral("ssh-ed25519"), line.section(QLatin1Char(' '), 1, 1).toLatin1()};
        QVERIFY2(listed.contains(asHostKey.fingerprint()), qPrintable(listed + QStringLiteral(" vs ") + asHostKey.fingerprint()));

        // Second use: the same key, not a new one.
        const QByteArray privateBefore = readAll(key.privateKeyPath());
        QVERIFY(InitbenchKey(dir.filePath(QStringLiteral("ssh"))).ensure(&error));
        QCOMPARE(readAll(key.privateKeyPath()), privateBefore);
    }

    // Ten boots started at once all ask for the key the first time: one key is made, and every
    // one of them gets its public half, which is the private key's.
    void initbenchKeyMadeOnceUnderConcurrentFirstUse()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ssh"));
        constexpr int kThreads = 12;
        std::vector<std::thread> threads;
        QStringList lines(kThreads);
        QStringList errors(kThreads);
        for (int i = 0; i < kThreads; ++i)
            threads.emplace_back([&, i] {
                QString error;
                InitbenchKey key(folder);
                if (key.ensure(&error))
                    lines[i] = key.publicKeyLine(&error);
                errors[i] = error;
            });
        for (std::thread &t : threads)
            t.join();
        for (int i = 0; i < kThreads; ++i) {
            QVERIFY2(errors.at(i).isEmpty(), qPrintable(errors.at(i)));
            QCOMPARE(lines.at(i), lines.first());
        }
        int status = -1;
        const QString derived = sshKeygen({QStringLiteral("-y"), QStringLiteral("-f"), InitbenchKey(folder).privateKeyPath()}, &status);
        QCOMPARE(status, 0);
        QCOMPARE(derived.trimmed().section(QLatin1Char(' '), 0, 1), lines.first().section(QLatin1Char(' '), 0, 1));
    }

    void initbenchKeyRepairsLoosePermissionsAndMissingPublicHalf()
    {
        QTemporaryDir dir;
        InitbenchKey key(dir.path());
        QString error;
        QVERIFY(key.ensure(&error));
        const QString line = key.publicKeyLine(&error);
        QVERIFY(::chmod(QFile::encodeName(key.privateKeyPath()).constData(), 0644) == 0);
        QVERIFY(QFile::remove(key.publicKeyPath()));
        QVERIFY2(key.ensure(&error), qPrintable(error));
        QCOMPARE(modeOf(key.privateKeyPath()), 0600);
        QCOMPARE(key.publicKeyLine(&error), line);
    }

    void unreadablePrivateKeyIsReported()
    {
        QTemporaryDir dir;
        InitbenchKey key(dir.path());
        QFile f(key.privateKeyPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a key\n");
        f.close();
        QVERIFY(::chmod(QFile::encodeName(key.privateKeyPath()).constData(), 0600) == 0);
        QString error;
        QVERIFY(!key.ensure(&error));
        QCOMPARE(error, key.privateKeyPath() + QStringLiteral(" is not a private key libssh can read"));
        QVERIFY(key.publicKeyLine(&error).isEmpty());
    }

    // A container's host key: made once, pinned under its name, readable by OpenSSH's tools
    // (so by the container's sshd), kept across calls, gone with its pin on remove.
    void containerHostKeyIsMadeOncePinnedAndRemoved()
    {
        QTemporaryDir data;
        const QString pinsPath = data.filePath(QStringLiteral("ssh/known_hosts"));
        ContainerHostKey key(data.path(), QStringLiteral("box"));
        QString error;
        QVERIFY2(key.ensurePinned(pinsPath, &error), qPrintable(error));
        const QString privatePath = ContainerHostKey::privateKeyPath(data.path(), QStringLiteral("box"));
        QCOMPARE(modeOf(privatePath), 0600);
        int status = -1;
        const QString derived = sshKeygen({QStringLiteral("-y"), QStringLiteral("-f"), privatePath}, &status);
        QCOMPARE(status, 0);
        const HostKey served{QStringLiteral("ssh-ed25519"), derived.section(QLatin1Char(' '), 1, 1).trimmed().toLatin1()};
        QCOMPARE(HostKeyPins(pinsPath).check(QStringLiteral("box"), served).verdict, HostKeyPins::Verdict::Pinned);

        const QByteArray first = readAll(privatePath);
        QVERIFY2(key.ensurePinned(pinsPath, &error), qPrintable(error));
        QCOMPARE(readAll(privatePath), first);
        QByteArray secret;
        QVERIFY(key.privateKey(&secret, &error));
        QCOMPARE(secret, first);

        QVERIFY2(key.remove(pinsPath, &error), qPrintable(error));
        QVERIFY(!QFile::exists(privatePath));
        QCOMPARE(HostKeyPins(pinsPath).check(QStringLiteral("box"), served).verdict, HostKeyPins::Verdict::Unknown);
        // A new one is a different key.
        QVERIFY2(key.ensurePinned(pinsPath, &error), qPrintable(error));
        QVERIFY(readAll(privatePath) != first);
    }
};

QTEST_GUILESS_MAIN(TstHostKeyPins)
#include "tst_hostkeypins.moc"
