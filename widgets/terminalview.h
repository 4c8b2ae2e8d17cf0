#pragma once
#include "terminal/terminalsearch.h"
#include "terminalpalette.h"

#include <QAbstractScrollArea>
#include <QClipboard>
#include <QHash>
#include <QPoint>
#include <QRawFont>

#include <vector>

class QPushButton;
class QTimer;

namespace initbench {

class TerminalScreen;
class TerminalSearchBar;

// Shows a TerminalScreen and turns keys, mouse and clipboard into bytes for the other end.
// Transport-agnostic: feed() what the other end sent, send what comes out of sendBytes(), and
// apply sizeChanged() to the pty (TIOCSWINSZ) or the SSH channel.
//
// Keys of its own: Shift+PageUp/PageDown scroll the scrollback, Ctrl+Shift+C/V and
// Shift+Insert copy and paste, Ctrl+Shift+F searches, Ctrl+Shift+Plus/Minus (and Ctrl+wheel) zoom.
// With the program asking for mouse reports, the mouse goes to it; Shift+drag still selects.
class TerminalView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TerminalView(QWidget *parent = nullptr);
    // Shows a screen that belongs to someone else (a TerminalSession, which outlives its views);
    // its owner also answers the screen's outputReady, so this view does not.
    explicit TerminalView(TerminalScreen *screen, QWidget *parent = nullptr);
    ~TerminalView() override;

    TerminalScreen *screen() const { return m_screen; }
    void feed(const QByteArray &bytes);

    int columns() const { return m_cols; }
    int rowCount() const { return m_rows; }
    QSize cellSize() const { return m_cell; }
    QRect cellRect(int row, int col) const; // viewport coordinates of a visible screen cell
    const TerminalPalette &terminalPalette() const { return m_palette; }

    void zoomIn();
    void zoomOut();
    void resetZoom();
    qreal fontPointSize() const;

    // Scrollback position: 0 shows the live screen, n shows n lines further up.
    int scrolledBack() const;
    void scrollBack(int lines); // negative: towards the live screen

    QString selectedText() const;
    void selectAll();
    void copy();
    void pasteText(const QString &text);
    qsizetype pendingPasteBytes() const { return m_paste.size() - m_pasteOffset; }

    bool find(const QString &text, bool backwards = true);
    TerminalMatch currentMatch() const { return m_match; }
    void showSearchBar();

    void setDisconnected(const QString &reason);
    void setConnected();
    bool isDisconnected() const { return m_disconnected; }

    static constexpr qsizetype kPasteChunk = 4096;

signals:
    void sendBytes(const QByteArray &bytes);
    void sizeChanged(int cols, int rows);
    void reconnectRequested();
    void titleChanged(const QString &title);
    void framePainted(); // after each paint; tests and benchmarks wait for it

protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void inputMethodEvent(QInputMethodEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void mouseDoubleClickEvent(QMouseEvent *e) override;
    void wheelEvent(QWheelEvent *e) override;
    void focusInEvent(QFocusEvent *e) override;
    void focusOutEvent(QFocusEvent *e) override;
    bool focusNextPrevChild(bool next) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Pos {
        int line = 0; // as TerminalScreen::lineCell counts
        int col = 0;
        friend bool operator==(const Pos &, const Pos &) = default;
        bool operator<(const Pos &o) const { return line != o.line ? line < o.line : col < o.col; }
    };

    bool handleOwnShortcut(QKeyEvent *e);
    void applyFont(const QFont &font);
    void updateGeometryFromViewport();
    void updateScrollBar();
    void onScreenChanged();
    int topLine() const;
    Pos posAt(const QPoint &p) const;
    bool isSelected(int line, int col) const;
    bool isMatch(int line, int col) const;
    bool sendMouse(QMouseEvent *e, bool pressed, bool release);
    void send(const QByteArray &bytes);
    void sendPasteChunk();
    void paintRow(QPainter &p, int y, int line);
    void paintCursor(QPainter &p);
    quint32 glyphFor(int variant, char32_t ch); // 0: the primary font has none
    void pasteFrom(QClipboard::Mode mode);

    TerminalScreen *m_screen;
    bool m_ownsScreen;
    TerminalPalette m_palette;
    QFont m_font;
    QFont m_fonts[4]; // regular, bold, italic, bold italic
    // Glyph indexes per variant: printable ASCII in a table, the rest looked up once and cached.
    QRawFont m_rawFonts[4];
    QList<quint32> m_asciiGlyphs[4];
    QHash<char32_t, quint32> m_glyphCache[4];
    QList<quint32> m_runGlyphs;
    QList<QPointF> m_runPositions;
    std::vector<TerminalCompactCell> m_rowCells; // scratch for painting a row
    qreal m_basePointSize = 10;
    QSize m_cell {8, 16};
    int m_ascent = 12;
    int m_rows = 0, m_cols = 0;
    bool m_followOutput = true;
    bool m_focused = false;

    bool m_selecting = false;
    bool m_hasSelection = false;
    Pos m_anchor, m_extent;

    TerminalMatch m_match;
    QString m_searchText;
    TerminalSearchBar *m_searchBar = nullptr;

    QByteArray m_paste;
    qsizetype m_pasteOffset = 0;
    QTimer *m_pasteTimer;

    bool m_disconnected = false;
    QString m_disconnectReason;
    QPushButton *m_reconnect;
    int m_mouseButtonHeld = 0;
};

} // namespace initbench
