#pragma once
#include "catalog/catalog.h"
#include "profile/profile.h"
#include "recipe/hostfacts.h"

#include "containerjob.h"

#include <QMainWindow>
#include <QMap>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTabWidget;

namespace initbench {

class BootPane;
class ContainerController;
class ContainerJobs;
class IInspectionProvider;
class InspectPane;
class ContainerListPane;
class ITerminalOpener;
class TerminalPane;
class ProfileForm;
class ConsoleFeed;
class ConsolePane;
class FindingsPane;
class OverviewPane;
class EngineEvents;
class RecipePreview;

// Assembles the panes: the profile form, the live recipe preview and the catalog matrix.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // controller may be null: the window then only writes recipes (tests, no engine).
    MainWindow(const Catalog &catalog, HostFacts host, ContainerController *controller = nullptr, QWidget *parent = nullptr);

    void setProfile(const Profile &profile, const QString &path);
    // Saves a new profile in the profiles folder, shows it in the form and boots it (the end of
    // the new-container flow).
    void createContainer(const Profile &profile);
    // Where the Inspect pane lists and reads running containers (app/ picks the engines).
    void setInspectionProvider(std::unique_ptr<IInspectionProvider> provider);
    // How the Terminal tab reaches containers (not owned); without one it opens no sessions.
    void setTerminalOpener(ITerminalOpener *opener);
    // Where the Containers list reads from (a provider of its own: it lists on its own thread).
    void setContainerListProvider(std::unique_ptr<IInspectionProvider> provider);
    void setContainerEvents(std::unique_ptr<EngineEvents> events);
    // How the Console tab reads a container's console (on its worker thread).
    void setConsoleReader(std::function<QString(const QString &name, const QString &engine, QString *error)> reader);
    TerminalPane *terminalPane() const { return m_terminals; }

private:
    void regenerate();
    Profile previewProfile();
    void openProfile();
    void saveProfileAs();
    void saveProfileTo(const QString &path);
    void writeContext();
    void buildAndBoot();
    void stopContainer(const QString &name, const QString &engine);
    void startContainer(const QString &name, const QString &engine);
    void restartContainer(const QString &name, const QString &engine);
    void killContainer(const QString &name, const QString &engine);
    void openTerminalIn(const QString &name, const QString &engine);
    void duplicateContainer(const QString &name, const QString &engine);
    // The guided flow; its profile is saved in the profiles folder and booted.
    void newContainer();
    void removeContainer(const QString &name, const QString &engine);
    void updateActions();
    // Starts work as name's operation, shown in its own pane of the Build and boot tab; refused
    // (with a word in the status bar) while name has one running. Other containers' go on.
    bool runJob(const QString &name, const QString &engine, const QString &activity, const QString &title, ContainerJob::Work work);
    // The Build and boot tab shows name's last operation (or that it has had none).
    void showOperationOf(const QString &name);

    const Catalog &m_catalog;
    HostFacts m_host;
    QString m_path;
    ProfileForm *m_form;
    RecipePreview *m_preview;
    ContainerController *m_controller;
    ContainerJobs *m_jobs;
    QScrollArea *m_bootTab;
    QStackedWidget *m_bootPanes;     // a BootPane per container that has had an operation
    QMap<QString, BootPane *> m_bootPaneOf;
    QLabel *m_noOperation;           // shown for a container that has had none
    InspectPane *m_inspectPane;
    ConsoleFeed *m_consoleFeed;
    ConsolePane *m_console;
    FindingsPane *m_findings;
    OverviewPane *m_overview;
    QTabWidget *m_tabs;
    QAction *m_buildAndBoot;
    QAction *m_stop;
    QAction *m_remove;
    QAction *m_writeContext;
    TerminalPane *m_terminals;
    ContainerListPane *m_containers;
    QAction *m_openTerminal;
    bool m_profileValid = false;
    QSet<QString> m_booting;    // containers whose running job is a Build and boot
    QSet<QString> m_cancelling; // containers whose running job was asked to stop
    int m_shownPort = 0;        // the free port the preview showed for a profile naming none
};

} // namespace initbench
