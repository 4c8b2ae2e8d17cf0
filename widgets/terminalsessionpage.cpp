#include "terminalsessionpage.h"

#include "terminal/terminalsession.h"
#include "terminalview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace initbench {

TerminalSessionPage::TerminalSessionPage(TerminalSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_info(new QLabel(this)), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 2, 0, 0);
    m_layout->setSpacing(2);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setContentsMargins(4, 0, 4, 0);
    m_layout->addWidget(m_info);
    connect(session, &TerminalSession::stateChanged, this, &TerminalSessionPage::showState);
    showState();
}

QString TerminalSessionPage::description() const
{
    if (!m_session)
        return {};
    const QString record = m_session->writesLoginRecord() ? tr("a login: recorded in utmp and wtmp, seen by who and last")
                                                          : tr("writes no login record: not seen by who or last");
    QString state;
    switch (m_session->state()) {
    case TerminalSession::State::Connecting:
        state = tr("connecting...");
        break;
    case TerminalSession::State::Connected:
        state = tr("connected");
        break;
    case TerminalSession::State::Ended:
        state = tr("ended: %1").arg(m_session->endReason());
        break;
    }
    QString what;
    switch (m_session->kind()) {
    case TerminalSession::Kind::Ssh:
        what = tr("SSH to %1").arg(m_session->container());
        break;
    case TerminalSession::Kind::Exec:
        what = tr("Exec shell in %1").arg(m_session->container());
        break;
    case TerminalSession::Kind::Console:
        what = tr("Console of %1").arg(m_session->container());
        break;
    }
    return tr("%1 (%2), %3").arg(what, record, state);
}

void TerminalSessionPage::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    if (!m_view)
        makeView();
}

void TerminalSessionPage::makeView()
{
    if (!m_session)
        return;
    m_view = new TerminalView(m_session->screen(), this);
    m_layout->addWidget(m_view, 1);
    TerminalSession *s = m_session;
    connect(m_view, &TerminalView::sendBytes, s, &TerminalSession::write);
    connect(m_view, &TerminalView::sizeChanged, s, &TerminalSession::resize);
    connect(m_view, &TerminalView::reconnectRequested, s, &TerminalSession::reconnect);
    showState();
    m_view->setFocus();
}

void TerminalSessionPage::showState()
{
    if (!m_session)
        return;
    m_info->setText(description());
    m_info->setToolTip(m_session->label());
    if (!m_view)
        return;
    if (m_session->state() == TerminalSession::State::Ended)
        m_view->setDisconnected(m_session->endReason());
    else if (m_view->isDisconnected())
        m_view->setConnected();
}

} // namespace initbench
