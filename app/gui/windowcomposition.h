#pragma once
#include "catalog/catalog.h"
#include "engine/containercontroller.h"
#include "mainwindow.h"
#include "process/processrunner.h"
#include "recipe/hostfacts.h"
#include "gui/containerterminals.h"

#include <QString>
#include <QStringList>

namespace initbench::gui {

// The window with the real engines behind it, as the app runs it (and the window's end-to-end
// test drives it): the controller its operations use on a worker thread, the terminals with
// Initbench's key and pins and the window's password dialog, and an engine reader of their own
// for the Inspect pane and the Containers list. Members are destroyed in reverse: the window
// first, then the terminals and the controller it used.
class WindowComposition
{
public:
    // dataDir: where containers' state lives; supervisorCommand and entryCommand: this binary's
    // `__supervise-nspawn` and initbench-enter (the test passes the built ones).
    WindowComposition(const Catalog &catalog, const QString &dataDir, const QStringList &supervisorCommand, const QStringList &entryCommand);

    MainWindow &window() { return m_window; }

private:
    ProcessRunner m_runner;
    HostFacts m_host;
    ContainerController m_controller;
    // The Console tab reads on its own thread, with its own runner and controller.
    ProcessRunner m_consoleRunner;
    ContainerController m_consoleController;
    ContainerTerminals m_terminals;
    MainWindow m_window;
};

} // namespace initbench::gui
