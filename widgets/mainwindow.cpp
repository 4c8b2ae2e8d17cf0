#include "mainwindow.h"

#include "catalogmatrixmodel.h"
#include "profile/profileloader.h"
#include "profile/profilewriter.h"
#include "profileform.h"
#include "recipe/contextwriter.h"
#include "recipe/recipegenerator.h"
#include "recipepreview.h"
#include "util/apppaths.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace initbench {

MainWindow::MainWindow(const Catalog &catalog, HostFacts host, QWidget *parent)
    : QMainWindow(parent), m_catalog(catalog), m_host(std::move(host)), m_form(new ProfileForm(catalog, this)),
      m_preview(new RecipePreview(this))
{
    setWindowTitle(tr("Initbench"));
    auto *matrix = new QTableView(this);
    matrix->setModel(new CatalogMatrixModel(catalog, matrix));
    matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    matrix->verticalHeader()->hide();

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_preview, tr("Recipe"));
    tabs->addTab(matrix, tr("Catalog"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_form);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    QToolBar *bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileToolBar"));
    bar->addAction(tr("Open profile..."), this, &MainWindow::openProfile);
    bar->addAction(tr("Save profile"), this, [this] { m_path.isEmpty() ? saveProfileAs() : saveProfileTo(m_path); });
    bar->addAction(tr("Save profile as..."), this, &MainWindow::saveProfileAs);
    m_writeContext = bar->addAction(tr("Write build context..."), this, &MainWindow::writeContext);
    m_buildAndBoot = bar->addAction(tr("Build and boot"));
    m_buildAndBoot->setEnabled(false);
    m_buildAndBoot->setToolTip(tr("Building and booting from the window is not available yet; "
                                  "run the commands shown under Recipe > Commands."));
    connect(m_form, &ProfileForm::changed, this, &MainWindow::regenerate);
    resize(1200, 760);
}

void MainWindow::setProfile(const Profile &profile, const QString &path)
{
    m_path = path;
    m_form->setProfile(profile);
}

void MainWindow::regenerate()
{
    const QString context = QDir(AppPaths::contextsDir()).filePath(m_form->profile().name);
    const RecipeResult result = generateRecipe(m_catalog, RecipeRequest{m_form->profile(), context, m_host});
    m_writeContext->setEnabled(result.ok());
    if (result.ok()) {
        m_preview->showPlan(result.plan);
        statusBar()->showMessage(tr("Profile is valid."));
    } else {
        m_preview->showProblems(result.errors);
        statusBar()->showMessage(result.errors.constFirst());
    }
}

void MainWindow::openProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open profile"), AppPaths::profilesDir(), tr("Profiles (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    const ProfileLoadResult loaded = loadProfileFile(path, m_catalog, m_form->profile().engine);
    if (!loaded.ok()) {
        QStringList lines;
        for (const ProfileIssue &issue : loaded.issues)
            lines << issue.toString();
        QMessageBox::warning(this, tr("Profile not loaded"), lines.join(QLatin1Char('\n')));
        return;
    }
    setProfile(loaded.profile, path);
}

void MainWindow::saveProfileAs()
{
    QDir().mkpath(AppPaths::profilesDir());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save profile"), QDir(AppPaths::profilesDir()).filePath(m_form->profile().name + QStringLiteral(".yaml")),
        tr("Profiles (*.yaml *.yml)"));
    if (!path.isEmpty())
        saveProfileTo(path);
}

void MainWindow::saveProfileTo(const QString &path)
{
    const Profile p = m_form->profile();
    const QList<ProfileIssue> issues = validateProfile(p, m_catalog);
    if (!issues.isEmpty()) {
        QMessageBox::warning(this, tr("Profile not saved"), issues.constFirst().message);
        return;
    }
    if (const QString error = saveProfile(path, p); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Profile not saved"), error);
        return;
    }
    m_path = path;
    statusBar()->showMessage(tr("Saved %1").arg(path));
}

void MainWindow::writeContext()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Write the build context into"), QDir::homePath());
    if (dir.isEmpty())
        return;
    const RecipeResult result = generateRecipe(m_catalog, RecipeRequest{m_form->profile(), dir, m_host});
    const QString error = result.ok() ? writeBuildContext(result.plan, dir) : result.errors.join(QLatin1Char('\n'));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Build context not written"), error);
    else
        statusBar()->showMessage(tr("Build context written to %1").arg(dir));
}

} // namespace initbench
