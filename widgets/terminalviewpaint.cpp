// TerminalView's painting: one pass over the visible rows, a background fill and a glyph run per
// run of cells in the same style, so a screen of plain text costs a few dozen calls, not 2,000.
// Glyph runs skip text shaping, which is most of what drawText costs, and sit exactly on the grid.
#include "terminalview.h"

#include "terminal/terminalscreen.h"

#include <QGlyphRun>
#include <QPaintEvent>
#include <QPainter>
#include <QPushButton>


namespace initbench {

namespace {

const QColor kSelectionBg(0x26, 0x4f, 0x78);
const QColor kMatchBg(0xe5, 0xc0, 0x7b);
const QColor kMatchFg(0x1e, 0x1e, 0x1e);

} // namespace

void TerminalView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), m_palette.defaultBackground());
    const int top = topLine();
    const int last = qMin(m_rows, m_screen->lineCount() - top);
    for (int y = 0; y < last; ++y)
        paintRow(p, y, top + y);
    paintCursor(p);

    if (m_disconnected) {
        const QRect band(0, viewport()->height() / 2 - 2 * m_cell.height(), viewport()->width(), 4 * m_cell.height() + 24);
        p.fillRect(band, QColor(0, 0, 0, 200));
        p.setPen(QColor(0xf1, 0x4c, 0x4c));
        p.setFont(font());
        const QString text = m_disconnectReason.isEmpty()
            ? tr("Disconnected. Press Enter or the button to reconnect.")
            : tr("Disconnected: %1. Press Enter or the button to reconnect.").arg(m_disconnectReason);
        p.drawText(band.adjusted(8, 4, -8, -(band.height() / 2)), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    p.end();
    emit framePainted();
}

quint32 TerminalView::glyphFor(int variant, char32_t ch)
{
    if (ch >= 0x20 && ch < 0x7f)
        return m_asciiGlyphs[variant].value(qsizetype(ch - 0x20));
    const auto found = m_glyphCache[variant].constFind(ch);
    if (found != m_glyphCache[variant].cend())
        return *found;
    quint32 glyph = 0;
    int count = 1;
    const bool pair = QChar::requiresSurrogates(ch);
    const QChar units[2] = {pair ? QChar(QChar::highSurrogate(ch)) : QChar(char16_t(ch)), QChar(QChar::lowSurrogate(ch))};
    if (!m_rawFonts[variant].isValid() || !m_rawFonts[variant].glyphIndexesForChars(units, pair ? 2 : 1, &glyph, &count))
        glyph = 0;
    m_glyphCache[variant].insert(ch, glyph);
    return glyph;
}

void TerminalView::paintRow(QPainter &p, int y, int line)
{
    m_screen->readLine(line, m_rowCells);
    const int cols = qMin(m_cols, int(m_rowCells.size()));
    const bool reversed = m_screen->reverseVideo();
    const int baseline = y * m_cell.height() + m_ascent;
    const int cellWidth = m_cell.width();
    int col = 0;
    while (col < cols) {
        const TerminalCompactCell &first = m_rowCells[size_t(col)];
        if (first.width == 0) { // the right half of a wide character cut off by a resize
            ++col;
            continue;
        }
        const TerminalStyle style = first.style();
        const int variant = (style.has(TerminalStyle::Bold) ? 1 : 0) | (style.has(TerminalStyle::Italic) ? 2 : 0);
        const bool selected = isSelected(line, col);
        const bool match = isMatch(line, col);
        // Cells the primary font draws one cell wide go into a glyph run placed on the grid;
        // anything else (wide, combining, from a fallback font) is drawn alone with drawText.
        auto inRun = [&](const TerminalCompactCell &c) {
            return c.width == 1 && !c.combining && (c.ch <= 0x20 || glyphFor(variant, c.ch) != 0);
        };
        int end = col + qMax(1, int(first.width));
        const bool glyphRun = inRun(first);
        QString text;
        if (glyphRun) {
            m_runGlyphs.resize(0);
            m_runPositions.resize(0);
            for (int at = col;; ++at) {
                const TerminalCompactCell &c = m_rowCells[size_t(at)];
                if (c.ch > 0x20) { // spaces have no ink
                    m_runGlyphs.append(glyphFor(variant, c.ch));
                    m_runPositions.append(QPointF(qreal((at - col) * cellWidth), 0));
                }
                end = at + 1;
                if (end >= cols)
                    break;
                const TerminalCompactCell &next = m_rowCells[size_t(end)];
                if (!inRun(next) || !next.sameStyle(first) || isSelected(line, end) != selected || isMatch(line, end) != match)
                    break;
            }
        } else {
            text = first.combining ? m_screen->lineCell(line, col).text() : QString::fromUcs4(&first.ch, 1);
        }
        QColor fg, bg;
        m_palette.resolve(style, reversed, &fg, &bg);
        if (selected)
            bg = kSelectionBg;
        if (match) {
            bg = kMatchBg;
            fg = kMatchFg;
        }
        const QRect area(col * cellWidth, y * m_cell.height(), (end - col) * cellWidth, m_cell.height());
        if (bg != m_palette.defaultBackground())
            p.fillRect(area, bg);
        p.setPen(fg);
        if (glyphRun && !m_runGlyphs.isEmpty()) {
            QGlyphRun run;
            run.setRawFont(m_rawFonts[variant]);
            run.setGlyphIndexes(m_runGlyphs);
            run.setPositions(m_runPositions);
            p.drawGlyphRun(QPointF(area.x(), baseline), run);
        } else if (!glyphRun && first.ch > 0x20) {
            p.setFont(m_fonts[variant]);
            p.drawText(area.x(), baseline, text);
        }
        if (style.has(TerminalStyle::Underline)) {
            p.drawLine(area.left(), baseline + 1, area.right(), baseline + 1);
            if (style.has(TerminalStyle::DoubleUnderline))
                p.drawLine(area.left(), baseline + 3, area.right(), baseline + 3);
        }
        if (style.has(TerminalStyle::Strike))
            p.drawLine(area.left(), baseline - m_ascent / 3, area.right(), baseline - m_ascent / 3);
        col = end;
    }
}

void TerminalView::paintCursor(QPainter &p)
{
    const TerminalCursor cursor = m_screen->cursor();
    const int row = cursor.row + m_screen->scrollbackLines() - topLine();
    if (!cursor.visible || row < 0 || row >= m_rows || m_disconnected)
        return;
    const TerminalCell under = m_screen->cell(cursor.row, cursor.col);
    QRect r = cellRect(row, cursor.col);
    if (under.width == 2)
        r.setWidth(2 * m_cell.width());
    QColor fg, bg;
    m_palette.resolve(under.style, m_screen->reverseVideo(), &fg, &bg);
    if (!m_focused) {
        p.setPen(fg);
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(0, 0, -1, -1));
        return;
    }
    switch (cursor.shape) {
    case TerminalCursor::Underline: p.fillRect(r.left(), r.bottom() - 1, r.width(), 2, fg); return;
    case TerminalCursor::Bar: p.fillRect(r.left(), r.top(), 2, r.height(), fg); return;
    case TerminalCursor::Block: break;
    }
    p.fillRect(r, fg);
    p.setFont(m_fonts[under.style.has(TerminalStyle::Bold) ? 1 : 0]);
    p.setPen(bg);
    p.drawText(r.x(), r.y() + m_ascent, under.text());
}

} // namespace initbench
