#pragma once
#include "terminal/keyencoding.h"
#include "terminal/terminalcell.h"

#include <QObject>

#include <memory>
#include <vector>

namespace initbench {

struct TerminalCursor {
    enum Shape { Block, Underline, Bar };
    int row = 0;
    int col = 0;
    bool visible = true;
    bool blinking = true;
    Shape shape = Block;
};

// The screen of one terminal session, kept by libvterm: bytes from the other end go in through
// feed(), cells, cursor and modes come out. Lines scrolled off the primary screen go to a
// scrollback of scrollbackLimit() lines (default 10,000); the alternate screen (vim, less, htop)
// has none, as in xterm.
//
// Lines are addressed two ways: cell(row, col) is the visible screen; line(index) counts from the
// oldest scrollback line (0) to the bottom row of the screen (lineCount() - 1).
//
// changed() is coalesced: it comes at most once per frameInterval() ms (16 by default), however
// many bytes came in meanwhile, so an output burst repaints at most once a frame; a change after
// a quiet frame is signalled on the next event loop turn, so an echoed key shows at once. It is
// never emitted from inside feed(). The cells are always current.
class TerminalScreen : public QObject
{
    Q_OBJECT
public:
    enum class MouseMode { Off, Click, Drag, Move }; // what the program asked to be told about

    explicit TerminalScreen(int rows = 24, int cols = 80, QObject *parent = nullptr);
    ~TerminalScreen() override;

    void feed(const QByteArray &bytes);
    void feed(const char *bytes, qsizetype size);
    void resize(int rows, int cols); // clamped to at least 1 row x 2 columns (see the .cpp)

    int rows() const;
    int cols() const;
    TerminalCell cell(int row, int col) const; // outside the screen: a blank cell
    QString rowText(int row) const;             // trailing blanks removed

    int scrollbackLimit() const;
    void setScrollbackLimit(int lines);
    int scrollbackLines() const;
    int lineCount() const { return scrollbackLines() + rows(); }
    TerminalCell lineCell(int line, int col) const;
    QString lineText(int line) const;
    // A whole line at once, cols() cells, without combining marks: for painting.
    void readLine(int line, std::vector<TerminalCompactCell> &out) const;
    void clearScrollback();

    TerminalCursor cursor() const;
    QString title() const;
    bool altScreen() const;
    bool reverseVideo() const; // DECSCNM: the whole screen swaps foreground and background
    MouseMode mouseMode() const;

    // libvterm 0.1.4 keeps DECCKM, DECKPAM and bracketed paste to itself; these ask its encoder.
    KeyModes keyModes();
    bool bracketedPaste();

    // Bytes to send for a paste: newlines as CR, wrapped in ESC[200~ ... ESC[201~ when the program
    // asked for bracketed paste (and then with ESC removed, so a paste cannot end the bracket).
    QByteArray pasteBytes(const QString &text);
    // Mouse reports in the encoding the program chose; empty when it asked for none.
    // button: 1 left, 2 middle, 3 right, 4/5 wheel up/down. Row and col are 0-based.
    QByteArray mouseMove(int row, int col, Qt::KeyboardModifiers mods);
    QByteArray mouseButton(int row, int col, int button, bool pressed, Qt::KeyboardModifiers mods);

    int frameInterval() const;
    void setFrameInterval(int ms);
    bool changePending() const;
    void flushChanges(); // emits changed() now if a change is pending

signals:
    void changed();
    void titleChanged(const QString &title);
    void bell();
    void altScreenChanged(bool on);
    // Answers the program asked for (device attributes, cursor position reports...).
    void outputReady(const QByteArray &bytes);

public:
    struct Private; // libvterm's state; public only so its C callbacks can reach it

private:
    std::unique_ptr<Private> d;
};

} // namespace initbench
