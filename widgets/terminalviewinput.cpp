// TerminalView's input: keys through encodeKey(), mouse to the program (when it asked for
// reports) or to the selection, clipboard and chunked paste.
#include "terminalview.h"

#include "terminal/keyencoding.h"
#include "terminal/terminalscreen.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTimer>

namespace initbench {

// --- Input ----------------------------------------------------------------------------------

bool TerminalView::event(QEvent *e)
{
    // The window's shortcuts (Ctrl+W, Alt+F...) must not steal keys the shell wants.
    if (e->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(e);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
            e->accept();
            return true;
        }
    }
    const bool handled = QAbstractScrollArea::event(e);
    if (e->type() == QEvent::Show && !m_ownsScreen)
        updateGeometryFromViewport(); // the first resize came while hidden (see there)
    return handled;
}

bool TerminalView::focusNextPrevChild(bool)
{
    return false; // Tab belongs to the shell
}

bool TerminalView::handleOwnShortcut(QKeyEvent *e)
{
    const Qt::KeyboardModifiers mods = e->modifiers() & ~Qt::KeypadModifier;
    const int key = e->key();
    if (mods == Qt::ShiftModifier) {
        switch (key) {
        case Qt::Key_PageUp: scrollBack(qMax(1, m_rows - 1)); return true;
        case Qt::Key_PageDown: scrollBack(-qMax(1, m_rows - 1)); return true;
        case Qt::Key_Insert: pasteFrom(QClipboard::Clipboard); return true;
        default: return false;
        }
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        switch (key) {
        case Qt::Key_C: copy(); return true;
        case Qt::Key_V: pasteFrom(QClipboard::Clipboard); return true;
        case Qt::Key_F: showSearchBar(); return true;
        case Qt::Key_Plus: case Qt::Key_Equal: zoomIn(); return true;
        case Qt::Key_Minus: case Qt::Key_Underscore: zoomOut(); return true;
        case Qt::Key_0: case Qt::Key_ParenRight: resetZoom(); return true;
        default: return false;
        }
    }
    return false;
}

void TerminalView::keyPressEvent(QKeyEvent *e)
{
    if (handleOwnShortcut(e))
        return;
    if (m_disconnected) {
        if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter)
            emit reconnectRequested();
        return;
    }
    const QByteArray bytes = encodeKey(e->key(), e->modifiers(), e->text(), m_screen->keyModes());
    if (bytes.isEmpty()) {
        e->ignore();
        return;
    }
    m_followOutput = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    send(bytes);
}

// Text composed with an input method (CJK, dead keys on some platforms) arrives here, not as keys.
void TerminalView::inputMethodEvent(QInputMethodEvent *e)
{
    if (!e->commitString().isEmpty() && !m_disconnected)
        send(e->commitString().toUtf8());
    e->accept();
}

void TerminalView::send(const QByteArray &bytes)
{
    if (!m_disconnected && !bytes.isEmpty())
        emit sendBytes(bytes);
}

TerminalView::Pos TerminalView::posAt(const QPoint &p) const
{
    const int row = qBound(0, p.y() / m_cell.height(), m_rows - 1);
    // Past the middle of a cell the selection boundary is after it, as in xterm.
    const int col = qBound(0, (p.x() + m_cell.width() / 2) / m_cell.width(), m_cols);
    return {topLine() + row, col};
}

bool TerminalView::sendMouse(QMouseEvent *e, bool pressed, bool release)
{
    if (m_screen->mouseMode() == TerminalScreen::MouseMode::Off || (e->modifiers() & Qt::ShiftModifier)
        || scrolledBack() > 0 || m_disconnected)
        return false;
    const int row = qBound(0, int(e->position().y()) / m_cell.height(), m_rows - 1);
    const int col = qBound(0, int(e->position().x()) / m_cell.width(), m_cols - 1);
    int button = 0;
    switch (e->button()) {
    case Qt::LeftButton: button = 1; break;
    case Qt::MiddleButton: button = 2; break;
    case Qt::RightButton: button = 3; break;
    default: break;
    }
    if (pressed || release)
        send(m_screen->mouseButton(row, col, button, pressed, e->modifiers()));
    else
        send(m_screen->mouseMove(row, col, e->modifiers()));
    return true;
}

