// The terminal view under the offscreen platform: real painting (the viewport is grabbed and
// pixels are checked in the cells where text and colours should have landed), real key and mouse
// events, the clipboard, chunked paste, search, scrollback and the disconnected state.
#include "terminal/terminalscreen.h"
#include "terminalview.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace initbench;

namespace {

// Pixels of a rectangle of the image that are close to a colour.
int countColor(const QImage &img, const QRect &r, const QColor &c, int tolerance = 40)
{
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor p = img.pixelColor(x, y);
            if (qAbs(p.red() - c.red()) + qAbs(p.green() - c.green()) + qAbs(p.blue() - c.blue()) <= tolerance)
                ++n;
        }
    return n;
}

// Pixels that are not the background: where glyphs were drawn.
int inkIn(const QImage &img, const QRect &r, const QColor &background)
{
    return r.width() * r.height() - countColor(img, r, background, 30);
}

QImage grabAfterPaint(TerminalView &view)
{
    view.screen()->flushChanges();
    QSignalSpy painted(&view, &TerminalView::framePainted);
    view.viewport()->update();
    painted.wait(1000);
    return view.viewport()->grab().toImage();
}

} // namespace

class TstTerminalView : public QObject
{
    Q_OBJECT

private slots:
    void textAndColoursLandInTheirCells()
    {
        TerminalView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.feed("\x1b[31mRED\x1b[0m plain\r\n\x1b[44m    \x1b[0m\r\n\x1b[38;2;0;255;0mX\x1b[0m\r\n\x1b[7mrev\x1b[0m");
        const QImage img = grabAfterPaint(view);
        const TerminalPalette &pal = view.terminalPalette();
        const QColor bg = pal.defaultBackground();
        // Red glyphs in the first three cells, none in a never-written cell.
        const QRect red = view.cellRect(0, 0).united(view.cellRect(0, 2));
        QVERIFY2(countColor(img, red, pal.indexed(1)) > 10, "red text drawn");
        QCOMPARE(countColor(img, view.cellRect(0, 4), pal.indexed(1)), 0); // "plain" is not red
        QVERIFY(inkIn(img, view.cellRect(0, 4), bg) > 0);                 // but it is drawn
        QCOMPARE(inkIn(img, view.cellRect(0, 30), bg), 0);
        // A blue background fills its cells edge to edge.
        const QRect blue = view.cellRect(1, 0).united(view.cellRect(1, 3));
        QCOMPARE(countColor(img, blue, pal.indexed(4), 0), blue.width() * blue.height());
        QCOMPARE(countColor(img, view.cellRect(1, 4), pal.indexed(4)), 0);
        // True colour.
        QVERIFY(countColor(img, view.cellRect(2, 0), QColor(0, 255, 0)) > 5);
        // Reverse video: default foreground as the background.
        QVERIFY(countColor(img, view.cellRect(3, 0), pal.defaultForeground(), 10) > view.cellSize().width());
    }

    void wideCharacterSpansTwoCells()
    {
        TerminalView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.feed(QStringLiteral(u"\x1b[33m中\x1b[0mA").toUtf8());
        const QImage img = grabAfterPaint(view);
        const QColor yellow = view.terminalPalette().indexed(3);
        QVERIFY(countColor(img, view.cellRect(0, 0), yellow) > 0);
        QVERIFY(countColor(img, view.cellRect(0, 1), yellow) > 0); // the glyph reaches into the second cell
        QVERIFY(inkIn(img, view.cellRect(0, 2), view.terminalPalette().defaultBackground()) > 0); // 'A' after it
        QCOMPARE(countColor(img, view.cellRect(0, 2), yellow), 0);
    }

    void sizeFollowsTheWidgetAndZoom()
    {
        TerminalView view;
        QSignalSpy size(&view, &TerminalView::sizeChanged);
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!size.isEmpty());
        const int cols = view.viewport()->width() / view.cellSize().width();
        const int rows = view.viewport()->height() / view.cellSize().height();
        QCOMPARE(size.last().at(0).toInt(), cols);
        QCOMPARE(size.last().at(1).toInt(), rows);
        QCOMPARE(view.screen()->cols(), cols);
        QCOMPARE(view.screen()->rows(), rows);

        const QSize before = view.cellSize();
        view.zoomIn();
        view.zoomIn();
        QVERIFY(view.cellSize().width() > before.width());
        QVERIFY(size.last().at(0).toInt() < cols);
        QTest::keyClick(&view, Qt::Key_Underscore, Qt::ControlModifier | Qt::ShiftModifier); // zoom out
        QTest::keyClick(&view, Qt::Key_Underscore, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(view.cellSize(), before);
        QCOMPARE(size.last().at(0).toInt(), cols);
    }

