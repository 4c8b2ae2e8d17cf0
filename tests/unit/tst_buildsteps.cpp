// Build progress read from docker's classic builder, BuildKit and podman (buildah) output lines.
#include "engine/buildsteps.h"

#include <QTest>

using namespace initbench;

class TstBuildSteps : public QObject
{
    Q_OBJECT
private slots:
    void steps_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("title");

        QTest::newRow("classic") << "Step 2/6 : RUN x" << 2 << 6 << "RUN x";
        QTest::newRow("classic FROM") << "Step 1/6 : FROM debian:bookworm" << 1 << 6 << "FROM debian:bookworm";
        QTest::newRow("classic two digits") << "Step 12/14 : COPY initbench/ /initbench/" << 12 << 14 << "COPY initbench/ /initbench/";
        QTest::newRow("podman") << "STEP 2/6: RUN x" << 2 << 6 << "RUN x";
        QTest::newRow("podman FROM") << "STEP 1/6: FROM localhost/debian:bookworm" << 1 << 6 << "FROM localhost/debian:bookworm";
        QTest::newRow("buildkit") << "#7 [2/5] RUN x" << 2 << 5 << "RUN x";
        QTest::newRow("buildkit stage") << "#7 [stage-1 2/5] RUN x" << 2 << 5 << "RUN x";
        QTest::newRow("buildkit FROM")
            << "#5 [1/5] FROM docker.io/library/debian:bookworm@sha256:abc" << 1 << 5 << "FROM docker.io/library/debian:bookworm@sha256:abc";
        QTest::newRow("buildkit named stage") << "#12 [build 3/4] RUN make" << 3 << 4 << "RUN make";
        QTest::newRow("title keeps inner spaces")
            << "Step 3/6 : RUN apt-get update && apt-get install -y openrc" << 3 << 6 << "RUN apt-get update && apt-get install -y openrc";
        QTest::newRow("trailing spaces trimmed") << "STEP 4/6: CMD [\"/sbin/init\"]   " << 4 << 6 << "CMD [\"/sbin/init\"]";
    }
    void steps()
    {
        QFETCH(QString, line);
        QFETCH(int, number);
        QFETCH(int, total);
        QFETCH(QString, title);
        const std::optional<BuildStep> step = parseBuildStep(line);
        QVERIFY2(step.has_value(), qPrintable(line));
        QCOMPARE(step->number, number);
        QCOMPARE(step->total, total);
        QCOMPARE(step->title, title);
    }

    void notSteps_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << "";
        QTest::newRow("classic arrow") << " ---> Running in 3f2a1b";
        QTest::newRow("classic output") << "Setting up openrc (0.45.2-2) ...";
        QTest::newRow("buildkit internal") << "#1 [internal] load build definition from Dockerfile";
        QTest::newRow("buildkit metadata") << "#3 [internal] load metadata for docker.io/library/debian:bookworm";
        QTest::newRow("buildkit done") << "#7 DONE 1.2s";
        QTest::newRow("buildkit output") << "#7 0.512 Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]";
        QTest::newRow("buildkit exporting") << "#9 exporting to image";
        QTest::newRow("podman commit") << "COMMIT initbench/t-openrc:latest";
        QTest::newRow("podman arrow") << "--> 4b1c2d3e4f5a";
        QTest::newRow("step in the middle") << "echo Step 2/6 : RUN x";
        QTest::newRow("lowercase step") << "step 2/6 : RUN x";
        QTest::newRow("no total") << "Step 2 : RUN x";
        QTest::newRow("not numbers") << "Step a/b : RUN x";
        QTest::newRow("buildkit without hash number") << "# [2/5] RUN x";
    }
    void notSteps()
    {
        QFETCH(QString, line);
        QVERIFY2(!parseBuildStep(line).has_value(), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TstBuildSteps)
#include "tst_buildsteps.moc"
