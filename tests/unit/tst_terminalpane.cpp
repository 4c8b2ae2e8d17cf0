// The window's Terminal pane under the offscreen platform, with real transports: a local /bin/sh
// on a pty stands in for an engine's exec shell, and a throwaway OpenSSH server on 127.0.0.1
// (as in tst_sshtransport) for a container's sshd. Sessions belong to the pane's list, so
// switching tabs or hiding views never ends them; an ended session reconnects.
#include "engine/containercontroller.h"
#include "mainwindow.h"
#include "passwordprompt.h"
#include "process/fakecommandrunner.h"
#include "ssh/initbenchkey.h"
#include "ssh/sshtransport.h"
#include "gui/containerterminals.h"
#include "terminal/ptytransport.h"
#include "terminal/terminalscreen.h"
#include "terminal/terminalsessionlist.h"
#include "terminalpane.h"
#include "terminalsessionpage.h"
#include "terminalview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolBar>

#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <chrono>
#include <thread>
#include <unistd.h>

using namespace initbench;
using Kind = TerminalSession::Kind;

namespace {

// A line of output: alone on its row, or after a prompt printed late (input typed ahead of the
// prompt is echoed before it, and the output then follows the prompt).
bool screenHasRow(const TerminalScreen *screen, const QString &text)
{
    for (int line = 0; line < screen->lineCount(); ++line) {
        const QString row = screen->lineText(line);
        if (row == text || row.endsWith(QLatin1String("$ ") + text) || row.endsWith(QLatin1String("# ") + text))
            return true;
    }
    return false;
}

QString screenText(const TerminalScreen *screen)
{
    QStringList lines;
    for (int line = 0; line < screen->lineCount(); ++line)
        lines << screen->lineText(line);
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

bool alive(pid_t pid)
{
    return pid > 0 && ::kill(pid, 0) == 0;
}

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

// Exec shells are a local /bin/sh; SSH goes wherever ssh() says (the fixture's sshd).
class FixtureOpener : public ITerminalOpener
{
public:
    std::function<SshTransportOptions(int columns, int rows)> ssh;
    int made = 0;

    QString unavailableReason(Kind kind, const QString &engine) const override
    {
        if (kind == Kind::Ssh && !ssh)
            return QStringLiteral("no sshd in this test");
        return kind == Kind::Console && engine == QLatin1String("nspawn") ? QStringLiteral("not available for nspawn yet") : QString();
    }
    TerminalSession::TransportFactory factory(Kind kind, const QString &, const QString &) override
    {
        return [this, kind](int columns, int rows) -> std::unique_ptr<ITerminalTransport> {
            ++made;
            if (kind == Kind::Ssh)
                return std::make_unique<SshTransport>(ssh(columns, rows));
            auto t = std::make_unique<PtyTransport>(QStringList{QStringLiteral("/bin/sh")},
                                                    QStringLiteral("exec shell: writes no login record"), false);
            t->setInitialSize(columns, rows);
            t->setEnvironment({QStringLiteral("PS1=$ "), QStringLiteral("ENV=")});
            return t;
        };
    }
};

QTabWidget *mainTabs(MainWindow &w)
{
    for (QTabWidget *t : w.findChildren<QTabWidget *>())
        for (int i = 0; i < t->count(); ++i)
            if (t->tabText(i) == QLatin1String("Terminal"))
                return t;
    return nullptr;
}

void showTab(QTabWidget *tabs, const QString &text)
{
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == text)
            tabs->setCurrentIndex(i);
}

void type(TerminalView *view, const QString &line)
{
    QTest::keyClicks(view, line);
    QTest::keyClick(view, Qt::Key_Return);
}

} // namespace

class TstTerminalPane : public QObject
{
    Q_OBJECT
    Catalog m_catalog = Catalog::builtin();
    QTemporaryDir m_dir;
    QProcess m_sshd;
    int m_port = 0;
    QString m_sshdSkip; // why the SSH tests skip, if they do

    QString path(const QString &name) const { return m_dir.filePath(name); }

