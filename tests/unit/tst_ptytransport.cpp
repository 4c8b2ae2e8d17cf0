// PtyTransport against real programs on a real pseudo-terminal: /bin/sh, stty, sleep.
#include "terminal/ptytransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace initbench;

namespace {

// Collects what a transport sends and how it ended.
struct Session {
    explicit Session(PtyTransport &t) : finished(&t, &ITerminalTransport::finished)
    {
        QObject::connect(&t, &ITerminalTransport::received, &t, [this](const QByteArray &d) { output += d; });
    }
    QByteArray output;
    QSignalSpy finished;
    int status() const { return finished.isEmpty() ? -2 : finished.first().at(0).toInt(); }
    QString reason() const { return finished.isEmpty() ? QString() : finished.first().at(1).toString(); }
};

} // namespace

class TstPtyTransport : public QObject
{
    Q_OBJECT

private slots:
    void commandOutputAndExitStatus()
    {
        PtyTransport t({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo hello from the pty; tty; exit 3")},
                       QStringLiteral("test"));
        Session s(t);
        QSignalSpy started(&t, &ITerminalTransport::started);
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        QCOMPARE(started.size(), 1);
        QVERIFY2(s.output.contains("hello from the pty\r\n"), s.output.constData()); // the pty's ONLCR: a real terminal
        QVERIFY2(s.output.contains("/dev/pts/"), s.output.constData());
        QCOMPARE(s.status(), 3);
        QCOMPARE(s.reason(), QStringLiteral("exited with status 3"));
    }

    void interactiveShellSeesSizeAndResize()
    {
        PtyTransport t({QStringLiteral("/bin/sh")}, QStringLiteral("test shell"));
        t.setInitialSize(80, 24);
        Session s(t);
        t.start();
        t.write("echo TERM=$TERM; stty size\n");
        QTRY_VERIFY2_WITH_TIMEOUT(s.output.contains("\n24 80"), s.output.constData(), 10000);
        QVERIFY2(s.output.contains("TERM=xterm-256color"), s.output.constData());
        // The shell also gets SIGWINCH: a trap proves the signal reached the foreground group.
        t.write("trap 'echo got-winch' WINCH\n");
        t.write("echo trap-$((40 + 2))\n"); // the echoed command line does not contain the answer
        QTRY_VERIFY2_WITH_TIMEOUT(s.output.contains("trap-42"), s.output.constData(), 10000);
        t.resize(132, 40);
        t.write("stty size\n");
        QTRY_VERIFY2_WITH_TIMEOUT(s.output.contains("\n40 132"), s.output.constData(), 10000);
        QVERIFY2(s.output.contains("got-winch"), s.output.constData());
        t.write("exit 7\n");
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        QCOMPARE(s.status(), 7);
    }

    void largeInputIsNotLost()
    {
        // More than a pty's buffer holds at once: the rest waits for the write notifier.
        PtyTransport t({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("stty -echo; wc -c")}, QStringLiteral("wc"));
        Session s(t);
        t.start();
        QTest::qWait(200); // stty -echo before the data arrives
        QByteArray line(999, 'x');
        line.append('\n');
        for (int i = 0; i < 200; ++i)
            t.write(line);
        t.write("\x04"); // ^D: end of input for wc (a line discipline EOF)
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 20000);
        QVERIFY2(s.output.contains("200000"), s.output.constData());
        QCOMPARE(s.status(), 0);
    }

    void signalDeathIs128PlusSignal()
    {
        PtyTransport t({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("kill -TERM $$")}, QStringLiteral("test"));
        Session s(t);
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 10000);
        QCOMPARE(s.status(), 128 + 15);
        QVERIFY2(s.reason().startsWith(QStringLiteral("killed by signal 15")), qPrintable(s.reason()));
    }

    void closeHangsUp()
    {
        PtyTransport t({QStringLiteral("sleep"), QStringLiteral("100")}, QStringLiteral("test"));
        Session s(t);
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(t.pid() > 0, 5000);
        QTest::qWait(100);
        QElapsedTimer timer;
        timer.start();
        t.close();
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 5000);
        QVERIFY(timer.elapsed() < 1500); // SIGHUP did it, not the SIGKILL fallback
        QCOMPARE(s.status(), 128 + 1);
    }

    void missingProgramIsReported()
    {
        PtyTransport t({QStringLiteral("initbench-no-such-program")}, QStringLiteral("test"));
        Session s(t);
        QSignalSpy started(&t, &ITerminalTransport::started);
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 5000);
        QCOMPARE(s.status(), -1);
        QCOMPARE(s.reason(), QStringLiteral("cannot run initbench-no-such-program: No such file or directory"));
        QCOMPARE(started.size(), 0);
        t.write("ignored"); // after the end: nothing happens, nothing crashes
        t.resize(10, 10);
    }

    void emptyArgvIsRefused()
    {
        PtyTransport t({}, QStringLiteral("nothing"));
        Session s(t);
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.finished.size(), 1, 5000);
        QCOMPARE(s.status(), -1);
        QCOMPARE(s.reason(), QStringLiteral("nothing to run"));
    }

    void destroyingARunningTransportKillsIt()
    {
        pid_t pid = 0;
        {
            PtyTransport t({QStringLiteral("sleep"), QStringLiteral("100")}, QStringLiteral("test"));
            t.start();
            pid = t.pid();
            QVERIFY(pid > 0);
        }
        QVERIFY(::kill(pid, 0) != 0); // gone and reaped
    }
};

QTEST_GUILESS_MAIN(TstPtyTransport)
#include "tst_ptytransport.moc"
