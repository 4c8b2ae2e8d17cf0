#include "terminalview.h"
#include "terminalsearchbar.h"

#include "terminal/keyencoding.h"
#include "terminal/terminalscreen.h"

#include <QApplication>
#include <QFontDatabase>
#include <QtMath>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>

namespace initbench {

TerminalView::TerminalView(QWidget *parent)
    : TerminalView(nullptr, parent)
{
}

TerminalView::TerminalView(TerminalScreen *screen, QWidget *parent)
    : QAbstractScrollArea(parent),
      m_screen(screen ? screen : new TerminalScreen(24, 80, this)),
      m_ownsScreen(!screen),
      m_pasteTimer(new QTimer(this)),
      m_reconnect(new QPushButton(tr("Reconnect"), viewport()))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, true);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_reconnect->hide();
    m_reconnect->setCursor(Qt::ArrowCursor);
    connect(m_reconnect, &QPushButton::clicked, this, &TerminalView::reconnectRequested);

    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::TypeWriter);
    m_basePointSize = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    applyFont(font);

    // Large pastes go out one chunk per event loop turn, so the window keeps painting and the
    // other end's echo keeps being read while megabytes are written.
    m_pasteTimer->setInterval(0);
    connect(m_pasteTimer, &QTimer::timeout, this, &TerminalView::sendPasteChunk);

    connect(m_screen, &TerminalScreen::changed, this, &TerminalView::onScreenChanged);
    if (!screen)
        connect(m_screen, &TerminalScreen::outputReady, this, &TerminalView::send);
    connect(m_screen, &TerminalScreen::titleChanged, this, &TerminalView::titleChanged);
    connect(m_screen, &TerminalScreen::bell, this, [] { QApplication::beep(); });
    connect(m_screen, &TerminalScreen::altScreenChanged, this, [this] { onScreenChanged(); });
}

TerminalView::~TerminalView() = default;

void TerminalView::feed(const QByteArray &bytes)
{
    m_screen->feed(bytes);
}

void TerminalView::applyFont(const QFont &font)
{
    m_font = font;
    m_font.setKerning(false);
    m_font.setLetterSpacing(QFont::AbsoluteSpacing, 0);
    const QFontMetricsF exact(m_font);
    const QFontMetrics metrics(m_font);
    const int width = qMax(1, qCeil(exact.horizontalAdvance(QLatin1Char('M'))));
    // Pad the advance to whole pixels so a run of text drawn at once stays on the cell grid.
    m_font.setLetterSpacing(QFont::AbsoluteSpacing, width - exact.horizontalAdvance(QLatin1Char('M')));
    m_cell = QSize(width, qMax(1, metrics.height()));
    for (int variant = 0; variant < 4; ++variant) {
        m_fonts[variant] = m_font;
        m_fonts[variant].setBold(variant & 1);
        m_fonts[variant].setItalic(variant & 2);
        m_rawFonts[variant] = QRawFont::fromFont(m_fonts[variant]);
        m_glyphCache[variant].clear();
        QString ascii;
        for (char16_t c = 0x20; c < 0x7f; ++c)
            ascii.append(QChar(c));
        m_asciiGlyphs[variant] = m_rawFonts[variant].isValid() ? m_rawFonts[variant].glyphIndexesForString(ascii)
                                                               : QList<quint32>();
    }
    m_ascent = metrics.ascent();
    verticalScrollBar()->setSingleStep(1);
    updateGeometryFromViewport();
    viewport()->update();
}

void TerminalView::zoomIn()
{
    QFont f = m_font;
    f.setPointSizeF(qMin<qreal>(72, f.pointSizeF() + 1));
    applyFont(f);
}

void TerminalView::zoomOut()
{
    QFont f = m_font;
    f.setPointSizeF(qMax<qreal>(4, f.pointSizeF() - 1));
    applyFont(f);
}

void TerminalView::resetZoom()
{
    QFont f = m_font;
    f.setPointSizeF(m_basePointSize);
    applyFont(f);
}

qreal TerminalView::fontPointSize() const
{
    return m_font.pointSizeF();
}