    void keysBecomeBytes()
    {
        TerminalView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy sent(&view, &TerminalView::sendBytes);
        QTest::keyClicks(&view, QStringLiteral("ls"));
        QTest::keyClick(&view, Qt::Key_Return);
        QTest::keyClick(&view, Qt::Key_Up);
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Tab);
        QTest::keyClick(&view, Qt::Key_F5);
        QByteArray all;
        for (const auto &args : sent)
            all += args.at(0).toByteArray();
        QCOMPARE(all, QByteArray("ls\r\x1b[A\x03\t\x1b[15~"));
        view.feed("\x1b[?1h"); // application cursor keys, as vim sets them
        sent.clear();
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArray("\x1bOA"));
    }

    void scrollbackWithShiftPageUp()
    {
        TerminalView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int rows = view.rowCount();
        // Every line gets a background colour from its number, so the grab tells which line is where.
        QByteArray out;
        for (int i = 0; i < 200; ++i)
            out += "\x1b[4" + QByteArray::number(1 + i % 6) + "m line " + QByteArray::number(i) + "\x1b[0m\r\n";
        view.feed(out);
        view.screen()->flushChanges();
        QCOMPARE(view.scrolledBack(), 0);
        QSignalSpy sent(&view, &TerminalView::sendBytes);
        QTest::keyClick(&view, Qt::Key_PageUp, Qt::ShiftModifier);
        QCOMPARE(view.scrolledBack(), rows - 1);
        QCOMPARE(sent.count(), 0); // scrolling is the view's own business
        const int topLine = view.screen()->scrollbackLines() - (rows - 1);
        const QImage img = grabAfterPaint(view);
        const QColor expected = view.terminalPalette().indexed(1 + topLine % 6);
        QVERIFY(countColor(img, view.cellRect(0, 0), expected, 0) > 0);
        // New output while scrolled back does not yank the view down; a key press does.
        view.feed("more\r\n");
        view.screen()->flushChanges();
        QVERIFY(view.scrolledBack() > 0);
        QTest::keyClick(&view, Qt::Key_A);
        QCOMPARE(view.scrolledBack(), 0);
    }

    void mouseSelectionAndClipboard()
    {
        TerminalView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.feed("hello wide world\r\nsecond line");
        view.screen()->flushChanges();
        const QPoint from = view.cellRect(0, 0).center() - QPoint(view.cellSize().width() / 2 - 1, 0);
        const QPoint to = view.cellRect(1, 5).topRight() + QPoint(-1, 2); // right half: the cell is included
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view.viewport(), to);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(view.selectedText(), QStringLiteral("hello wide world\nsecond"));
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("hello wide world\nsecond"));

        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.cellRect(0, 7).center());
        QCOMPARE(view.selectedText(), QStringLiteral("wide"));
        const QImage img = grabAfterPaint(view);
        QVERIFY(countColor(img, view.cellRect(0, 8), QColor(0x26, 0x4f, 0x78), 0) > 0); // highlighted
    }

    void mouseReportsWhenTheProgramAsks()
    {
        TerminalView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.feed("\x1b[?1000h\x1b[?1006h");
        QSignalSpy sent(&view, &TerminalView::sendBytes);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.cellRect(2, 3).center());
        QCOMPARE(sent.count(), 2);
        QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArray("\x1b[<0;4;3M"));
        QCOMPARE(sent.at(1).at(0).toByteArray(), QByteArray("\x1b[<0;4;3m"));
        QCOMPARE(view.selectedText(), QString());
    }

    void largePasteGoesOutInChunks()
    {
        TerminalView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.feed("\x1b[?2004h");
        QSignalSpy sent(&view, &TerminalView::sendBytes);
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("echo %1\n").arg(i);
        view.pasteText(text);
        // One chunk at once, the rest on later event loop turns: the window is not blocked.
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(0).toByteArray().size(), TerminalView::kPasteChunk);
        QVERIFY(view.pendingPasteBytes() > 0);
        QTRY_COMPARE(view.pendingPasteBytes(), 0);
        QByteArray all;
        for (const auto &args : sent) {
            QVERIFY(args.at(0).toByteArray().size() <= TerminalView::kPasteChunk);
            all += args.at(0).toByteArray();
        }
        QByteArray expected = "\x1b[200~" + text.toUtf8().replace('\n', '\r') + "\x1b[201~";
        QCOMPARE(all.size(), expected.size());
        QCOMPARE(all, expected);
    }

    void searchFindsAndHighlightsScrollback()
    {
        TerminalView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QByteArray out = "the needle is here\r\n";
        for (int i = 0; i < 300; ++i)
            out += "filler " + QByteArray::number(i) + "\r\n";
        view.feed(out);
        view.screen()->flushChanges();
        QVERIFY(view.find(QStringLiteral("NEEDLE")));
        QCOMPARE(view.currentMatch().line, 0);
        QVERIFY(view.scrolledBack() > 0);
        const int row = view.currentMatch().line - (view.screen()->scrollbackLines() - view.scrolledBack());
        const QImage img = grabAfterPaint(view);
        QVERIFY(countColor(img, view.cellRect(row, 4), QColor(0xe5, 0xc0, 0x7b), 0) > 0);
        QCOMPARE(countColor(img, view.cellRect(row, 0), QColor(0xe5, 0xc0, 0x7b), 0), 0);
        QVERIFY(!view.find(QStringLiteral("haystack")));

        QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QLineEdit *field = view.findChild<QLineEdit *>();
        QVERIFY(field && field->isVisible());
    }

    void disconnectedStateOffersReconnect()
    {
        TerminalView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy reconnect(&view, &TerminalView::reconnectRequested);
        QSignalSpy sent(&view, &TerminalView::sendBytes);
        view.setDisconnected(QStringLiteral("connection closed by 127.0.0.1"));
        QVERIFY(view.isDisconnected());
        QTest::keyClicks(&view, QStringLiteral("ls"));
        QCOMPARE(sent.count(), 0);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(reconnect.count(), 1);
        auto *button = view.findChild<QPushButton *>();
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(reconnect.count(), 2);
        // The overlay is painted: a dark band with red text across the middle.
        const QImage img = grabAfterPaint(view);
        const QRect middle(0, view.viewport()->height() / 2 - 2 * view.cellSize().height(), view.viewport()->width(),
                           2 * view.cellSize().height());
        QVERIFY(countColor(img, middle, QColor(0xf1, 0x4c, 0x4c), 60) > 20);
        view.setConnected();
        QVERIFY(!button->isVisible());
        QTest::keyClick(&view, Qt::Key_A);
        QCOMPARE(sent.count(), 1);
    }
};

QTEST_MAIN(TstTerminalView)
#include "tst_terminalview.moc"
