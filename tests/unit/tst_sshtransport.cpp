// SshTransport and SshSession against a real OpenSSH server: /usr/sbin/sshd on 127.0.0.1 on a
// free port, with a throwaway configuration, host key and authorized_keys in a temporary folder.
// Skipped (not failed) where sshd is not installed or we are not root (sshd needs root to log in).
#include "ssh/hostkeypins.h"
#include "ssh/initbenchkey.h"
#include "ssh/sshsession.h"
#include "ssh/sshtransport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace initbench;

namespace {

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof a;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &length) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

bool accepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(quint16(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
    ::close(fd);
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Session {
    explicit Session(SshTransport &t) : finished(&t, &ITerminalTransport::finished), started(&t, &ITerminalTransport::started)
    {
        QObject::connect(&t, &ITerminalTransport::received, &t, [this](const QByteArray &d) { output += d; });
    }
    QByteArray output;
    QSignalSpy finished;
    QSignalSpy started;
    int status() const { return finished.isEmpty() ? -2 : finished.first().at(0).toInt(); }
    QString reason() const { return finished.isEmpty() ? QString() : finished.first().at(1).toString(); }
};

} // namespace

class TstSshTransport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sshd;
    int m_port = 0;
    InitbenchKey *m_key = nullptr;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool makeHostKey(const QString &name)
    {
        QFile::remove(path(name));
        QFile::remove(path(name) + QStringLiteral(".pub"));
        return QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                                QStringLiteral("-N"), QString(), QStringLiteral("-f"), path(name)}) == 0;
    }

    // (Re)starts sshd with the given host key on m_port.
    void startSshd(const QString &hostKey)
    {
        stopSshd();
        QFile config(path(QStringLiteral("sshd_config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\n"
                                    "PidFile none\nUsePAM no\nStrictModes no\nPermitRootLogin yes\n"
                                    "PasswordAuthentication yes\nKbdInteractiveAuthentication no\n")
                         .arg(m_port).arg(path(hostKey), path(QStringLiteral("authorized_keys"))).toUtf8());
        config.close();
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config.fileName()});
        QVERIFY(m_sshd.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(accepts(m_port) || m_sshd.state() == QProcess::NotRunning, "sshd listens", 10000);
        QVERIFY2(m_sshd.state() == QProcess::Running, m_sshd.readAll().constData());
    }

    void stopSshd()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            m_sshd.waitForFinished(5000);
        }
    }

    struct Cli {
        int status = -1;
        QString out, err;
    };
    // The real `initbench ssh`, with its own data folder (key, pins) under INITBENCH_HOME.
    Cli cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INITBENCH_HOME"), path(QStringLiteral("home")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(INITBENCH_BINARY), QStringList{QStringLiteral("ssh")} + arguments);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QStringList at(const QStringList &rest) const
    {
        return QStringList{QStringLiteral("testbox"), QStringLiteral("--port"), QString::number(m_port)} + rest;
    }

    SshTransportOptions options(const QString &command, bool pty) const
    {
        SshTransportOptions o;
        o.target.port = m_port;
        o.target.pinName = QStringLiteral("testbox");
        o.credentials.privateKeyPath = m_key->privateKeyPath();
        o.pinsPath = path(QStringLiteral("pins"));
        o.command = command;
        o.pty = pty;
        return o;
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
            QSKIP("openssh-server is not installed (scripts/install-deps installs it)");
        if (::geteuid() != 0)
            QSKIP("sshd needs root to log a user in");
        QVERIFY(m_dir.isValid());
        // Debian's sshd refuses to start without its privilege separation folder.
        QDir().mkpath(QStringLiteral("/run/sshd"));
        // Where `initbench ssh` (INITBENCH_HOME=home) looks for Initbench's key.
        m_key = new InitbenchKey(path(QStringLiteral("home/data/ssh")));
        QString error;
        QVERIFY2(m_key->ensure(&error), qPrintable(error));
        QFile authorized(path(QStringLiteral("authorized_keys")));
        QVERIFY(authorized.open(QIODevice::WriteOnly));
        authorized.write(m_key->publicKeyLine(&error).toUtf8() + '\n');
        authorized.close();
        QVERIFY(makeHostKey(QStringLiteral("host_a")));
        QVERIFY(makeHostKey(QStringLiteral("host_b")));
        m_port = freeLoopbackPort();
        QVERIFY(m_port > 0);
        startSshd(QStringLiteral("host_a"));
    }

    void cleanupTestCase()
    {
        stopSshd();
        delete m_key;
    }

    void keyLoginRunsACommandWithItsExitStatus()
    {
        SshTransport t(options(QStringLiteral("echo out-$((6*7)); echo err-text >&2; exit 5"), false));
        QSignalSpy pinned(&t, &SshTransport::hostKeyPinned);
        Session s(t);
        QVERIFY(!t.writesLoginRecord());
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 20000);
        QVERIFY2(s.output.contains("out-42\n"), s.output.constData()); // no pty: no \r
        QVERIFY2(s.output.contains("err-text"), s.output.constData());
        QCOMPARE(s.status(), 5);
        QCOMPARE(s.reason(), QStringLiteral("exited with status 5"));
        // First contact pinned the host key, with OpenSSH's own fingerprint of it.
        QCOMPARE(pinned.size(), 1);
        const QString pubA = QString::fromUtf8(readAll(path(QStringLiteral("host_a.pub"))));
        QCOMPARE(pinned.first().at(0).toString(), (HostKey{QStringLiteral("ssh-ed25519"), pubA.section(QLatin1Char(' '), 1, 1).toLatin1()}.fingerprint()));
        QVERIFY(readAll(path(QStringLiteral("pins"))).contains("testbox ssh-ed25519 " + pubA.section(QLatin1Char(' '), 1, 1).toLatin1()));
    }

    void shellOnAPtyFollowsResize()
    {
        SshTransportOptions o = options({}, true);
        o.columns = 80;
        o.rows = 24;
        SshTransport t(o);
        Session s(t);
        QVERIFY(t.writesLoginRecord());
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.started.size(), 1, 20000);
        t.write("echo term-$TERM; stty size\n");
        QTRY_VERIFY2_WITH_TIMEOUT(s.output.contains("\n24 80\r\n"), s.output.constData(), 20000);
        QVERIFY2(s.output.contains("term-xterm-256color\r\n"), s.output.constData());
        t.resize(132, 50);
        t.write("stty size\n");
        QTRY_VERIFY2_WITH_TIMEOUT(s.output.contains("50 132\r\n"), s.output.constData(), 20000);
        t.write("exit 3\n");
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 20000);
        QCOMPARE(s.status(), 3);
    }

    void commandWithPtyAndInput()
    {
        // A command on a pty reads what we type; the pty's line discipline echoes it back.
        SshTransport t(options(QStringLiteral("read line; echo got:$line; exit 0"), true));
        Session s(t);
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.started.size(), 1, 20000);
        t.write("hello\r");
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 20000);
        QVERIFY2(s.output.contains("got:hello\r\n"), s.output.constData());
        QCOMPARE(s.status(), 0);
    }

    void closeEndsASession()
    {
        SshTransport t(options(QStringLiteral("sleep 60"), false));
        Session s(t);
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.started.size(), 1, 20000);
        t.close();
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 5000);
        QCOMPARE(s.status(), -1);
        QCOMPARE(s.reason(), QStringLiteral("closed"));
    }

    void passwordIsTheFallbackWhenTheKeyIsRefused()
    {
        // A key sshd does not know: the password hook is asked, three times, then we give up.
        InitbenchKey stranger(path(QStringLiteral("stranger")));
        QString error;
        QVERIFY(stranger.ensure(&error));
        SshTarget target;
        target.port = m_port;
        target.pinName = QStringLiteral("testbox");
        SshCredentials credentials;
        credentials.privateKeyPath = stranger.privateKeyPath();
        QStringList prompts;
        credentials.password = [&](const QString &prompt) -> std::optional<QString> {
            prompts << prompt;
            return QStringLiteral("not-the-password");
        };
        HostKeyPins pins(path(QStringLiteral("pins")));
        SshSession session;
        QVERIFY(!session.connect(target, pins, credentials));
        QCOMPARE(prompts, (QStringList{QStringLiteral("Password: "), QStringLiteral("Wrong password, try again: "),
                                       QStringLiteral("Wrong password, try again: ")}));
        QCOMPARE(session.error(), QStringLiteral("wrong password 3 times"));

        // Without a hook: one clear sentence.
        credentials.password = {};
        SshSession second;
        QVERIFY(!second.connect(target, pins, credentials));
        QCOMPARE(second.error(), QStringLiteral("login refused: the server refused Initbench's key %1, and no password can be asked for here")
                                     .arg(stranger.privateKeyPath()));
    }

    void nothingListeningIsReported()
    {
        SshTransportOptions o = options(QStringLiteral("true"), false);
        o.target.port = freeLoopbackPort();
        SshTransport t(o);
        Session s(t);
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 20000);
        QCOMPARE(s.status(), -1);
        QVERIFY2(s.reason().startsWith(QStringLiteral("cannot connect to 127.0.0.1:%1: ").arg(o.target.port)), qPrintable(s.reason()));
        QVERIFY2(s.reason().contains(QStringLiteral("refused")), qPrintable(s.reason()));
    }

    void cliRunsCommandsWithTheirExitStatus()
    {
        Cli r = cli(at({QStringLiteral("--"), QStringLiteral("echo cli-$((2*3)); echo to-stderr >&2; exit 4")}));
        QCOMPARE(r.status, 4);
        QCOMPARE(r.out, QStringLiteral("cli-6\n"));
        QVERIFY2(r.err.contains(QStringLiteral("to-stderr\n")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("initbench ssh: pinned the host key of testbox (ssh-ed25519 SHA256:")), qPrintable(r.err));
        // Several words travel as an argument list: spaces and ; stay inside their word.
        r = cli(at({QStringLiteral("--"), QStringLiteral("printf"), QStringLiteral("[%s]\\n"), QStringLiteral("a b; c"), QStringLiteral("it's")}));
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("[a b; c]\n[it's]\n"));
        QVERIFY2(!r.err.contains(QStringLiteral("pinned")), qPrintable(r.err)); // pinned once only
        // Our stdin reaches the remote command, and its end is the remote end of input.
        r = cli(at({QStringLiteral("--"), QStringLiteral("wc -l")}), "one\ntwo\nthree\n");
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("3"));
        // -t: a terminal even without one here.
        r = cli(at({QStringLiteral("-t"), QStringLiteral("--"), QStringLiteral("tty")}));
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("/dev/pts/")), qPrintable(r.out));
        // No terminal and no command: the shell reads commands from our stdin.
        r = cli(at({}), "echo shell-$((3+4))\nexit 9\n");
        QCOMPARE(r.status, 9);
        QVERIFY2(r.out.contains(QStringLiteral("shell-7")), qPrintable(r.out));
    }

    void cliReportsBadInput()
    {
        Cli r = cli({QStringLiteral("testbox"), QStringLiteral("--port"), QStringLiteral("99999")});
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err, QStringLiteral("initbench ssh: '99999' is not a port\n"));
        r = cli({QStringLiteral("testbox"), QStringLiteral("--port"), QString::number(freeLoopbackPort()), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("initbench ssh: cannot connect to 127.0.0.1:")), qPrintable(r.err));
    }

    void changedHostKeyIsRefused()
    {
        // Same name, same port, a server with another host key (a rebuilt container, or an impostor).
        const QByteArray pinsBefore = readAll(path(QStringLiteral("pins")));
        QVERIFY(pinsBefore.contains("testbox "));
        startSshd(QStringLiteral("host_b"));
        SshTransport t(options(QStringLiteral("echo should-not-run"), false));
        QSignalSpy refused(&t, &SshTransport::hostKeyRefused);
        Session s(t);
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 20000);
        QCOMPARE(s.status(), -1);
        QVERIFY2(s.reason().startsWith(QStringLiteral("WARNING: the host key of testbox (127.0.0.1:%1) has changed, connection refused.")
                                           .arg(m_port)), qPrintable(s.reason()));
        const QString pubA = QString::fromUtf8(readAll(path(QStringLiteral("host_a.pub"))));
        const QString pubB = QString::fromUtf8(readAll(path(QStringLiteral("host_b.pub"))));
        QVERIFY(s.reason().contains(HostKey{QStringLiteral("ssh-ed25519"), pubA.section(QLatin1Char(' '), 1, 1).toLatin1()}.fingerprint()));
        QVERIFY(s.reason().contains(HostKey{QStringLiteral("ssh-ed25519"), pubB.section(QLatin1Char(' '), 1, 1).toLatin1()}.fingerprint()));
        QCOMPARE(refused.size(), 1);
        QVERIFY(!s.output.contains("should-not-run"));
        QCOMPARE(s.started.size(), 0);
        QCOMPARE(readAll(path(QStringLiteral("pins"))), pinsBefore);

        // Forgetting the pin (the user rebuilt it on purpose) lets the next connection pin the new key.
        HostKeyPins pins(path(QStringLiteral("pins")));
        QString error;
        QVERIFY(pins.forget(QStringLiteral("testbox"), &error));
        SshTransport again(options(QStringLiteral("echo now-$((1+1))"), false));
        Session s2(again);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(s2.finished.size(), 1, 20000);
        QVERIFY2(s2.output.contains("now-2"), qPrintable(s2.reason()));
        QCOMPARE(s2.status(), 0);

        // The command line refuses too, and says how to forget the old key.
        const QString cliPins = path(QStringLiteral("home/data/ssh/known_hosts"));
        const QByteArray cliPinsBefore = readAll(cliPins);
        Cli r = cli(at({QStringLiteral("--"), QStringLiteral("echo should-not-run")}));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("initbench ssh: WARNING: the host key of testbox (127.0.0.1:%1) has changed").arg(m_port)),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readAll(cliPins), cliPinsBefore);
        r = cli({QStringLiteral("testbox"), QStringLiteral("--forget-host-key")});
        QCOMPARE(r.status, 0);
        r = cli(at({QStringLiteral("--"), QStringLiteral("echo after-forget")}));
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("after-forget\n"));
    }
};

QTEST_GUILESS_MAIN(TstSshTransport)
#include "tst_sshtransport.moc"
