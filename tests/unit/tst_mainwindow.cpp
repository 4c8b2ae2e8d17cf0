// The window under the offscreen platform: the default profile shows a recipe, a refused
// combination shows its reason, and the window actually paints.
#include "bootpane.h"
#include "containerjob.h"
#include "containerjobs.h"
#include "engine/containercontroller.h"
#include "mainwindow.h"
#include "process/fakecommandrunner.h"
#include "process/processrunner.h"
#include "recipe/recipegenerator.h"
#include "recipepreview.h"
#include "util/apppaths.h"
#include "profile/profileloader.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QToolBar>
#include <QImage>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace initbench;

class TstMainWindow : public QObject
{
    Q_OBJECT
    Catalog m_catalog = Catalog::builtin();

private slots:
    void showsRecipeAndRefusals()
    {
        HostFacts host;
        host.stateDir = QStringLiteral("/tmp/initbench-test-state");
        MainWindow w(m_catalog, host);
        const ProfileLoadResult def = loadProfileFile(QStringLiteral(":/profiles/default.yaml"), m_catalog, QStringLiteral("docker"));
        QVERIFY(def.ok());
        w.setProfile(def.profile, {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        auto *text = w.findChild<RecipePreview *>()->findChild<QPlainTextEdit *>();
        QVERIFY(text);
        const QString commands = text->toPlainText().replace(QStringLiteral(" \\\n    "), QStringLiteral(" "));
        QVERIFY2(commands.contains(QLatin1String("docker run --detach")), qPrintable(commands));
        QVERIFY(commands.contains(QLatin1String("--stop-signal SIGPWR")));

        // Pick Alpine + systemd: the preview says why instead of showing a recipe.
        QList<QComboBox *> combos = w.findChildren<QComboBox *>();
        QComboBox *distro = nullptr, *init = nullptr;
        for (QComboBox *c : combos) {
            if (c->findData(QStringLiteral("alpine:3.20")) >= 0) distro = c;
            if (c->findData(QStringLiteral("systemd")) >= 0) init = c;
        }
        QVERIFY(distro && init);
        distro->setCurrentIndex(distro->findData(QStringLiteral("alpine:3.20")));
        init->setCurrentIndex(init->findData(QStringLiteral("systemd")));
        QVERIFY2(text->toPlainText().contains(QLatin1String("Alpine has no systemd")), qPrintable(text->toPlainText()));

        // A service the cell refuses is explained in its tooltip.
        init->setCurrentIndex(init->findData(QStringLiteral("openrc")));
        distro->setCurrentIndex(distro->findData(QStringLiteral("debian:bookworm")));
        QListWidget *services = nullptr;
        for (QListWidget *l : w.findChildren<QListWidget *>())
            if (l->count() > 0 && (l->item(0)->flags() & Qt::ItemIsUserCheckable))
                services = l;
        QVERIFY(services);
        bool sawUtmps = false;
        for (int i = 0; i < services->count(); ++i)
            if (services->item(i)->data(Qt::UserRole).toString() == QLatin1String("utmps")) {
                sawUtmps = true;
                QVERIFY(services->item(i)->toolTip().contains(QLatin1String("glibc")));
            }
        QVERIFY(sawUtmps);
        init->setCurrentIndex(init->findData(QStringLiteral("sysvinit")));

        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 800);
        // INITBENCH_SCREENSHOT=file.png keeps the picture, to look at what a user would see.
        if (const QString path = qEnvironmentVariable("INITBENCH_SCREENSHOT"); !path.isEmpty())
            shot.save(path);
    }

    // Build and boot from the window: the work runs on a worker thread through the controller
    // (here over a scripted runner fed with captured docker output), the pane follows it.
    void buildAndBootRunsOffTheGuiThread()
    {
        QTemporaryDir data;
        HostFacts host;
        host.stateDir = data.path();
        Profile p;
        p.name = QStringLiteral("t-openrc");
        p.distro = QStringLiteral("debian:bookworm");
        p.init = QStringLiteral("openrc");
        p.engine = QStringLiteral("docker");
        const QString context = data.filePath(QStringLiteral("contexts/t-openrc"));
        const RecipeResult recipe = generateRecipe(m_catalog, RecipeRequest{p, context, host});
        QVERIFY(recipe.ok());
        QFile running(QStringLiteral(INITBENCH_SOURCE_DIR "/tests/data/docker/inspect-running.json"));
        QVERIFY(running.open(QIODevice::ReadOnly));
        const QByteArray inspect = running.readAll();

        FakeCommandRunner fake;
        fake.expect(QStringLiteral("docker container inspect t-openrc"), 1, {}, "Error response from daemon: No such container: t-openrc\n");
        fake.expect(QStringLiteral("docker image inspect*"), 0, recipe.plan.contextHash.toUtf8() + '\n');
        fake.expect(QStringLiteral("docker run*"), 0, "4fb81b61dceb\n");
        for (int i = 0; i < 5; ++i)
            fake.expect(QStringLiteral("docker container inspect t-openrc"), 0, inspect);
        fake.expect(QStringLiteral("docker exec*"), 0);
        fake.expect(QStringLiteral("nsenter*"), 0);
        ContainerController controller(fake, m_catalog, host, data.path());
        MainWindow w(m_catalog, host, &controller);
        w.setProfile(p, {});
        QAction *boot = nullptr, *openTerminal = nullptr;
        for (QAction *a : w.findChild<QToolBar *>()->actions()) {
            if (a->text() == QLatin1String("Build and boot"))
                boot = a;
            if (a->text() == QLatin1String("Open terminal"))
                openTerminal = a;
        }
        QVERIFY(boot && boot->isEnabled());
        QVERIFY(openTerminal && !openTerminal->isEnabled()); // offered once the container is ready
        auto *jobs = w.findChild<ContainerJobs *>();
        QSignalSpy done(jobs, &ContainerJobs::finished); // (name, ok, message)
        // From the keyboard, as a user would: Ctrl+B.
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(!boot->isEnabled()); // one operation at a time for a container
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(0).toString(), QStringLiteral("t-openrc"));
        QVERIFY2(done.at(0).at(1).toBool(), qPrintable(done.at(0).at(2).toString()));
        QVERIFY(done.at(0).at(2).toString().startsWith(QLatin1String("t-openrc is ready in")));
        QVERIFY(fake.history.contains(QStringLiteral("docker container inspect t-openrc")));
        QVERIFY(!fake.history.filter(QStringLiteral("docker run")).isEmpty());
        QVERIFY(fake.history.filter(QStringLiteral("docker build")).isEmpty()); // the image was up to date
        QTRY_VERIFY(boot->isEnabled());
        QVERIFY(openTerminal->isEnabled());
        bool sawReady = false;
        for (QLabel *l : w.findChild<BootPane *>()->findChildren<QLabel *>())
            sawReady = sawReady || l->text().startsWith(QLatin1String("t-openrc is ready in"));
        QVERIFY(sawReady);
    }