    SshTransportOptions sshOptions(const QString &keyPath, int columns, int rows) const
    {
        SshTransportOptions o;
        o.target.port = 1; // wrong on purpose: resolvePort finds the real one, on the worker thread
        o.target.pinName = QStringLiteral("testbox");
        o.credentials.privateKeyPath = keyPath;
        o.pinsPath = path(QStringLiteral("pins"));
        o.columns = columns;
        o.rows = rows;
        o.resolvePort = [port = m_port](QString *) { return std::optional<int>(port); };
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
            m_sshdSkip = QStringLiteral("openssh-server is not installed");
        else if (::geteuid() != 0)
            m_sshdSkip = QStringLiteral("sshd needs root to log a user in");
        if (!m_sshdSkip.isEmpty())
            return;
        QDir().mkpath(QStringLiteral("/run/sshd"));
        InitbenchKey key(path(QStringLiteral("key")));
        QString error;
        QVERIFY2(key.ensure(&error), qPrintable(error));
        QFile authorized(path(QStringLiteral("authorized_keys")));
        QVERIFY(authorized.open(QIODevice::WriteOnly));
        authorized.write(key.publicKeyLine(&error).toUtf8() + '\n');
        authorized.close();
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                                  QStringLiteral("-N"), QString(), QStringLiteral("-f"), path(QStringLiteral("host"))}),
                 0);
        m_port = freeLoopbackPort();
        QFile config(path(QStringLiteral("sshd_config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\n"
                                    "PidFile none\nUsePAM no\nStrictModes no\nPermitRootLogin yes\n"
                                    "PasswordAuthentication yes\nKbdInteractiveAuthentication no\n")
                         .arg(m_port).arg(path(QStringLiteral("host")), path(QStringLiteral("authorized_keys"))).toUtf8());
        config.close();
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config.fileName()});
        QVERIFY(m_sshd.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(accepts(m_port) || m_sshd.state() == QProcess::NotRunning, "sshd listens", 10000);
        QVERIFY2(m_sshd.state() == QProcess::Running, m_sshd.readAll().constData());
    }

    void cleanupTestCase()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            m_sshd.waitForFinished(5000);
        }
    }

    // The whole life of an exec shell in the window: typed into, hidden, ended, reconnected, closed.
    void execShellOutlivesItsViewAndReconnects()
    {
        HostFacts host;
        host.stateDir = path(QStringLiteral("state"));
        MainWindow w(m_catalog, host);
        FixtureOpener opener;
        w.setTerminalOpener(&opener);
        Profile p;
        p.name = QStringLiteral("t-pane");
        p.distro = QStringLiteral("debian:bookworm");
        p.init = QStringLiteral("openrc");
        p.engine = QStringLiteral("docker");
        w.setProfile(p, {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTabWidget *tabs = mainTabs(w);
        QVERIFY(tabs);
        showTab(tabs, QStringLiteral("Terminal"));
        TerminalPane *pane = w.terminalPane();
        QCOMPARE(pane->container(), QStringLiteral("t-pane"));

        QAction *exec = pane->newSessionAction(Kind::Exec);
        QVERIFY(exec->isEnabled());
        QCOMPARE(exec->text(), QStringLiteral("Exec shell in t-pane (writes no login record)"));
        QVERIFY(!pane->newSessionAction(Kind::Ssh)->isEnabled()); // the opener says why: no sshd here
        exec->trigger();
        QCOMPARE(pane->sessions()->count(), 1);
        QPointer<TerminalSession> session = pane->sessions()->sessions().constFirst();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), TerminalSession::State::Connected, 5000);
        QVERIFY(!session->writesLoginRecord());
        TerminalSessionPage *page = pane->pageOf(session);
        QVERIFY(page);
        QVERIFY2(page->description().contains(QLatin1String("writes no login record")), qPrintable(page->description()));
        QCOMPARE(pane->tabs()->tabText(pane->tabs()->indexOf(page)), QStringLiteral("exec shell: t-pane"));
        TerminalView *view = page->view();
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->screen(), session->screen());
        // The shell's terminal has the view's size.
        QTRY_COMPARE(session->screen()->cols(), view->columns());
        QVERIFY(view->columns() > 40);

        // Typed into the view, run by the shell, shown on the session's screen.
        type(view, QStringLiteral("echo hi; stty size"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasRow(session->screen(), QStringLiteral("hi")), qPrintable(screenText(session->screen())), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasRow(session->screen(), QStringLiteral("%1 %2").arg(view->rowCount()).arg(view->columns())),
                                  qPrintable(screenText(session->screen())), 5000);
        const pid_t firstShell = static_cast<PtyTransport *>(session->transport())->pid();
        QVERIFY(alive(firstShell));

        // Another tab of the window: the view is hidden, the shell runs on and its output still
        // reaches the screen.
        showTab(tabs, QStringLiteral("Recipe"));
        QVERIFY(!view->isVisible());
        session->write("echo while-$((6*7))\r");
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasRow(session->screen(), QStringLiteral("while-42")), qPrintable(screenText(session->screen())), 5000);
        QCOMPARE(session->state(), TerminalSession::State::Connected);
        QVERIFY(alive(firstShell));
        // Hiding the view itself (and the whole window) ends nothing either.
        showTab(tabs, QStringLiteral("Terminal"));
        QVERIFY(view->isVisible());
        w.hide();
        QTest::qWait(300);
        QVERIFY(alive(firstShell));
        QCOMPARE(session->state(), TerminalSession::State::Connected);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(pane->pageOf(session)->view(), view);

        if (const QString shot = qEnvironmentVariable("INITBENCH_SCREENSHOT"); !shot.isEmpty()) {
            type(view, QStringLiteral("printf '\\033[1;32mgreen\\033[0m and \\033[7mreverse\\033[0m\\n'; ls /"));
            QTest::qWait(500);
            w.grab().save(shot);
        }

        // The shell ends: the view shows the disconnected state with a Reconnect button.
        type(view, QStringLiteral("exit 7"));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), TerminalSession::State::Ended, 5000);
        QCOMPARE(session->exitStatus(), 7);
        QCOMPARE(session->endReason(), QStringLiteral("exited with status 7"));
        QVERIFY(view->isDisconnected());
        QCOMPARE(pane->tabs()->tabText(pane->tabs()->indexOf(page)), QStringLiteral("exec shell: t-pane (ended)"));
        QVERIFY(page->description().contains(QLatin1String("ended: exited with status 7")));
        QPushButton *reconnect = nullptr;
        for (QPushButton *b : view->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Reconnect"))
                reconnect = b;
        QVERIFY(reconnect && reconnect->isVisible());
        if (const QString shot = qEnvironmentVariable("INITBENCH_SCREENSHOT_ENDED"); !shot.isEmpty())
            w.grab().save(shot);

        // Reconnect: a fresh shell in the same tab and view.
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), TerminalSession::State::Connected, 5000);
        QVERIFY(!view->isDisconnected());
        QVERIFY(!reconnect->isVisible());
        QCOMPARE(session->connectionCount(), 2);
        QCOMPARE(opener.made, 2);
        const pid_t secondShell = static_cast<PtyTransport *>(session->transport())->pid();
        QVERIFY(secondShell != firstShell);
        QVERIFY(!alive(firstShell));
        type(view, QStringLiteral("echo again-$((1+1))"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasRow(session->screen(), QStringLiteral("again-2")), qPrintable(screenText(session->screen())), 5000);
        QVERIFY(screenHasRow(session->screen(), QStringLiteral("hi"))); // the old screen stays above

        // Closing the tab of a live session asks; "no" keeps it running.
        QStringList asked;
        bool answer = false;
        pane->setCloseConfirmation([&](TerminalSession *s) { asked << s->title(); return answer; });
        emit pane->tabs()->tabCloseRequested(pane->tabs()->indexOf(page));
        QCOMPARE(asked, QStringList{QStringLiteral("exec shell: t-pane")});
        QCOMPARE(pane->tabs()->count(), 1);
        QVERIFY(alive(secondShell));
        answer = true;
        emit pane->tabs()->tabCloseRequested(pane->tabs()->indexOf(page));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(pane->tabs()->count(), 0);
        QCOMPARE(pane->sessions()->count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(session.isNull(), 5000); // deleted once its shell has gone
        QVERIFY(!alive(secondShell));
    }

    // An ended session's tab closes without a question.
    void endedSessionClosesWithoutAsking()
    {
        TerminalPane pane;
        FixtureOpener opener;
        pane.setOpener(&opener);
        pane.setContainer(QStringLiteral("box"), QStringLiteral("docker"));
        pane.resize(700, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        TerminalSession *s = pane.openSession(Kind::Exec);
        QVERIFY(s);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), TerminalSession::State::Connected, 5000);
        s->write("exit\r");
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), TerminalSession::State::Ended, 5000);
        int asked = 0;
        pane.setCloseConfirmation([&](TerminalSession *) { ++asked; return false; });
        pane.closeSession(s);
        QCOMPARE(asked, 0);
        QCOMPARE(pane.tabs()->count(), 0);
    }

    // The real opener: argument lists for exec and console; an nspawn console is relayed by
    // `initbench console` when the composition says how, and refused (the menu says why) when not.
    void containerTerminalsBuildArgumentLists()
    {
        FakeCommandRunner fake;
        HostFacts host;
        host.stateDir = path(QStringLiteral("state"));
        ContainerController controller(fake, m_catalog, host, path(QStringLiteral("data")));
        ContainerTerminals terminals(controller, fake, path(QStringLiteral("key")), path(QStringLiteral("pins")));
        QCOMPARE(terminals.execArgv(QStringLiteral("demo"), QStringLiteral("docker")).mid(0, 5),
                 (QStringList{QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("--interactive"), QStringLiteral("--tty"),
                              QStringLiteral("demo")}));
        QCOMPARE(terminals.execArgv(QStringLiteral("demo"), QStringLiteral("podman")).constLast(),
                 QStringLiteral("command -v bash >/dev/null && exec bash -l; exec sh -l"));
        QCOMPARE(terminals.consoleArgv(QStringLiteral("demo"), QStringLiteral("podman")),
                 (QStringList{QStringLiteral("podman"), QStringLiteral("attach"), QStringLiteral("--sig-proxy=false"), QStringLiteral("demo")}));
        QVERIFY(terminals.unavailableReason(Kind::Console, QStringLiteral("docker")).isEmpty());
        QVERIFY(terminals.unavailableReason(Kind::Console, QStringLiteral("nspawn")).contains(QLatin1String("not available")));
        // Labels: exec writes no login record, the console does.
        auto exec = terminals.factory(Kind::Exec, QStringLiteral("demo"), QStringLiteral("docker"))(80, 24);
        QVERIFY(!exec->writesLoginRecord());
        QVERIFY2(exec->label().contains(QLatin1String("writes no login record")), qPrintable(exec->label()));
        auto console = terminals.factory(Kind::Console, QStringLiteral("demo"), QStringLiteral("docker"))(80, 24);
        QVERIFY(console->writesLoginRecord());
        QCOMPARE(fake.history, QStringList()); // making transports runs nothing yet

        TerminalPane pane;
        pane.setOpener(&terminals);
        pane.setContainer(QStringLiteral("demo"), QStringLiteral("nspawn"));
        QVERIFY(!pane.newSessionAction(Kind::Console)->isEnabled());
        QVERIFY(pane.newSessionAction(Kind::Console)->toolTip().contains(QLatin1String("not available here")));
        QVERIFY(pane.newSessionAction(Kind::Ssh)->isEnabled());
        QVERIFY(!pane.openSession(Kind::Console));
        QCOMPARE(pane.sessions()->count(), 0);
        pane.setContainer(QStringLiteral("demo"), QStringLiteral("docker"));
        QVERIFY(pane.newSessionAction(Kind::Console)->isEnabled());

        terminals.setNspawnConsoleCommand({QStringLiteral("/usr/bin/initbench"), QStringLiteral("console")});
        QVERIFY(terminals.unavailableReason(Kind::Console, QStringLiteral("nspawn")).isEmpty());
        QCOMPARE(terminals.consoleArgv(QStringLiteral("demo"), QStringLiteral("nspawn")),
                 (QStringList{QStringLiteral("/usr/bin/initbench"), QStringLiteral("console"), QStringLiteral("demo"),
                              QStringLiteral("--engine"), QStringLiteral("nspawn")}));
        auto nspawnConsole = terminals.factory(Kind::Console, QStringLiteral("demo"), QStringLiteral("nspawn"))(80, 24);
        QVERIFY(nspawnConsole->writesLoginRecord());
        QVERIFY2(nspawnConsole->label().contains(QLatin1String("Ctrl-] leaves")), qPrintable(nspawnConsole->label()));
        pane.setContainer(QStringLiteral("demo"), QStringLiteral("nspawn"));
        QVERIFY(pane.newSessionAction(Kind::Console)->isEnabled());
    }

    // An SSH session against a real sshd shows in the pane: a login, typed into through the view.
    void sshSessionShowsInThePane()
    {
        if (!m_sshdSkip.isEmpty())
            QSKIP(qPrintable(m_sshdSkip));
        TerminalPane pane;
        FixtureOpener opener;
        const QString key = InitbenchKey(path(QStringLiteral("key"))).privateKeyPath();
        opener.ssh = [&](int columns, int rows) { return sshOptions(key, columns, rows); };
        pane.setOpener(&opener);
        pane.setContainer(QStringLiteral("testbox"), QStringLiteral("docker"));
        pane.resize(800, 480);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.newSessionAction(Kind::Ssh)->trigger();
        QCOMPARE(pane.sessions()->count(), 1);
        TerminalSession *s = pane.sessions()->sessions().constFirst();
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), TerminalSession::State::Connected, 20000);
        QVERIFY(s->writesLoginRecord());
        QVERIFY2(s->label().startsWith(QLatin1String("SSH to testbox as root: a login")), qPrintable(s->label()));
        TerminalSessionPage *page = pane.pageOf(s);
        QVERIFY(page->description().contains(QLatin1String("recorded in utmp and wtmp")));
        TerminalView *view = page->view();
        type(view, QStringLiteral("echo ssh-$((40+2)); stty size"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasRow(s->screen(), QStringLiteral("ssh-42")), qPrintable(screenText(s->screen())), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasRow(s->screen(), QStringLiteral("%1 %2").arg(view->rowCount()).arg(view->columns())),
                                  qPrintable(screenText(s->screen())), 20000);
        if (const QString shot = qEnvironmentVariable("INITBENCH_SCREENSHOT_SSH"); !shot.isEmpty())
            pane.grab().save(shot);
        type(view, QStringLiteral("exit 4"));
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), TerminalSession::State::Ended, 20000);
        QCOMPARE(s->exitStatus(), 4);
        QVERIFY(view->isDisconnected());
        s->reconnect(); // a new login; the port is found again
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), TerminalSession::State::Connected, 20000);
        type(view, QStringLiteral("echo back-$((2+3))"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenHasRow(s->screen(), QStringLiteral("back-5")), qPrintable(screenText(s->screen())), 20000);
    }

    // A refused key: the password is asked in a dialog on the GUI thread, in password mode;
    // cancelling it ends the session with the reason.
    void passwordIsAskedInADialogThatDoesNotEcho()
    {
        if (!m_sshdSkip.isEmpty())
            QSKIP(qPrintable(m_sshdSkip));
        InitbenchKey stranger(path(QStringLiteral("stranger")));
        QString error;
        QVERIFY(stranger.ensure(&error));
        TerminalPane pane;
        FixtureOpener opener;
        const PasswordPrompt::Hook hook = pane.passwordPrompt()->hook();
        opener.ssh = [&](int columns, int rows) {
            SshTransportOptions o = sshOptions(stranger.privateKeyPath(), columns, rows);
            o.credentials.password = [hook](const QString &prompt) { return hook(QStringLiteral("root"), prompt); };
            return o;
        };
        pane.setOpener(&opener);
        pane.setContainer(QStringLiteral("testbox"), QStringLiteral("docker"));
        pane.resize(800, 480);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        int dialogs = 0;
        QLineEdit::EchoMode echo = QLineEdit::Normal;
        QString label;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, &pane, [&] {
            if (auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                ++dialogs;
                echo = d->textEchoMode();
                label = d->labelText();
                d->reject();
            }
        });
        poll.start();
        TerminalSession *s = pane.openSession(Kind::Ssh);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), TerminalSession::State::Ended, 20000);
        QCOMPARE(dialogs, 1); // cancelled: not asked again
        QCOMPARE(echo, QLineEdit::Password);
        QVERIFY2(label.contains(QLatin1String("Password:")) && label.contains(QLatin1String("root")), qPrintable(label));
        QVERIFY(!s->endReason().isEmpty());
        QVERIFY(pane.pageOf(s)->view()->isDisconnected());
    }

    // A worker waiting for an answer gives up when the prompt goes away (window closing).
    void promptGoneMeansNoPassword()
    {
        auto *owner = new QWidget;
        auto *prompt = new PasswordPrompt(owner);
        const PasswordPrompt::Hook hook = prompt->hook();
        std::optional<QString> answer = QStringLiteral("unset");
        std::atomic_bool done{false};
        std::thread worker([&] {
            answer = hook(QStringLiteral("root"), QStringLiteral("Password: "));
            done = true;
        });
        // The question is queued to this (GUI) thread, whose events do not run meanwhile.
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        QVERIFY(!done);
        delete owner; // deletes the prompt without running the queued question
        worker.join();
        QVERIFY(!answer.has_value());
    }
};

QTEST_MAIN(TstTerminalPane)
#include "tst_terminalpane.moc"
