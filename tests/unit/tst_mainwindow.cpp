// The window under the offscreen platform: the default profile shows a recipe, a refused
// combination shows its reason, and the window actually paints.
#include "mainwindow.h"
#include "profile/profileloader.h"

#include <QComboBox>
#include <QImage>
#include <QListWidget>
#include <QPlainTextEdit>
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

        auto *text = w.findChild<QPlainTextEdit *>();
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
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