    // The boot pane's Cancel reaches the command the operation runs (a real process, stopped
    // at once) and nothing more of the operation starts; the end says it was cancelled.
    void cancelReachesTheRunner()
    {
        ContainerJob job;
        BootPane pane(&job);
        pane.show();
        auto *cancel = pane.findChild<QPushButton *>(QStringLiteral("cancelOperation"));
        QVERIFY(cancel);
        QVERIFY(!cancel->isEnabled());
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("second-step-ran"));
        std::atomic<qint64> firstMs{-1};
        std::atomic<int> firstOutcome{-1};
        QSignalSpy done(&job, &ContainerJob::finished);
        job.start(QStringLiteral("test"), [&](const ProgressSink &) {
            ProcessRunner runner;
            const CommandResult first = runner.run({QStringLiteral("/bin/sleep"), {QStringLiteral("30")}, {}}, 60000);
            firstMs = first.elapsedMs;
            firstOutcome = int(first.outcome);
            runner.run({QStringLiteral("/usr/bin/touch"), {marker}, {}}, 60000);
            return OpResult::failure(QStringLiteral("the build stopped: %1").arg(first.describe()));
        });
        QTRY_VERIFY(cancel->isEnabled());
        QTest::qWait(200);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(done.wait(10000));
        QCOMPARE(firstOutcome.load(), int(CommandOutcome::Cancelled));
        QVERIFY2(firstMs < 5000, qPrintable(QString::number(firstMs.load())));
        QVERIFY2(!QFile::exists(marker), "a command started after the cancel");
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY2(done.at(0).at(1).toString().startsWith(QLatin1String("Cancelled: ")), qPrintable(done.at(0).at(1).toString()));
        QVERIFY(!job.isRunning());
        bool said = false;
        for (QLabel *l : pane.findChildren<QLabel *>())
            said = said || l->text().startsWith(QLatin1String("Cancelled: the build stopped"));
        QVERIFY(said);
    }

    // A build's output comes in bursts: the pane hears the lines that came together at once,
    // in order with the notes and steps between them.
    void outputBurstsArriveInOrderAndTogether()
    {
        ContainerJob job;
        BootPane pane(&job);
        QSignalSpy batches(&job, &ContainerJob::logLines);
        QSignalSpy notes(&job, &ContainerJob::note);
        QSignalSpy done(&job, &ContainerJob::finished);
        constexpr int kLines = 4000;
        job.start(QStringLiteral("burst"), [](const ProgressSink &progress) {
            for (int i = 0; i < kLines; ++i) {
                progress.reportLog(QStringLiteral("line %1").arg(i));
                if (i == kLines / 2)
                    progress.reportNote(QStringLiteral("halfway"));
            }
            return OpResult::done(QStringLiteral("over"));
        });
        QVERIFY(done.wait(10000));
        QCOMPARE(notes.size(), 1);
        QStringList heard;
        for (const QList<QVariant> &batch : batches)
            heard += batch.at(0).toStringList();
        QCOMPARE(heard.size(), kLines);
        for (int i = 0; i < kLines; ++i)
            QCOMPARE(heard.at(i), QStringLiteral("line %1").arg(i));
        QVERIFY2(batches.size() < kLines / 10, qPrintable(QString::number(batches.size())));
        // The pane shows the note where it was said: after line 2000, before line 2001.
        const QString text = pane.findChild<QPlainTextEdit *>()->toPlainText();
        const qsizetype note = text.indexOf(QLatin1String("==> halfway"));
        QVERIFY(note > text.indexOf(QLatin1String("line 2000\n")));
        QVERIFY(note < text.indexOf(QLatin1String("line 2001\n")));
    }

    // Another container's pane, hidden, says nothing until it is shown, and then says the last
    // thing its operation said.
    void aHiddenPaneShowsItsLastLineWhenShown()
    {
        ContainerJob job;
        QWidget holder;
        auto *pane = new BootPane(&job, &holder);
        pane->hide();
        holder.show();
        QSignalSpy done(&job, &ContainerJob::finished);
        job.start(QStringLiteral("first"), [](const ProgressSink &progress) {
            progress.reportNote(QStringLiteral("a note"));
            return OpResult::done(QStringLiteral("all over"));
        });
        QVERIFY(done.wait(5000));
        const auto said = [&] {
            QStringList texts;
            for (QLabel *l : pane->findChildren<QLabel *>())
                texts << l->text();
            return texts.join(QLatin1Char('|'));
        };
        QVERIFY2(!said().contains(QLatin1String("all over")), qPrintable(said()));
        pane->show();
        QVERIFY2(said().contains(QLatin1String("all over")), qPrintable(said()));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