void TerminalView::mousePressEvent(QMouseEvent *e)
{
    setFocus(Qt::MouseFocusReason);
    if (sendMouse(e, true, false))
        return;
    if (e->button() == Qt::MiddleButton) {
        pasteFrom(QClipboard::Selection);
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    m_selecting = true;
    m_hasSelection = false;
    m_anchor = m_extent = posAt(e->position().toPoint());
    viewport()->update();
}

void TerminalView::mouseMoveEvent(QMouseEvent *e)
{
    if (!m_selecting) {
        sendMouse(e, false, false);
        return;
    }
    m_extent = posAt(e->position().toPoint());
    m_hasSelection = !(m_extent == m_anchor);
    viewport()->update();
}

void TerminalView::mouseReleaseEvent(QMouseEvent *e)
{
    if (!m_selecting) {
        sendMouse(e, false, true);
        return;
    }
    m_selecting = false;
    if (m_hasSelection && QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (sendMouse(e, true, false) || e->button() != Qt::LeftButton)
        return;
    const Pos at = posAt(QPoint(int(e->position().x()), int(e->position().y())) - QPoint(m_cell.width() / 2, 0));
    auto isWord = [&](int col) {
        const QString t = m_screen->lineCell(at.line, col).text();
        return !t.isEmpty() && (t.at(0).isLetterOrNumber() || QStringLiteral("-_./~:@+%").contains(t.at(0)));
    };
    if (!isWord(at.col))
        return;
    int start = at.col, end = at.col + 1;
    while (start > 0 && isWord(start - 1))
        --start;
    while (end < m_cols && isWord(end))
        ++end;
    m_anchor = {at.line, start};
    m_extent = {at.line, end};
    m_hasSelection = true;
    m_selecting = false;
    if (QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    viewport()->update();
}

void TerminalView::wheelEvent(QWheelEvent *e)
{
    const int notches = e->angleDelta().y() / 120;
    if (notches == 0)
        return;
    if (e->modifiers() & Qt::ControlModifier) {
        notches > 0 ? zoomIn() : zoomOut();
        return;
    }
    const bool reports = m_screen->mouseMode() != TerminalScreen::MouseMode::Off && !(e->modifiers() & Qt::ShiftModifier);
    if (reports && scrolledBack() == 0) {
        const int row = qBound(0, int(e->position().y()) / m_cell.height(), m_rows - 1);
        const int col = qBound(0, int(e->position().x()) / m_cell.width(), m_cols - 1);
        for (int i = 0; i < qAbs(notches); ++i)
            send(m_screen->mouseButton(row, col, notches > 0 ? 4 : 5, true, e->modifiers()));
    } else if (m_screen->altScreen()) {
        // No scrollback on the alternate screen: less and man scroll on arrow keys instead.
        const QByteArray key = encodeKey(notches > 0 ? Qt::Key_Up : Qt::Key_Down, {}, {}, m_screen->keyModes());
        send(key.repeated(3 * qAbs(notches)));
    } else {
        scrollBack(3 * notches);
    }
}

void TerminalView::focusInEvent(QFocusEvent *e)
{
    m_focused = true;
    viewport()->update();
    QAbstractScrollArea::focusInEvent(e);
}

void TerminalView::focusOutEvent(QFocusEvent *e)
{
    m_focused = false;
    viewport()->update();
    QAbstractScrollArea::focusOutEvent(e);
}

// --- Selection, clipboard, paste --------------------------------------------------------------

bool TerminalView::isSelected(int line, int col) const
{
    if (!m_hasSelection)
        return false;
    const Pos a = std::min(m_anchor, m_extent), b = std::max(m_anchor, m_extent);
    const Pos p {line, col};
    return !(p < a) && p < b;
}

QString TerminalView::selectedText() const
{
    if (!m_hasSelection)
        return {};
    const Pos a = std::min(m_anchor, m_extent), b = std::max(m_anchor, m_extent);
    QStringList lines;
    for (int line = a.line; line <= b.line; ++line) {
        const int from = line == a.line ? a.col : 0;
        const int to = line == b.line ? b.col : m_screen->cols();
        QString text;
        for (int col = from; col < to; ++col) {
            const TerminalCell c = m_screen->lineCell(line, col);
            if (c.width != 0)
                text += c.text();
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        lines << text;
    }
    return lines.join(QLatin1Char('\n'));
}

void TerminalView::selectAll()
{
    m_anchor = {0, 0};
    m_extent = {m_screen->lineCount() - 1, m_screen->cols()};
    m_hasSelection = true;
    viewport()->update();
}

void TerminalView::copy()
{
    if (m_hasSelection)
        QApplication::clipboard()->setText(selectedText(), QClipboard::Clipboard);
}

void TerminalView::pasteFrom(QClipboard::Mode mode)
{
    pasteText(QApplication::clipboard()->text(mode));
}

void TerminalView::pasteText(const QString &text)
{
    if (m_disconnected || text.isEmpty())
        return;
    m_paste = m_paste.mid(m_pasteOffset) + m_screen->pasteBytes(text);
    m_pasteOffset = 0;
    sendPasteChunk();
    if (pendingPasteBytes() > 0)
        m_pasteTimer->start();
}

void TerminalView::sendPasteChunk()
{
    const QByteArray chunk = m_paste.mid(m_pasteOffset, kPasteChunk);
    m_pasteOffset += chunk.size();
    if (pendingPasteBytes() <= 0) {
        m_pasteTimer->stop();
        m_paste.clear();
        m_pasteOffset = 0;
    }
    send(chunk);
}

} // namespace initbench
