// Engine failures turned into problems a user can act on, read from stderr captured from real
// docker and podman (tests/data/<engine>/).
#include "engine/enginediagnosis.h"
#include "engine/rootlessdiagnosis.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include "capturedoutput.h"

using namespace initbench;
using initbench::test::capture;

Q_DECLARE_METATYPE(initbench::EngineProblem)

namespace {

CommandResult failed(const QByteArray &err, int exitCode = 1)
{
    CommandResult r;
    r.outcome = CommandOutcome::ExitedWithError;
    r.exitCode = exitCode;
    r.standardError = err;
    return r;
}

} // namespace

class TstEngineDiagnosis : public QObject
{
    Q_OBJECT
private slots:
    void successIsNoProblem()
    {
        CommandResult ok;
        ok.outcome = CommandOutcome::Success;
        ok.exitCode = 0;
        ok.standardOutput = "24.0.5\n";
        const EngineDiagnosis d = diagnoseEngineFailure(QStringLiteral("docker"), ok);
        QCOMPARE(d.problem, EngineProblem::None);
        QVERIFY(d.message.isEmpty());
    }

    void notInstalled_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("package");
        QTest::newRow("docker") << "docker" << "apt install docker.io";
        QTest::newRow("podman") << "podman" << "apt install podman";
    }
    void notInstalled()
    {
        QFETCH(QString, engine);
        QFETCH(QString, package);
        CommandResult r; // FailedToStart by default: the program was not found
        QCOMPARE(r.outcome, CommandOutcome::FailedToStart);
        const EngineDiagnosis d = diagnoseEngineFailure(engine, r);
        QCOMPARE(d.problem, EngineProblem::NotInstalled);
        QVERIFY2(d.message.contains(package), qPrintable(d.message));
        QVERIFY2(d.message.startsWith(engine + QLatin1String(" is not installed")), qPrintable(d.message));
    }

    void fromStderr_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QByteArray>("errorText");
        QTest::addColumn<EngineProblem>("problem");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("docker daemon down (captured)")
            << "docker" << capture(QStringLiteral("docker/daemon-down.stderr")) << EngineProblem::DaemonNotRunning
            << "the docker daemon is not running";
        QTest::newRow("docker daemon down (variant)")
            << "docker" << QByteArray("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n")
            << EngineProblem::DaemonNotRunning << "systemctl start docker";
        QTest::newRow("podman service unreachable")
            << "podman"
            << QByteArray("Cannot connect to Podman. Please verify your connection to the Linux system using "
                          "`podman system connection list`, or try `podman machine init` and `podman machine start` to manage a new Linux VM\n"
                          "Error: unable to connect to Podman socket: dial unix /run/podman/podman.sock: connect: no such file or directory\n")
            << EngineProblem::DaemonNotRunning << "podman cannot reach its service: Cannot connect to Podman.";
        QTest::newRow("docker socket permission denied")
            << "docker"
            << QByteArray("permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: "
                          "Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version\": dial unix /var/run/docker.sock: connect: permission denied\n")
            << EngineProblem::PermissionDenied << "join the 'docker' group";
        QTest::newRow("docker socket permission denied (usermod)")
            << "docker"
            << QByteArray("Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: "
                          "Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json\": dial unix /var/run/docker.sock: connect: permission denied\n")
            << EngineProblem::PermissionDenied << "usermod -aG docker";
        QTest::newRow("docker no such container (captured)")
            << "docker" << capture(QStringLiteral("docker/inspect-missing.stderr")) << EngineProblem::NoSuchContainer
            << "Error response from daemon: No such container: nosuch";
        QTest::newRow("podman no such container (captured)")
            << "podman" << capture(QStringLiteral("podman/inspect-missing.stderr")) << EngineProblem::NoSuchContainer
            << "Error: inspecting object: no such container nosuch";
        QTest::newRow("docker no such image")
            << "docker" << QByteArray("Error response from daemon: No such image: initbench/x:latest\n") << EngineProblem::NoSuchImage
            << "No such image: initbench/x:latest";
        QTest::newRow("podman image not known")
            << "podman" << QByteArray("Error: initbench/x: image not known\n") << EngineProblem::NoSuchImage
            << "image not known";
        // Rootless podman without part of its setup (captured as a user on Debian 12, podman 4.3).
        QTest::newRow("rootless: no newuidmap (captured)")
            << "podman" << capture(QStringLiteral("podman/rootless-no-newuidmap.stderr")) << EngineProblem::RootlessSetup
            << "apt install uidmap";
        QTest::newRow("rootless: no subuid range, import (captured)")
            << "podman" << capture(QStringLiteral("podman/rootless-no-subuid-import.stderr")) << EngineProblem::RootlessSetup
            << "usermod --add-subuids 100000-165535 --add-subgids 100000-165535 $USER";
        QTest::newRow("rootless: no subuid range, first command (captured)")
            << "podman" << capture(QStringLiteral("podman/rootless-no-subuid-warning.stderr")) << EngineProblem::RootlessSetup
            << "/etc/subuid and /etc/subgid";
        QTest::newRow("rootless: no slirp4netns (captured)")
            << "podman" << capture(QStringLiteral("podman/rootless-no-slirp4netns.stderr")) << EngineProblem::RootlessSetup
            << "apt install slirp4netns";
        QTest::newRow("rootless: /dev/net/tun closed (captured)")
            << "podman" << capture(QStringLiteral("podman/rootless-tun-denied.stderr")) << EngineProblem::RootlessSetup
            << "chmod 0666 /dev/net/tun";
        QTest::newRow("docker run: no such image (captured)")
            << "docker" << capture(QStringLiteral("docker/run-no-such-image.stderr")) << EngineProblem::NoSuchImage
            << "No such image: initbench/nosuch:latest";
        QTest::newRow("podman run: image not known (captured)")
            << "podman" << capture(QStringLiteral("podman/run-no-such-image.stderr")) << EngineProblem::NoSuchImage
            << "image not known";
        QTest::newRow("docker run: name in use (captured)")
            << "docker" << capture(QStringLiteral("docker/run-name-in-use.stderr")) << EngineProblem::NameInUse
            << "The container name \"/ib-conflict-cap\" is already in use";
        QTest::newRow("podman run: name in use (captured)")
            << "podman" << capture(QStringLiteral("podman/run-name-in-use.stderr")) << EngineProblem::NameInUse
            << "the container name \"ib-conflict-cap\" is already in use";
        QTest::newRow("anything else")
            << "docker" << QByteArray("Error response from daemon: conflict: unable to remove repository reference\n")
            << EngineProblem::Other << "docker exited with status 1: Error response from daemon: conflict";
    }
    void fromStderr()
    {
        QFETCH(QString, engine);
        QFETCH(QByteArray, errorText);
        QFETCH(EngineProblem, problem);
        QFETCH(QString, mentions);
        const EngineDiagnosis d = diagnoseEngineFailure(engine, failed(errorText));
        QCOMPARE(d.problem, problem);
        QVERIFY2(d.message.contains(mentions), qPrintable(d.message));
        QVERIFY2(!d.message.endsWith(QLatin1Char('\n')), qPrintable(d.message));
    }

    // The captured no-such-container message is its first line only, without the trailing newline.
    void noSuchContainerMessageIsTheFirstLine()
    {
        const QByteArray err = capture(QStringLiteral("docker/inspect-missing.stderr")) + "second line\n";
        const EngineDiagnosis d = diagnoseEngineFailure(QStringLiteral("docker"), failed(err));
        QCOMPARE(d.problem, EngineProblem::NoSuchContainer);
        QCOMPARE(d.message, QStringLiteral("Error response from daemon: No such container: nosuch"));
    }

    // Rootless podman may put a logger warning before the error: the message is the error.
    void rootlessWarningBeforeTheError()
    {
        const QByteArray err = capture(QStringLiteral("podman/rootless-inspect-missing.stderr"));
        QVERIFY(err.startsWith("time="));
        const EngineDiagnosis d = diagnoseEngineFailure(QStringLiteral("podman"), failed(err, 125));
        QCOMPARE(d.problem, EngineProblem::NoSuchContainer);
        QCOMPARE(d.message, QStringLiteral("Error: inspecting object: no such container nosuch"));
    }

    // Each rootless problem has its own message.
    void rootlessMessagesDiffer()
    {
        QSet<QString> messages;
        for (const char *file : {"rootless-no-newuidmap", "rootless-no-subuid-import", "rootless-no-slirp4netns", "rootless-tun-denied"})
            messages << diagnoseEngineFailure(QStringLiteral("podman"),
                                              failed(capture(QStringLiteral("podman/%1.stderr").arg(QLatin1String(file))), 125)).message;
        QCOMPARE(messages.size(), 4);
    }

    // docker's errors are never read as podman's rootless setup.
    void rootlessOnlyForPodman()
    {
        const EngineDiagnosis d = diagnoseEngineFailure(QStringLiteral("docker"), failed(capture(QStringLiteral("podman/rootless-no-newuidmap.stderr"))));
        QCOMPARE(d.problem, EngineProblem::Other);
    }

    // A daemon that is down is not a permission problem, though its message names a .sock.
    void daemonDownIsNotPermissionDenied()
    {
        const QByteArray err = capture(QStringLiteral("docker/daemon-down.stderr"));
        QVERIFY(err.contains(".sock"));
        QCOMPARE(diagnoseEngineFailure(QStringLiteral("docker"), failed(err)).problem, EngineProblem::DaemonNotRunning);
    }

    // The error text may come on stdout when stderr is empty (CommandResult::details()).
    void stdoutWhenStderrEmpty()
    {
        CommandResult r;
        r.outcome = CommandOutcome::ExitedWithError;
        r.exitCode = 1;
        r.standardOutput = capture(QStringLiteral("podman/inspect-missing.stderr"));
        QCOMPARE(diagnoseEngineFailure(QStringLiteral("podman"), r).problem, EngineProblem::NoSuchContainer);
    }

    void timedOutIsOther()
    {
        CommandResult r;
        r.outcome = CommandOutcome::TimedOut;
        r.elapsedMs = 30000;
        const EngineDiagnosis d = diagnoseEngineFailure(QStringLiteral("docker"), r);
        QCOMPARE(d.problem, EngineProblem::Other);
        QVERIFY2(d.message.contains(QLatin1String("timed out after 30 s")), qPrintable(d.message));
    }
};

QTEST_GUILESS_MAIN(TstEngineDiagnosis)
#include "tst_enginediagnosis.moc"
