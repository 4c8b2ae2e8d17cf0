#include "mainwindow.h"

#include "bootpane.h"
#include "containerlistpane.h"
#include "catalogmatrixmodel.h"
#include "consolefeed.h"
#include "consolepane.h"
#include "findingspane.h"
#include "overviewpane.h"
#include "containerjobs.h"
#include "engineevents.h"
#include "inspectionprovider.h"
#include "inspectpane.h"
#include "engine/containercontroller.h"
#include "engine/containerrecords.h"
#include "engine/sshportreservations.h"
#include "profile/profileloader.h"
#include "profile/profilewriter.h"
#include "profileform.h"
#include "recipe/contextwriter.h"
#include "recipe/recipegenerator.h"
#include "newcontainerwizard.h"
#include "recipepreview.h"
#include "terminalpane.h"
#include "util/apppaths.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>

#include "plaintextwarning.h"
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QDockWidget>
#include <QKeySequence>
#include <QToolBar>

namespace initbench {

MainWindow::MainWindow(const Catalog &catalog, HostFacts host, ContainerController *controller, QWidget *parent)
    : QMainWindow(parent), m_catalog(catalog), m_host(std::move(host)), m_form(new ProfileForm(catalog, this)),
      m_preview(new RecipePreview(this)), m_controller(controller), m_jobs(new ContainerJobs(this)),
      m_bootPanes(new QStackedWidget(this)), m_noOperation(new QLabel(this)), m_inspectPane(new InspectPane(this)), m_terminals(new TerminalPane(this)),
      m_containers(new ContainerListPane(this))
{
    setWindowTitle(tr("Initbench"));
    auto *matrix = new QTableView(this);
    matrix->setModel(new CatalogMatrixModel(catalog, matrix));
    matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    matrix->verticalHeader()->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_preview, tr("Recipe"));
    m_noOperation->setAlignment(Qt::AlignCenter);
    m_noOperation->setText(tr("Nothing has run yet."));
    m_bootPanes->addWidget(m_noOperation);
    // In a scroll area, which takes a pane's new size hint without passing it up: each note
    // changes a pane's status line, and passed up it relaid out the whole window (the splitter,
    // the form, every tab), which took 45 to 107 ms with ten boots sharing two cores.
    m_bootTab = new QScrollArea(this);
    m_bootTab->setFrameShape(QFrame::NoFrame);
    m_bootTab->setWidgetResizable(true);
    m_bootTab->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the pane's own log scrolls
    m_bootTab->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bootTab->setWidget(m_bootPanes);
    m_tabs->addTab(m_bootTab, tr("Build and boot"));
    // The Console and Findings tabs read one feed: the chosen container's console, read once for both.
    m_consoleFeed = new ConsoleFeed(this);
    m_console = new ConsolePane(m_consoleFeed, this);
    m_findings = new FindingsPane(m_consoleFeed, this);
    m_overview = new OverviewPane(m_catalog, m_host, this);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_console, tr("Console"));
    m_tabs->addTab(m_findings, tr("Findings"));
    connect(m_findings, &FindingsPane::lineChosen, this, [this](int line) {
        m_tabs->setCurrentWidget(m_console);
        m_console->goToLine(line);
    });
    m_tabs->addTab(m_inspectPane, tr("Inspect"));
    m_tabs->addTab(m_terminals, tr("Terminal"));
    m_tabs->addTab(matrix, tr("Catalog"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_form);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    QToolBar *bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileToolBar"));
    // Shortcuts for the common actions. Ctrl and Alt keys go to a focused terminal first (it
    // overrides shortcuts), so these never take a key from the shell.
    QAction *newContainer = bar->addAction(tr("New container..."), this, &MainWindow::newContainer);
    newContainer->setShortcut(QKeySequence::New);
    newContainer->setObjectName(QStringLiteral("newContainerAction"));
    bar->addAction(tr("Open profile..."), this, &MainWindow::openProfile)->setShortcut(QKeySequence::Open);
    bar->addAction(tr("Save profile"), this, [this] { m_path.isEmpty() ? saveProfileAs() : saveProfileTo(m_path); })
        ->setShortcut(QKeySequence::Save);
    bar->addAction(tr("Save profile as..."), this, &MainWindow::saveProfileAs)->setShortcut(QKeySequence::SaveAs);
    m_writeContext = bar->addAction(tr("Write build context..."), this, &MainWindow::writeContext);
    bar->addSeparator();
    m_buildAndBoot = bar->addAction(tr("Build and boot"), this, &MainWindow::buildAndBoot);
    m_stop = bar->addAction(tr("Stop"), this, [this] { stopContainer(m_form->profile().name, {}); });
    m_remove = bar->addAction(tr("Remove"), this, [this] { removeContainer(m_form->profile().name, {}); });
    m_buildAndBoot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_buildAndBoot->setObjectName(QStringLiteral("buildAndBootAction"));
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stop->setToolTip(tr("Stop the container with its init's own stop signal"));
    m_remove->setToolTip(tr("Remove the stopped container (its image stays)"));
    // Offered once Build and boot has succeeded: an SSH session (the pane's default kind).
    m_openTerminal = bar->addAction(tr("Open terminal"), this, [this] {
        m_tabs->setCurrentWidget(m_terminals);
        m_terminals->openSession(TerminalSession::Kind::Ssh);
    });
    m_openTerminal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_openTerminal->setObjectName(QStringLiteral("openTerminalAction"));
    m_openTerminal->setEnabled(false);
    m_openTerminal->setToolTip(tr("Log in to the booted container over SSH in the Terminal tab"));
    connect(m_terminals, &TerminalPane::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    // Every container Initbench made, always in view, with Stop and Remove on each.
    auto *dock = new QDockWidget(tr("Containers"), this);
    dock->setObjectName(QStringLiteral("containersDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_containers);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    connect(m_containers, &ContainerListPane::stopRequested, this, &MainWindow::stopContainer);
    connect(m_containers, &ContainerListPane::removeRequested, this, &MainWindow::removeContainer);
    connect(m_containers, &ContainerListPane::startRequested, this, &MainWindow::startContainer);
    // The container chosen in the list is the one the Console, Inspect and Terminal tabs are about
    // (until the form's profile is changed, which points the terminals back at its container).
    connect(m_containers, &ContainerListPane::containerSelected, this, [this](const QString &name, const QString &engine) {
        m_overview->setContainer(name, engine);
        showOperationOf(name);
        m_consoleFeed->setContainer(name, engine);
        m_inspectPane->refreshContainers(name);
        m_terminals->setContainer(name, engine);
    });
    connect(m_containers, &ContainerListPane::listed, m_overview, &OverviewPane::setContainers);
    connect(m_containers, &ContainerListPane::engineStateChanged, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_containers, &ContainerListPane::restartRequested, this, &MainWindow::restartContainer);
    connect(m_containers, &ContainerListPane::killRequested, this, &MainWindow::killContainer);
    connect(m_containers, &ContainerListPane::terminalRequested, this, &MainWindow::openTerminalIn);
    connect(m_containers, &ContainerListPane::duplicateRequested, this, &MainWindow::duplicateContainer);
    connect(m_containers, &ContainerListPane::cancelRequested, this, [this](const QString &name) {
        if (m_jobs->isRunning(name))
            m_jobs->job(name)->cancel();
    });
    // Each container's operation gets a pane of its own the first time it has one.
    connect(m_jobs, &ContainerJobs::jobMade, this, [this](const QString &name, ContainerJob *job) {
        auto *pane = new BootPane(job, m_bootPanes);
        pane->setObjectName(QStringLiteral("bootPane-") + name);
        m_bootPanes->addWidget(pane);
        m_bootPaneOf.insert(name, pane);
        connect(job, &ContainerJob::cancelling, this, [this, name] { m_cancelling.insert(name); });
    });
    connect(m_jobs, &ContainerJobs::activitiesChanged, this, [this] {
        m_containers->setActivities(m_jobs->activities());
        updateActions();
    });
    connect(m_jobs, &ContainerJobs::finished, this, [this](const QString &name, bool ok, const QString &message) {
        // A cancelled operation's message says so itself ("Cancelled: ...").
        statusBar()->showMessage(ok || m_cancelling.remove(name) ? message : tr("Failed: %1").arg(message));
        const bool booted = m_booting.remove(name) && ok;
        if (name == m_form->profile().name)
            m_openTerminal->setEnabled(booted);
        updateActions();
        m_inspectPane->refreshContainers(m_form->profile().name); // booted, stopped or removed: list again
        m_containers->refresh();
    });
    connect(m_form, &ProfileForm::changed, this, &MainWindow::regenerate);
    resize(1200, 760);
}

void MainWindow::setProfile(const Profile &profile, const QString &path)
{
    m_path = path;
    m_form->setProfile(profile);
}

void MainWindow::setInspectionProvider(std::unique_ptr<IInspectionProvider> provider)
{
    m_inspectPane->setProvider(std::move(provider));
}

void MainWindow::setContainerListProvider(std::unique_ptr<IInspectionProvider> provider)
{
    m_containers->setProvider(std::move(provider));
}

void MainWindow::setConsoleReader(std::function<QString(const QString &, const QString &, QString *)> reader)
{
    m_consoleFeed->setReader(std::move(reader));
}

void MainWindow::setContainerEvents(std::unique_ptr<EngineEvents> events)
{
    m_containers->setEvents(std::move(events));
}

void MainWindow::setTerminalOpener(ITerminalOpener *opener)
{
    m_terminals->setOpener(opener);
}

// The form's profile with a port to show when it names none: the one kept for its name, or
// one free now, the same while it stays free (Build and boot keeps that one).
Profile MainWindow::previewProfile()
{
    Profile p = m_form->profile();
    if (p.sshPort == 0)
        p.sshPort = m_shownPort = SshPortReservations(AppPaths::dataDir()).previewPort(p.name, m_shownPort);
    return p;
}

void MainWindow::regenerate()
{
    m_terminals->setContainer(m_form->profile().name, m_form->profile().engine);
    const QString context = QDir(AppPaths::contextsDir()).filePath(m_form->profile().name);
    const RecipeResult result = generateRecipe(m_catalog, RecipeRequest{previewProfile(), context, m_host});
    m_writeContext->setEnabled(result.ok());
    m_profileValid = result.ok();
    updateActions();
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
        plainTextWarning(this, tr("Profile not loaded"), lines.join(QLatin1Char('\n')));
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
        plainTextWarning(this, tr("Profile not saved"), issues.constFirst().message);
        return;
    }
    if (const QString error = saveProfile(path, p); !error.isEmpty()) {
        plainTextWarning(this, tr("Profile not saved"), error);
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
    const RecipeResult result = generateRecipe(m_catalog, RecipeRequest{previewProfile(), dir, m_host});
    const QString error = result.ok() ? writeBuildContext(result.plan, dir) : result.errors.join(QLatin1Char('\n'));
    if (!error.isEmpty())
        plainTextWarning(this, tr("Build context not written"), error);
    else
        statusBar()->showMessage(tr("Build context written to %1").arg(dir));
}

void MainWindow::updateActions()
{
    // The toolbar acts on the form's container: off while that one has an operation running.
    const QString name = m_form->profile().name;
    const bool idle = m_controller && !m_jobs->isRunning(name);
    m_buildAndBoot->setEnabled(idle && m_profileValid);
    m_stop->setEnabled(idle && !name.isEmpty());
    m_remove->setEnabled(idle && !name.isEmpty());
    if (!m_controller)
        m_buildAndBoot->setToolTip(tr("No container engine is set up in this window"));
    else
        m_buildAndBoot->setToolTip(tr("Build the image (or root tree), boot it and wait until it is ready"));
}

void MainWindow::buildAndBoot()
{
    const Profile p = m_form->profile();
    SshPortReservations ports(AppPaths::dataDir());
    if (QString error; p.sshPort == 0 && m_shownPort > 0 && ports.reserved(p.name) == 0)
        ports.reserveFree(p.name, &error, m_shownPort); // the port the preview showed; else up chooses
    m_consoleFeed->setContainer(p.name, p.engine); // its console from the first line, in the Console and Findings tabs
    ContainerController *controller = m_controller;
    const bool started = runJob(p.name, p.engine, tr("building and booting"), tr("Building and booting %1 on %2...").arg(p.name, p.engine),
                                [controller, p](const ProgressSink &progress) {
        const UpResult r = controller->up(p, progress);
        if (!r.result.ok())
            return r.result;
        return OpResult::done(QObject::tr("%1 is ready in %2 s: %3").arg(p.name).arg(double(r.readyMs) / 1000, 0, 'f', 1).arg(r.readyWhat));
    });
    if (started)
        m_booting.insert(p.name);
}

bool MainWindow::runJob(const QString &name, const QString &engine, const QString &activity, const QString &title, ContainerJob::Work work)
{
    if (m_jobs->isRunning(name)) {
        statusBar()->showMessage(tr("%1 has an operation running: wait for it to end, or cancel it").arg(name));
        return false;
    }
    m_jobs->job(name); // its pane is made now, so it hears the start
    showOperationOf(name);
    m_tabs->setCurrentWidget(m_bootTab);
    return m_jobs->start(name, {engine, activity}, title, std::move(work));
}

void MainWindow::showOperationOf(const QString &name)
{
    BootPane *pane = m_bootPaneOf.value(name);
    m_noOperation->setText(tr("Nothing has run for %1 in this window yet.").arg(name));
    m_bootPanes->setCurrentWidget(pane ? static_cast<QWidget *>(pane) : m_noOperation);
}

void MainWindow::stopContainer(const QString &name, const QString &engine)
{
    ContainerController *controller = m_controller;
    runJob(name, engine, tr("stopping"), tr("Stopping %1...").arg(name), [controller, name, engine](const ProgressSink &) {
        const DownResult r = controller->down(name, engine);
        if (!r.result.ok())
            return r.result;
        if (!r.wasRunning)
            return OpResult::done(QObject::tr("%1 was not running").arg(name));
        return OpResult::done(r.clean ? QObject::tr("%1 stopped cleanly in %2 s (exit status %3)").arg(name).arg(double(r.elapsedMs) / 1000, 0, 'f', 1).arg(r.exitCode)
                                      : QObject::tr("%1 had to be killed: its init did not shut down (exit status %2)").arg(name).arg(r.exitCode));
    });
}

void MainWindow::removeContainer(const QString &name, const QString &engine)
{
    if (QMessageBox::question(this, tr("Remove container"), tr("Remove the container %1? Its files are lost; its image stays.").arg(name))
        != QMessageBox::Yes)
        return;
    ContainerController *controller = m_controller;
    runJob(name, engine, tr("removing"), tr("Removing %1...").arg(name), [controller, name, engine](const ProgressSink &) {
        const OpResult r = controller->remove(name, engine);
        return r.ok() ? OpResult::done(QObject::tr("removed %1").arg(name)) : r;
    });
}

// Start and Restart wait until the container is ready, as Build and boot does: the same pane
// shows their progress, and a terminal is offered when they succeed.
void MainWindow::startContainer(const QString &name, const QString &engine)
{
    ContainerController *controller = m_controller;
    runJob(name, engine, tr("starting"), tr("Starting %1...").arg(name), [controller, name, engine](const ProgressSink &progress) {
        const UpResult r = controller->start(name, engine, progress);
        if (!r.result.ok())
            return r.result;
        return OpResult::done(QObject::tr("%1 is ready in %2 s: %3").arg(name).arg(double(r.readyMs) / 1000, 0, 'f', 1).arg(r.readyWhat));
    });
}

void MainWindow::restartContainer(const QString &name, const QString &engine)
{
    ContainerController *controller = m_controller;
    runJob(name, engine, tr("restarting"), tr("Restarting %1...").arg(name), [controller, name, engine](const ProgressSink &progress) {
        const UpResult r = controller->restart(name, engine, progress);
        if (!r.result.ok())
            return r.result;
        return OpResult::done(QObject::tr("%1 is ready in %2 s: %3").arg(name).arg(double(r.readyMs) / 1000, 0, 'f', 1).arg(r.readyWhat));
    });
}

void MainWindow::killContainer(const QString &name, const QString &engine)
{
    if (QMessageBox::question(this, tr("Kill container"),
                              tr("Kill %1 without asking its init to shut down? Its services get no chance to save their state.").arg(name))
        != QMessageBox::Yes)
        return;
    ContainerController *controller = m_controller;
    runJob(name, engine, tr("killing"), tr("Killing %1...").arg(name), [controller, name, engine](const ProgressSink &) {
        const OpResult r = controller->kill(name, engine);
        return r.ok() ? OpResult::done(QObject::tr("killed %1").arg(name)) : r;
    });
}

void MainWindow::openTerminalIn(const QString &name, const QString &engine)
{
    m_terminals->setContainer(name, engine);
    m_tabs->setCurrentWidget(m_terminals);
    m_terminals->openSession(TerminalSession::Kind::Ssh);
}

// The profile the container was made from, as a new unsaved profile in the form: another name
// and no port of its own, so booting it makes a second container beside the first.
void MainWindow::duplicateContainer(const QString &name, const QString &)
{
    QString error;
    std::optional<Profile> recorded = ContainerRecords(AppPaths::dataDir()).load(name, m_catalog, &error);
    if (!recorded) {
        plainTextWarning(this, tr("Cannot duplicate %1").arg(name), error);
        return;
    }
    QString copy = name + QStringLiteral("-copy");
    for (int n = 2; ContainerRecords(AppPaths::dataDir()).exists(copy); ++n)
        copy = QStringLiteral("%1-copy%2").arg(name).arg(n);
    recorded->name = copy.left(63);
    recorded->hostname.clear();
    recorded->sshPort = 0;
    setProfile(*recorded, QString());
    statusBar()->showMessage(tr("%1 is a copy of the profile %2 was made from; it is not saved yet").arg(recorded->name, name));
}

void MainWindow::newContainer()
{
    auto *wizard = new NewContainerWizard(m_catalog, m_host, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        m_shownPort = wizard->shownPort();
        createContainer(wizard->profile());
    });
    wizard->open();
}

// Saved first, where profiles live ($XDG_CONFIG_HOME/initbench/profiles), so the form edits that
// file from then on; an existing file of that name is replaced only when the user says so.
void MainWindow::createContainer(const Profile &profile)
{
    const QString path = AppPaths::profilesDir() + QLatin1Char('/') + profile.name + QStringLiteral(".yaml");
    if (QFile::exists(path)
        && QMessageBox::question(this, tr("Replace profile"), tr("A profile %1 exists already. Replace it?").arg(path)) != QMessageBox::Yes)
        return;
    if (const QString error = saveProfile(path, profile); !error.isEmpty()) {
        plainTextWarning(this, tr("Profile not saved"), error);
        return;
    }
    setProfile(profile, path);
    statusBar()->showMessage(tr("Saved %1").arg(path));
    if (m_controller)
        buildAndBoot();
}

} // namespace initbench
