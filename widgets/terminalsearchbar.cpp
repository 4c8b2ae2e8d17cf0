#include "terminalsearchbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace initbench {

TerminalSearchBar::TerminalSearchBar(QWidget *parent)
    : QFrame(parent), m_field(new QLineEdit(this)), m_status(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_field->setPlaceholderText(tr("Find in scrollback"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    connect(m_field, &QLineEdit::textEdited, this, [this](const QString &text) { emit findRequested(text, true); });
    hide();
}

void TerminalSearchBar::setFound(bool found)
{
    m_status->setText(found || m_field->text().isEmpty() ? QString() : tr("Not found"));
}

void TerminalSearchBar::open()
{
    show();
    raise();
    m_field->setFocus();
    m_field->selectAll();
}

bool TerminalSearchBar::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == m_field && e->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(e);
        if (key->key() == Qt::Key_Escape) {
            hide();
            emit closed();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit findRequested(m_field->text(), !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QFrame::eventFilter(watched, e);
}

} // namespace initbench