void TerminalView::updateGeometryFromViewport()
{
    // A shared screen keeps its session's size until this view is on screen with its real size:
    // a view made for a running session must not squeeze what the session has shown so far.
    if (!m_ownsScreen && !isVisible())
        return;
    const int cols = qMax(1, viewport()->width() / m_cell.width());
    const int rows = qMax(1, viewport()->height() / m_cell.height());
    if (cols == m_cols && rows == m_rows)
        return;
    m_cols = cols;
    m_rows = rows;
    m_screen->resize(rows, cols);
    verticalScrollBar()->setPageStep(rows);
    updateScrollBar();
    emit sizeChanged(cols, rows);
}

void TerminalView::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const int history = m_screen->altScreen() ? 0 : m_screen->scrollbackLines();
    const bool follow = m_followOutput;
    const QSignalBlocker block(bar);
    bar->setRange(0, history);
    if (follow)
        bar->setValue(history);
    bar->setEnabled(history > 0);
}

void TerminalView::onScreenChanged()
{
    updateScrollBar();
    viewport()->update();
}

int TerminalView::topLine() const
{
    // The alternate screen has no scrollback of its own: always show it whole.
    if (m_screen->altScreen())
        return m_screen->scrollbackLines();
    return qMin(verticalScrollBar()->value(), m_screen->scrollbackLines());
}

int TerminalView::scrolledBack() const
{
    return m_screen->scrollbackLines() - topLine();
}

void TerminalView::scrollBack(int lines)
{
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() - lines);
}

void TerminalView::scrollContentsBy(int, int)
{
    m_followOutput = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    viewport()->update();
}

QRect TerminalView::cellRect(int row, int col) const
{
    return QRect(col * m_cell.width(), row * m_cell.height(), m_cell.width(), m_cell.height());
}

void TerminalView::resizeEvent(QResizeEvent *e)
{
    QAbstractScrollArea::resizeEvent(e);
    updateGeometryFromViewport();
    if (m_searchBar)
        m_searchBar->move(viewport()->width() - m_searchBar->width() - 4, 4);
    m_reconnect->move((viewport()->width() - m_reconnect->sizeHint().width()) / 2, viewport()->height() / 2 + 8);
}

// --- Search and connection state -------------------------------------------------------------

bool TerminalView::find(const QString &text, bool backwards)
{
    const TerminalMatch from = text == m_searchText ? m_match : TerminalMatch {};
    m_searchText = text;
    m_match = findInTerminal(*m_screen, text, from, backwards);
    if (m_match.isValid() && !m_screen->altScreen()) {
        const int top = topLine();
        if (m_match.line < top || m_match.line >= top + m_rows) {
            m_followOutput = false;
            verticalScrollBar()->setValue(m_match.line - m_rows / 2);
        }
    }
    if (m_searchBar)
        m_searchBar->setFound(m_match.isValid());
    viewport()->update();
    return m_match.isValid();
}

bool TerminalView::isMatch(int line, int col) const
{
    if (!m_match.isValid() || line != m_match.line)
        return false;
    const int start = terminalColumnOfOffset(*m_screen, line, m_match.start);
    const int end = terminalColumnOfOffset(*m_screen, line, m_match.start + m_match.length);
    return col >= start && col < end;
}

void TerminalView::showSearchBar()
{
    if (!m_searchBar) {
        m_searchBar = new TerminalSearchBar(viewport());
        m_searchBar->resize(qMin(320, viewport()->width() - 8), m_searchBar->sizeHint().height());
        connect(m_searchBar, &TerminalSearchBar::findRequested, this, &TerminalView::find);
        connect(m_searchBar, &TerminalSearchBar::closed, this, [this] {
            m_match = {};
            setFocus();
            viewport()->update();
        });
    }
    m_searchBar->move(viewport()->width() - m_searchBar->width() - 4, 4);
    m_searchBar->open();
}

void TerminalView::setDisconnected(const QString &reason)
{
    m_disconnected = true;
    m_disconnectReason = reason;
    m_paste.clear();
    m_pasteOffset = 0;
    m_pasteTimer->stop();
    m_reconnect->adjustSize();
    m_reconnect->move((viewport()->width() - m_reconnect->width()) / 2, viewport()->height() / 2 + 8);
    m_reconnect->show();
    viewport()->update();
}

void TerminalView::setConnected()
{
    m_disconnected = false;
    m_disconnectReason.clear();
    m_reconnect->hide();
    viewport()->update();
}

} // namespace initbench
