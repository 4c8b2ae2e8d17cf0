// The new-container flow driven as a user would: distro, then init (those with no recipe shown
// disabled, with the reason), services, engine and name, a review of the recipe and its security
// summary; Create and boot saves the profile in the profiles folder, which the form then edits.
#include "catalog/engines.h"
#include "mainwindow.h"
#include "newcontainerwizard.h"
#include "profile/profileloader.h"
#include "recipepreview.h"
#include "util/apppaths.h"

#include "testhostfacts.h"
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace initbench;

namespace {

QListWidgetItem *row(QListWidget *list, const QString &id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            return list->item(i);
    return nullptr;
}

} // namespace

class TstNewContainerWizard : public QObject
{
    Q_OBJECT
    Catalog m_catalog = Catalog::builtin();
    QTemporaryDir m_home;

    HostFacts host() const { return testHostFacts(m_home.filePath(QStringLiteral("data"))); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("INITBENCH_HOME", QFile::encodeName(m_home.path()));
    }

    void guidedFlowEndsInASavedProfile()
    {
        NewContainerWizard wizard(m_catalog, host());
        wizard.show();
        auto *distros = wizard.findChild<QListWidget *>(QStringLiteral("wizardDistros"));
        distros->setCurrentItem(row(distros, QStringLiteral("debian:bookworm")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewContainerWizard::InitPage));

        // Every init is listed; one with no recipe for Debian on any engine cannot be chosen and says why.
        auto *inits = wizard.findChild<QListWidget *>(QStringLiteral("wizardInits"));
        QCOMPARE(inits->count(), m_catalog.inits().size());
        int refused = 0;
        for (const InitSystem &init : m_catalog.inits()) {
            bool anywhere = false;
            QString reason;
            for (const QString &engine : knownEngines()) {
                const Cell cell = m_catalog.cell(QStringLiteral("debian:bookworm"), init.id, engine);
                anywhere = anywhere || cell.supported;
                if (!cell.supported && reason.isEmpty())
                    reason = cell.reason;
            }
            QListWidgetItem *item = row(inits, init.id);
            QCOMPARE(bool(item->flags() & Qt::ItemIsEnabled), anywhere);
            if (!anywhere) {
                ++refused;
                QCOMPARE(item->toolTip(), reason);
                QVERIFY2(item->text().contains(reason), qPrintable(item->text()));
            }
        }
        QVERIFY2(refused > 0, "Debian has no recipe for some init (shepherd), which the page must show disabled");
        inits->setCurrentItem(row(inits, QStringLiteral("openrc")));
        wizard.next();

        // sshd is ticked to start with; a service with no recipe here (utmps is for musl) cannot be.
        auto *services = wizard.findChild<QListWidget *>(QStringLiteral("wizardServices"));
        QCOMPARE(row(services, QStringLiteral("sshd"))->checkState(), Qt::Checked);
        QVERIFY(!(row(services, QStringLiteral("utmps"))->flags() & Qt::ItemIsEnabled));
        row(services, QStringLiteral("cron"))->setCheckState(Qt::Checked);
        wizard.next();

        auto *engine = wizard.findChild<QComboBox *>(QStringLiteral("wizardEngine"));
        engine->setCurrentIndex(engine->findData(QStringLiteral("docker")));
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("wizardName"))->text(), QStringLiteral("debian-openrc"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewContainerWizard::ReviewPage));

        // The review: the recipe's files and a security summary read from the run command.
        const QString summary = wizard.findChild<QLabel *>(QStringLiteral("wizardSecurity"))->text();
        QVERIFY2(summary.contains(QLatin1String("loopback only")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("SSH host key: made by Initbench")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("a free one, kept for debian-openrc")), qPrintable(summary));
        // The port shown is the one Create and boot keeps (the window passes it on).
        QVERIFY(wizard.shownPort() > 0);
        QVERIFY2(summary.contains(QStringLiteral("127.0.0.1:%1").arg(wizard.shownPort())), qPrintable(summary));
        auto *files = wizard.findChild<RecipePreview *>()->findChild<QListWidget *>();
        QVERIFY(!files->findItems(QStringLiteral("Containerfile"), Qt::MatchExactly).isEmpty());

        const Profile p = wizard.profile();
        QCOMPARE(p.services, QStringList({QStringLiteral("cron"), QStringLiteral("sshd")})); // in the catalog's order
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // Create and boot (no engine in this window: saved, then nothing is booted).
        MainWindow w(m_catalog, host());
        w.createContainer(p);
        const QString path = m_home.filePath(QStringLiteral("config/profiles/debian-openrc.yaml"));
        const ProfileLoadResult saved = loadProfileFile(path, m_catalog, QString());
        QVERIFY2(saved.ok(), qPrintable(path));
        QCOMPARE(saved.profile.distro, QStringLiteral("debian:bookworm"));
        QCOMPARE(saved.profile.init, QStringLiteral("openrc"));
        QCOMPARE(saved.profile.engine, QStringLiteral("docker"));
        QCOMPARE(saved.profile.services, p.services);
        QCOMPARE(saved.profile.sshPort, 0); // none named: a free one when it is made
    }

    // A name the profile rules refuse: the review says why and Create and boot does nothing.
    void badNameStopsAtTheReview()
    {
        NewContainerWizard wizard(m_catalog, host());
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.next();
        wizard.findChild<QLineEdit *>(QStringLiteral("wizardName"))->setText(QStringLiteral("Bad Name"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewContainerWizard::ReviewPage));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.result(), 0);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("wizardSecurity"))->text().isEmpty());
    }
};

QTEST_MAIN(TstNewContainerWizard)
#include "tst_newcontainerwizard.moc"
