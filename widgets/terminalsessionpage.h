#pragma once
#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace initbench {

class TerminalSession;
class TerminalView;

// One tab of the terminal pane: what the session is (a line above) and its TerminalView, made
// the first time the page is shown. The page only shows the session; it never ends it.
class TerminalSessionPage : public QWidget
{
    Q_OBJECT
public:
    TerminalSessionPage(TerminalSession *session, QWidget *parent = nullptr);

    TerminalSession *session() const { return m_session; }
    TerminalView *view() const { return m_view; } // null until first shown
    QString description() const;

protected:
    void showEvent(QShowEvent *e) override;

private:
    void makeView();
    void showState();

    QPointer<TerminalSession> m_session;
    QLabel *m_info;
    QVBoxLayout *m_layout;
    TerminalView *m_view = nullptr;
};

} // namespace initbench
