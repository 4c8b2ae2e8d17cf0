// Profiles: every kind of bad input gets its own clear message, placed at a line and column
// where it came from a file; good profiles survive a save and load unchanged.
#include "catalog/catalog.h"
#include "profile/profileloader.h"
#include "profile/profilewriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace initbench;

static const char *kHash = "$6$saltsalt$Z3B3s0mEha5hOnlyForTestsXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

class TstProfile : public QObject
{
    Q_OBJECT
    Catalog m_catalog = Catalog::builtin();

    ProfileLoadResult parse(const QByteArray &yaml)
    {
        return parseProfile(yaml, m_catalog, QStringLiteral("docker"));
    }

private slots:
    void validProfileLoads()
    {
        const ProfileLoadResult r = parse("name: demo\ndistro: debian:bookworm\ninit: openrc\nservices: [sshd]\n");
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        QCOMPARE(r.profile.engine, QStringLiteral("docker")); // the default engine filled in
        QCOMPARE(r.profile.sshPort, 0); // none named: a free one is kept when the container is made
        QCOMPARE(r.profile.effectiveHostname(), QStringLiteral("demo"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray head = "distro: debian:bookworm\ninit: openrc\n";
        QTest::newRow("malformed yaml") << QByteArray("name: demo\nservices: [sshd\n") << 3 << 1 << "malformed YAML";
        QTest::newRow("bad indentation") << QByteArray("name: demo\n  distro: x\n") << 2 << 9 << "malformed YAML";
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1 << 1 << "a profile must be a mapping";
        QTest::newRow("unknown key") << head + "name: demo\nservics: [sshd]\n" << 4 << 1
                                     << "unknown key 'servics' in the profile; did you mean 'services'?";
        QTest::newRow("services not a list") << head + "name: demo\nservices: sshd\n" << 4 << 11 << "services must be a list, not 'sshd'";
        QTest::newRow("port not a number") << head + "name: demo\nssh_port: abc\n" << 4 << 11
                                           << "ssh_port must be a whole number from 1 to 65535, not 'abc'";
        QTest::newRow("port out of range") << head + "name: demo\nssh_port: 70000\n" << 4 << 11 << "ssh_port must be a whole number";
        QTest::newRow("name is a mapping") << head + "name: {a: b}\n" << 3 << 7 << "name must be text, not a mapping";
        QTest::newRow("missing name") << head << 1 << 1 << "the profile has no 'name' key";
        QTest::newRow("shell in name") << head + "name: a;rm -rf /\n" << 3 << 7 << "name 'a;rm -rf /' is not allowed";
        QTest::newRow("path in name") << head + "name: ../x\n" << 3 << 7 << "name '../x' is not allowed";
        QTest::newRow("empty name") << head + "name: ''\n" << 3 << 7 << "name is empty";
        QTest::newRow("300 characters") << head + "name: " + QByteArray(300, 'a') + "\n" << 3 << 7
                                        << "name is 300 characters long; at most 63 are allowed";
        QTest::newRow("uppercase name") << head + "name: Demo\n" << 3 << 7 << "name 'Demo' is not allowed";
        QTest::newRow("unknown distro") << QByteArray("name: demo\ndistro: debian:bokworm\ninit: openrc\n") << 2 << 9
                                        << "unknown distro 'debian:bokworm'; did you mean 'debian:bookworm'?";
        QTest::newRow("unknown init") << QByteArray("name: demo\ndistro: debian:bookworm\ninit: open-rc\n") << 3 << 7
                                      << "unknown init system 'open-rc'; did you mean 'openrc'?";
        QTest::newRow("unknown engine") << head + "name: demo\nengine: dokcer\n" << 4 << 9 << "unknown engine 'dokcer'; did you mean 'docker'?";
        QTest::newRow("unsupported combination") << QByteArray("name: demo\ndistro: alpine:3.20\ninit: systemd\n") << 3 << 7
                                                 << "alpine:3.20 with systemd on docker is not supported: Alpine has no systemd";
        QTest::newRow("refused engine") << QByteArray("name: demo\ndistro: alpine:3.20\ninit: s6-overlay\nengine: nspawn\n") << 3 << 7
                                        << "not an init for systemd-nspawn";
        QTest::newRow("service refused here") << head + "name: demo\nservices: [sshd, utmps]\n" << 4 << 18
                                              << "service 'utmps' is not available here: glibc writes utmp and wtmp itself";
        QTest::newRow("unknown service") << head + "name: demo\nservices: [ssh]\n" << 4 << 12 << "unknown service 'ssh'; did you mean 'sshd'?";
        QTest::newRow("service twice") << head + "name: demo\nservices: [sshd, sshd]\n" << 4 << 18 << "service 'sshd' is listed twice";
        QTest::newRow("bad package") << head + "name: demo\npackages: [\"vim; curl x|sh\"]\n" << 4 << 12 << "package name 'vim; curl x|sh' is not allowed";
        QTest::newRow("bad user") << head + "name: demo\nusers:\n  - name: Bob$\n" << 5 << 11 << "user name 'Bob$' is not allowed";
        QTest::newRow("unknown user key") << head + "name: demo\nusers:\n  - name: bob\n    shell: /bin/zsh\n" << 6 << 5
                                          << "unknown key 'shell' in users[0]";
        QTest::newRow("bad key") << head + "name: demo\nroot:\n  keys: [\"not a key\"]\n" << 5 << 10 << "is not an OpenSSH public key";
        QTest::newRow("bad timezone") << head + "name: demo\ntimezone: ../../etc/passwd\n" << 4 << 11 << "timezone '../../etc/passwd' is not a zone name";
        QTest::newRow("bad hostname") << head + "name: demo\nhostname: -bad-\n" << 4 << 11 << "hostname '-bad-' is not a valid host name";
    }
    void badInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ProfileLoadResult r = parse(yaml);
        QVERIFY2(!r.ok(), "bad input was accepted");
        const ProfileIssue &issue = r.issues.constFirst();
        QVERIFY2(issue.message.contains(message), qPrintable(issue.message));
        QCOMPARE(issue.line, line);
        QCOMPARE(issue.column, column);
    }

    void plainPasswordIsRefusedAndNeverRepeated()
    {
        const ProfileLoadResult r = parse("name: demo\ndistro: debian:bookworm\ninit: openrc\nroot:\n  password_hash: hunter2\n");
        QVERIFY(!r.ok());
        QVERIFY(r.issues.constFirst().message.contains(QLatin1String("never a plain password")));
        QVERIFY(!r.issues.constFirst().message.contains(QLatin1String("hunter2")));
        QCOMPARE(r.issues.constFirst().line, 5);
    }

    void everyProblemIsReported()
    {
        const ProfileLoadResult r = parse("name: Bad!\ndistro: debian:bookworm\ninit: openrc\nservices: [nope]\npackages: [\"a b\"]\n");
        QCOMPARE(r.issues.size(), 3);
    }

    void saveAndLoadRoundTrip()
    {
        Profile p;
        p.name = QStringLiteral("round");
        p.distro = QStringLiteral("alpine:3.20");
        p.init = QStringLiteral("openrc");
        p.engine = QStringLiteral("podman");
        p.services = {QStringLiteral("sshd"), QStringLiteral("utmps")};
        p.sshPort = 2300;
        p.hostname = QStringLiteral("round.example");
        p.timezone = QStringLiteral("Europe/Berlin");
        p.root.keys = {QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOnlyForTests me@host")};
        p.root.passwordHash = QString::fromLatin1(kHash);
        p.users = {Account{QStringLiteral("alice"), {}, QString::fromLatin1(kHash)}};
        p.packages = {QStringLiteral("less")};
        p.shareHostCgroups = true;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/round.yaml"));
        QCOMPARE(saveProfile(path, p), QString());
        // It holds password hashes: its owner's alone.
        const QFileDevice::Permissions perms = QFileInfo(path).permissions();
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
        const ProfileLoadResult r = loadProfileFile(path, m_catalog, QStringLiteral("docker"));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.profile.name, p.name);
        QCOMPARE(r.profile.engine, p.engine);
        QCOMPARE(r.profile.services, p.services);
        QCOMPARE(r.profile.sshPort, p.sshPort);
        QCOMPARE(r.profile.hostname, p.hostname);
        QCOMPARE(r.profile.timezone, p.timezone);
        QCOMPARE(r.profile.root.keys, p.root.keys);
        QCOMPARE(r.profile.root.passwordHash, p.root.passwordHash);
        QCOMPARE(r.profile.users.size(), 1);
        QCOMPARE(r.profile.users[0].passwordHash, p.users[0].passwordHash);
        QCOMPARE(r.profile.packages, p.packages);
        QCOMPARE(r.profile.shareHostCgroups, true);
    }

    void failedSaveChangesNothing()
    {
        QTemporaryDir dir;
        // The parent "folder" is a file: the save must fail with a reason and leave it as it was.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("user data\n");
        f.close();
        Profile p;
        p.name = QStringLiteral("x");
        QVERIFY(!saveProfile(blocker + QStringLiteral("/x.yaml"), p).isEmpty());
        QVERIFY(!saveProfile(dir.path(), p).isEmpty()); // a folder is not a profile file
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("user data\n"));
    }

    void builtinDefaultProfileIsValid()
    {
        const ProfileLoadResult r = loadProfileFile(QStringLiteral(":/profiles/default.yaml"), m_catalog, QStringLiteral("docker"));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.profile.distro, QStringLiteral("debian:bookworm"));
        QCOMPARE(r.profile.init, QStringLiteral("openrc"));
        QVERIFY(r.profile.services.contains(QLatin1String("sshd")));
    }
};

QTEST_GUILESS_MAIN(TstProfile)
#include "tst_profile.moc"
