#pragma once
#include "terminal/terminalsession.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace initbench {

class ITerminalOpener;
class PasswordPrompt;
class TerminalSessionList;
class TerminalSessionPage;

// The window's terminals: one tab per session, with a "New session" menu for the current
// container (SSH by default, an exec shell, the console). Sessions belong to the pane's session
// list, not to their tabs' views: switching tabs, panes or hiding the window ends nothing; only
// closing a session's tab does, after asking while it is live.
class TerminalPane : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalPane(QWidget *parent = nullptr);
    ~TerminalPane() override;

    // Not owned; null: no sessions can be opened (a window without an engine).
    void setOpener(ITerminalOpener *opener);
    // The container that "New session" opens into.
    void setContainer(const QString &name, const QString &engine);
    QString container() const { return m_container; }

    // Opens a session of kind into the current container; null (with the reason in the status
    // text) when it cannot be opened.
    TerminalSession *openSession(TerminalSession::Kind kind);
    // Asks (while live) and ends the session, closing its tab.
    void closeSession(TerminalSession *session);

    TerminalSessionList *sessions() const { return m_sessions; }
    PasswordPrompt *passwordPrompt() const { return m_prompt; }
    QTabWidget *tabs() const { return m_tabs; }
    TerminalSessionPage *pageOf(const TerminalSession *session) const;
    QAction *newSessionAction(TerminalSession::Kind kind) const;

    // Whether to end a live session whose tab is being closed. Default: a question box.
    using CloseConfirmation = std::function<bool(TerminalSession *session)>;
    void setCloseConfirmation(CloseConfirmation confirm) { m_confirm = std::move(confirm); }

signals:
    void message(const QString &text); // for the window's status bar

private:
    void addPage(TerminalSession *session);
    void removePage(TerminalSession *session);
    void updateTab(TerminalSession *session);
    void updateActions();
    bool confirmClose(TerminalSession *session);

    ITerminalOpener *m_opener = nullptr;
    QString m_container;
    QString m_engine;
    TerminalSessionList *m_sessions;
    PasswordPrompt *m_prompt;
    QToolButton *m_newButton;
    QAction *m_ssh;
    QAction *m_exec;
    QAction *m_console;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    CloseConfirmation m_confirm;
};

} // namespace initbench
