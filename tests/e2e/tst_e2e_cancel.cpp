// End to end, Cancel on real engines: a build is cancelled while its RUN step (apt-get) runs,
// through the same ContainerJob the window's Cancel button uses. The job must end within
// seconds saying the build stopped and nothing was kept, the engine must have no image of the
// profile and no build container left (docker stops its build with the client; podman 4.3 does
// not, and Initbench removes buildah's working container).
#include "catalog/catalog.h"
#include "containerjob.h"
#include "engine/containercontroller.h"
#include "process/processrunner.h"
#include "recipe/hostfacts.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <unistd.h>

#include "finishedprocess.h"

using namespace initbench;
using e2e::finish;
using e2e::Run;

namespace {

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    return finish(p, timeoutMs);
}

QString dataDir()
{
    return qEnvironmentVariable("INITBENCH_E2E_HOME", QDir::homePath() + QStringLiteral("/.cache/initbench-e2e")) + QStringLiteral("/data");
}

} // namespace

class TstE2eCancel : public QObject
{
    Q_OBJECT
    Catalog m_catalog = Catalog::builtin();

private slots:
    void cancelStopsTheBuild_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("docker") << QStringLiteral("docker");
        QTest::newRow("podman") << QStringLiteral("podman");
    }

    void cancelStopsTheBuild()
    {
        QFETCH(QString, engine);
        const bool required = qEnvironmentVariableIntValue("INITBENCH_E2E_REQUIRED") == 1;
        const bool usable = ::geteuid() == 0 && !QStandardPaths::findExecutable(engine).isEmpty()
                            && run(engine, {QStringLiteral("info")}).status == 0;
        if (!usable && required)
            QFAIL(qPrintable(engine + QStringLiteral(" is not usable here as root, and INITBENCH_E2E_REQUIRED=1")));
        if (!usable)
            QSKIP("the engine is not usable here as root");

        Profile p;
        p.name = QStringLiteral("e2e-cancel-") + engine;
        p.distro = QStringLiteral("debian:bookworm");
        p.init = QStringLiteral("sysvinit");
        p.engine = engine;
        p.services = {QStringLiteral("sshd")};
        // A user of a new name each run: the RUN step is never in the engine's build cache.
        p.users = {Account{QStringLiteral("u%1").arg(QRandomGenerator::global()->bounded(100000, 999999)), {}, {}}};
        const QString image = engine == QLatin1String("podman") ? QStringLiteral("localhost/initbench/%1:latest").arg(p.name)
                                                                : QStringLiteral("initbench/%1:latest").arg(p.name);
        run(engine, {QStringLiteral("rmi"), QStringLiteral("--force"), image});

        ProcessRunner runner;
        ContainerController controller(runner, m_catalog, HostFacts::detect(dataDir()), dataDir());
        ContainerJob job;
        QElapsedTimer sinceCancel;
        QStringList log;
        // Cancelled 3 s into the RUN step (docker: "Step 4/7 : RUN", podman: "STEP 4/7: RUN").
        connect(&job, &ContainerJob::logLines, this, [&](const QStringList &lines) {
            for (const QString &line : lines) {
                log << line;
                if (!sinceCancel.isValid() && line.contains(QLatin1String(": RUN")) && line.contains(QLatin1String("setup.sh"))) {
                    sinceCancel.start();
                    QTimer::singleShot(3000, &job, [&] {
                        sinceCancel.restart();
                        job.cancel();
                    });
                }
            }
        });
        QSignalSpy done(&job, &ContainerJob::finished);
        const qint64 started = QDateTime::currentSecsSinceEpoch();
        QVERIFY(job.start(QStringLiteral("build"), [&](const ProgressSink &progress) { return controller.build(p, progress); }));
        QVERIFY2(done.wait(15 * 60 * 1000), "the build neither ended nor was cancelled in 15 minutes");
        const QString message = done.at(0).at(1).toString();
        QVERIFY2(sinceCancel.isValid(), qPrintable(QStringLiteral("the RUN step never started: ") + message + log.join(QLatin1Char('\n')).right(2000)));
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY2(message.startsWith(QStringLiteral("Cancelled: the build of %1 stopped; nothing of it was kept").arg(p.name)), qPrintable(message));
        qInfo("%s: the job ended %lld ms after Cancel", qPrintable(engine), sinceCancel.elapsed());
        QVERIFY2(sinceCancel.elapsed() < 30000, qPrintable(QString::number(sinceCancel.elapsed())));

        // The engine removes the step's container on its own time (docker: after it has stopped
        // it, a few seconds): it must be gone within 30 s.
        const auto stepContainers = [&] {
            return run(engine, {QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--no-trunc"), QStringLiteral("--format"),
                                QStringLiteral("{{.Command}}")}).out;
        };
        QElapsedTimer gone;
        gone.start();
        while (stepContainers().contains(QLatin1String("/initbench/setup.sh")) && gone.elapsed() < 30000)
            QTest::qWait(250);
        qInfo("%s: no step container %lld ms after the job ended", qPrintable(engine), gone.elapsed());
        // Nothing kept, also after the step that was running would have ended.
        for (int look = 0; look < 2; ++look) {
            if (look == 1)
                QTest::qWait(20000);
            QVERIFY2(run(engine, {QStringLiteral("image"), QStringLiteral("inspect"), image}).status != 0, qPrintable(image + QStringLiteral(" exists")));
            const QString left = stepContainers();
            QVERIFY2(!left.contains(QLatin1String("/initbench/setup.sh")), qPrintable(left));
            if (engine == QLatin1String("podman")) {
                const Run external = run(engine, {QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--external"),
                                                  QStringLiteral("--format"), QStringLiteral("json")});
                for (const QJsonValue &v : QJsonDocument::fromJson(external.out.toUtf8()).array())
                    QVERIFY2(v.toObject().value(QStringLiteral("Created")).toInteger() < started,
                             qPrintable(QStringLiteral("a build container was left: ") + QString::fromUtf8(QJsonDocument(v.toObject()).toJson())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstE2eCancel)
#include "tst_e2e_cancel.moc"
