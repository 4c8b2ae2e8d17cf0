#include "gui/windowcomposition.h"

#include "engine/iengine.h"
#include "engineevents.h"
#include "gui/engineinspectionprovider.h"
#include "passwordprompt.h"
#include "ssh/hostkeypins.h"
#include "ssh/initbenchkey.h"
#include "terminalpane.h"

namespace initbench::gui {

WindowComposition::WindowComposition(const Catalog &catalog, const QString &dataDir, const QStringList &supervisorCommand,
                                     const QStringList &entryCommand)
    : m_host(HostFacts::detect(dataDir)), m_controller(m_runner, catalog, m_host, dataDir, supervisorCommand),
      m_consoleController(m_consoleRunner, catalog, m_host, dataDir, supervisorCommand),
      m_terminals(m_controller, m_runner, InitbenchKey::defaultDirectory(), HostKeyPins::defaultPath()),
      m_window(catalog, m_host, &m_controller)
{
    m_controller.setImageKeys(InitbenchKey::imageKeys);
    m_controller.access().setEntryCommand(entryCommand);
    // This binary relays an nspawn machine's console (its supervisor's socket) into a terminal tab.
    if (!supervisorCommand.isEmpty())
        m_terminals.setNspawnConsoleCommand({supervisorCommand.constFirst(), QStringLiteral("console")});
    // The Inspect pane and the list read on their own threads: each gets a runner and controller of its own.
    m_window.setInspectionProvider(std::make_unique<EngineInspectionProvider>(catalog, m_host, dataDir, entryCommand));
    m_window.setContainerListProvider(std::make_unique<EngineInspectionProvider>(catalog, m_host, dataDir, entryCommand));
    // The list hears of changes from the engines' event streams and the machines' folder.
    QList<CommandLine> streams;
    QStringList folders;
    for (const IEngine *engine : m_controller.engines().all()) {
        if (const std::optional<CommandLine> stream = engine->eventStream(); stream && engine->installed())
            streams << *stream;
        if (const QString folder = engine->watchedFolder(); !folder.isEmpty())
            folders << folder;
    }
    m_window.setContainerEvents(std::make_unique<EngineEvents>(streams, folders));
    m_window.setConsoleReader([this](const QString &name, const QString &engine, QString *error) {
        QString text;
        if (const OpResult r = m_consoleController.logs(name, engine, 5000, &text); !r.ok())
            *error = r.message;
        return text;
    });
    m_terminals.setPasswordHook(m_window.terminalPane()->passwordPrompt()->hook());
    m_window.setTerminalOpener(&m_terminals);
}

} // namespace initbench::gui
