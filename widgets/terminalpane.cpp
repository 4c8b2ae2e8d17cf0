#include "terminalpane.h"

#include "passwordprompt.h"
#include "terminal/terminalopener.h"
#include "terminal/terminalsessionlist.h"
#include "terminalsessionpage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>

namespace initbench {

TerminalPane::TerminalPane(QWidget *parent)
    : QWidget(parent), m_sessions(new TerminalSessionList(this)), m_prompt(new PasswordPrompt(this)),
      m_newButton(new QToolButton(this)), m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this)),
      m_tabs(new QTabWidget(this))
{
    auto *menu = new QMenu(this);
    menu->setToolTipsVisible(true);
    m_ssh = menu->addAction(QString(), this, [this] { openSession(TerminalSession::Kind::Ssh); });
    m_exec = menu->addAction(QString(), this, [this] { openSession(TerminalSession::Kind::Exec); });
    m_console = menu->addAction(QString(), this, [this] { openSession(TerminalSession::Kind::Console); });
    m_newButton->setText(tr("New session"));
    m_newButton->setMenu(menu);
    // A click on the button itself opens the default kind (SSH); the arrow offers the others.
    m_newButton->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_newButton, &QToolButton::clicked, this, [this] { openSession(TerminalSession::Kind::Ssh); });

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("No terminal session yet.\nOnce the container runs, open one with New session: SSH (a login, "
                              "seen by who and last), an exec shell (no login record) or the console."));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setMovable(true);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);

    auto *top = new QHBoxLayout;
    top->addWidget(m_newButton);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *page = qobject_cast<TerminalSessionPage *>(m_tabs->widget(index)))
            closeSession(page->session());
    });
    connect(m_sessions, &TerminalSessionList::added, this, &TerminalPane::addPage);
    connect(m_sessions, &TerminalSessionList::removed, this, &TerminalPane::removePage);
    updateActions();
}

TerminalPane::~TerminalPane()
{
    // In this order: SSH workers waiting for a password give up, the views (which show the
    // sessions' screens) go, then the sessions hang up.
    delete m_prompt;
    delete m_stack;
    delete m_sessions;
}

void TerminalPane::setOpener(ITerminalOpener *opener)
{
    m_opener = opener;
    updateActions();
}

void TerminalPane::setContainer(const QString &name, const QString &engine)
{
    m_container = name;
    m_engine = engine;
    updateActions();
}

QAction *TerminalPane::newSessionAction(TerminalSession::Kind kind) const
{
    switch (kind) {
    case TerminalSession::Kind::Ssh:
        return m_ssh;
    case TerminalSession::Kind::Exec:
        return m_exec;
    case TerminalSession::Kind::Console:
        return m_console;
    }
    return nullptr;
}

void TerminalPane::updateActions()
{
    const QString name = m_container.isEmpty() ? tr("the container") : m_container;
    m_ssh->setText(tr("SSH to %1 (default)").arg(name));
    m_ssh->setToolTip(tr("Log in over SSH with Initbench's key: a real login, recorded in utmp and wtmp"));
    m_exec->setText(tr("Exec shell in %1 (writes no login record)").arg(name));
    m_exec->setToolTip(tr("A shell started by the engine (%1 exec): no login, so who and last do not see it")
                           .arg(m_engine.isEmpty() ? tr("engine") : m_engine));
    m_console->setText(tr("Console of %1").arg(name));
    const bool usable = m_opener && !m_container.isEmpty();
    for (QAction *a : {m_ssh, m_exec, m_console}) {
        const auto kind = a == m_ssh ? TerminalSession::Kind::Ssh : a == m_exec ? TerminalSession::Kind::Exec : TerminalSession::Kind::Console;
        const QString why = m_opener ? m_opener->unavailableReason(kind, m_engine) : QString();
        a->setEnabled(usable && why.isEmpty());
        if (!why.isEmpty())
            a->setToolTip(why);
        else if (a == m_console)
            a->setToolTip(tr("The container's console (%1 attach): log in at its getty; a login, recorded in utmp and wtmp")
                              .arg(m_engine.isEmpty() ? tr("engine") : m_engine));
    }
    m_newButton->setEnabled(usable);
    m_newButton->setToolTip(m_opener ? tr("Open a terminal session into %1").arg(name)
                                     : tr("No container engine is set up in this window"));
}

TerminalSession *TerminalPane::openSession(TerminalSession::Kind kind)
{
    if (!m_opener || m_container.isEmpty()) {
        emit message(tr("No container to open a terminal into"));
        return nullptr;
    }
    if (const QString why = m_opener->unavailableReason(kind, m_engine); !why.isEmpty()) {
        emit message(why);
        return nullptr;
    }
    auto *session = new TerminalSession(kind, m_container, m_opener->factory(kind, m_container, m_engine));
    m_sessions->add(session); // shows its page, so the view knows its size before the program starts
    session->start();
    return session;
}

void TerminalPane::closeSession(TerminalSession *session)
{
    if (!session || (session->isLive() && !confirmClose(session)))
        return;
    m_sessions->remove(session);
}

bool TerminalPane::confirmClose(TerminalSession *session)
{
    if (m_confirm)
        return m_confirm(session);
    return QMessageBox::question(this, tr("End session"),
                                 tr("The session \"%1\" is still running. End it?").arg(session->title()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

TerminalSessionPage *TerminalPane::pageOf(const TerminalSession *session) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *page = qobject_cast<TerminalSessionPage *>(m_tabs->widget(i)); page && page->session() == session)
            return page;
    return nullptr;
}

void TerminalPane::addPage(TerminalSession *session)
{
    auto *page = new TerminalSessionPage(session);
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, QString()));
    updateTab(session);
    connect(session, &TerminalSession::stateChanged, page, [this, session] { updateTab(session); });
    connect(session, &TerminalSession::titleChanged, page, [this, session] { updateTab(session); });
}

void TerminalPane::removePage(TerminalSession *session)
{
    delete pageOf(session);
    if (m_tabs->count() == 0)
        m_stack->setCurrentWidget(m_placeholder);
}

void TerminalPane::updateTab(TerminalSession *session)
{
    TerminalSessionPage *page = pageOf(session);
    if (!page)
        return;
    const int index = m_tabs->indexOf(page);
    const QString title = session->title();
    m_tabs->setTabText(index, session->state() == TerminalSession::State::Ended ? tr("%1 (ended)").arg(title) : title);
    m_tabs->setTabToolTip(index, page->description());
}

} // namespace initbench
