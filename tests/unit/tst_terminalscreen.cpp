// The screen model over libvterm: escape sequences in, cells out. Each case feeds the bytes a
// real program writes (ls --color, vim's alternate screen, readline's bracketed paste...).
#include "terminal/libvterminputguard.h"
#include "terminal/terminalscreen.h"
#include "terminal/terminalsearch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace initbench;

namespace {

QByteArray numberedLines(int from, int to)
{
    QByteArray out;
    for (int i = from; i < to; ++i)
        out += "line " + QByteArray::number(i) + "\r\n";
    return out;
}

} // namespace

class TstTerminalScreen : public QObject
{
    Q_OBJECT

private slots:
    // libvterm 0.1.4 writes past its CSI argument array after 16 arguments: no sequence reaches
    // it with more than 15 separators, whole or in pieces, and everything else goes through.
    void csiArgumentsAreBounded()
    {
        const auto separatorsOfEachCsi = [](const QByteArray &bytes) {
            QList<int> counts;
            for (qsizetype at = bytes.indexOf("\x1b["); at >= 0; at = bytes.indexOf("\x1b[", at + 1)) {
                int n = 0;
                for (qsizetype i = at + 2; i < bytes.size() && uchar(bytes[i]) >= 0x30 && uchar(bytes[i]) <= 0x3f; ++i)
                    n += bytes[i] == ';' || bytes[i] == ':';
                counts << n;
            }
            return counts;
        };
        const QByteArray hostile = "A\x1b[3" + QByteArray(200, ';') + "6mB\x1b[1;31mC\x1b[38:2:1:2:3mD";
        for (int chunk : {1, 3, 7, int(hostile.size())}) {
            LibvtermInputGuard guard;
            QByteArray given;
            for (qsizetype at = 0; at < hostile.size(); at += chunk) {
                const QByteArray piece = hostile.mid(at, chunk);
                QByteArray out;
                given += guard.filter(piece.constData(), piece.size(), &out) ? out : piece;
            }
            QCOMPARE(separatorsOfEachCsi(given), QList<int>({15, 1, 4}));
            QCOMPARE(given, "A\x1b[3" + QByteArray(15, ';') + "mB\x1b[1;31mC\x1b[38:2:1:2:3mD");
        }
        // Plain text is handed on as it is, without a copy.
        LibvtermInputGuard guard;
        QByteArray unused;
        QVERIFY(!guard.filter("hello\r\n", 7, &unused));
    }

    // Text reaches libvterm as whole, valid UTF-8: valid text (box drawing, CJK, emoji) goes
    // through untouched and without a copy; a C1 control written as UTF-8 is dropped; a broken
    // character becomes U+FFFD; a character cut by a chunk's end waits for the next chunk.
    void textReachesLibvtermAsWholeCharacters()
    {
        const auto through = [](LibvtermInputGuard &guard, const QByteArray &in) {
            QByteArray out;
            return guard.filter(in.constData(), in.size(), &out) ? out : in;
        };
        {
            LibvtermInputGuard guard;
            QByteArray unused;
            const QByteArray valid = "\xe2\x94\x80\xe2\x94\x82 \xe4\xb8\xad \xf0\x9f\x98\x80 \xc2\xa0\xc2\xb0 \x1b[1mok\x1b[0m";
            QVERIFY(!guard.filter(valid.constData(), valid.size(), &unused));
        }
        LibvtermInputGuard guard;
        QCOMPARE(through(guard, "a\xc2\x85" "b\xc2\x9f" "c"), QByteArray("abc"));
        QCOMPARE(through(guard, "a\x85" "b\xc0\xaf" "c\xed\xa0\x80" "d"),
                 QByteArray("a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd" "c\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "d"));
        // libvterm's decoders keep a half-read character across escape sequences and controls.
        QCOMPARE(through(guard, "x\xc2\x1b[m\x85"), QByteArray("x\xef\xbf\xbd\x1b[m\xef\xbf\xbd"));
        QCOMPARE(through(guard, "y\xe4"), QByteArray("y"));
        QCOMPARE(through(guard, "\xb8"), QByteArray());
        QCOMPARE(through(guard, "\xad!"), QByteArray("\xe4\xb8\xad!"));
        QCOMPARE(through(guard, "\xc2"), QByteArray());
        QCOMPARE(through(guard, "\x85z"), QByteArray("z"));
        // Inside an OSC string nothing is text, and nothing changes.
        QCOMPARE(through(guard, "\x1b]0;t\xc2\x85\x07"), QByteArray("\x1b]0;t\xc2\x85\x07"));
    }

    // A C1 control written as UTF-8 was a glyph of width -1: three of them left the cursor at
    // column -2, where an erase wrote outside the screen. They are dropped.
    void c1ControlsAsUtf8DoNotMoveTheCursorBack()
    {
        TerminalScreen screen(24, 80);
        screen.feed("x\xc2\x85\xc2\x85\xc2\x85");
        QCOMPARE(screen.cursor().col, 1);
        screen.feed("\xc2");
        screen.feed("\x1b[1m");
        screen.feed("\x85\x1b[Kend");
        QVERIFY(screen.cursor().col >= 1);
        QCOMPARE(screen.rowText(0), QStringLiteral("x\uFFFD\uFFFDend"));
    }

    // REP repeats the last glyph: ncurses writes a character and then REP, which works; before
    // anything was printed libvterm looped for ever (the CI fuzz smoke's timeout, kept as a
    // test input), and after a double-width glyph it wrote past the row's end.
    void repeatOnlyAfterANarrowGlyph()
    {
        TerminalScreen screen(24, 80);
        screen.feed("\x1b[b\x1b[5bstart");
        QCOMPARE(screen.rowText(0), QStringLiteral("start"));
        screen.feed("\r\n-\x1b[9b|=\x1b[1m\x1b[2b");
        QCOMPARE(screen.rowText(1), QStringLiteral("----------|==="));
        screen.feed("\r\n\xe4\xb8\xad\x1b[78G\x1b[5b\xe4\xb8\xad\x1b[3b!");
        QCOMPARE(screen.rowText(2), QStringLiteral("\u4E2D").leftJustified(76, QLatin1Char(' ')) + QStringLiteral("\u4E2D!"));

        QFile f(QStringLiteral(INITBENCH_SOURCE_DIR "/tests/data/terminal/rep-before-any-glyph.fuzz-timeout"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        TerminalScreen fresh(24, 80);
        fresh.feed(f.readAll());
        fresh.feed("\x1b[2J\x1b[Hstill here");
        QCOMPARE(fresh.lineText(0).trimmed(), QStringLiteral("still here"));
    }

    // A huge count overflowed libvterm's cursor arithmetic (2147483647 columns right moved the
    // cursor one column); every argument now stops at 65535, past any screen's edge.
    void hugeCountsStopAtTheEdge()
    {
        TerminalScreen screen(24, 80);
        screen.feed("x\x1b[2147483647C");
        QCOMPARE(screen.cursor().col, 79);
        screen.feed("\x1b[99999999999999999999999D");
        QCOMPARE(screen.cursor().col, 0);
        screen.feed("\x1b[5;5H\x1b[2147483647B");
        QCOMPARE(screen.cursor().row, 23);
        LibvtermInputGuard guard;
        QByteArray out;
        const QByteArray huge = "\x1b[0000123456789;70000;65535H";
        QVERIFY(guard.filter(huge.constData(), huge.size(), &out));
        QCOMPARE(out, QByteArray("\x1b[000012345;7000;65535H"));
    }

    // Shrinking the screen pushed the written lines below a homed cursor to the scrollback and
    // moved the cursor up by as many, to row -1 (found by fuzz_terminal, minimised). It stays
    // on the screen, and text goes on where it is; also when the shrink comes in the middle of
    // an escape sequence.
    void shrinkingKeepsTheCursorOnTheScreen()
    {
        TerminalScreen screen(24, 80);
        screen.feed("\n[\x1b[s");
        screen.resize(1, 10);
        QCOMPARE(screen.cursor().row, 0);
        screen.feed("abc");
        QCOMPARE(screen.rowText(0), QStringLiteral("abc"));

        TerminalScreen midSequence(24, 80);
        midSequence.feed("\x1b[H\n\nlast\x1b[H\x1b[3");
        midSequence.resize(2, 10);
        QCOMPARE(midSequence.cursor().row, 0);
        midSequence.feed("1mred");
        QVERIFY(midSequence.rowText(0).endsWith(QStringLiteral("red")));
    }

    // A scroll region from row 7, then a one-row screen: libvterm kept the region's top below
    // the screen and the next line feed moved memory by a negative size (found by fuzz_terminal
    // against a libvterm built with ASan, minimised). A resize resets the margins.
    void resizeResetsTheMargins()
    {
        TerminalScreen screen(24, 80);
        screen.feed("\x1b[7rm");
        screen.resize(1, 2);
        screen.feed("\xef\xbf\xbd\xef\xbf\xbd" "abc");
        QCOMPARE(screen.cursor().row, 0);
        QCOMPARE(screen.rowText(0), QStringLiteral("bc"));
        // The cursor stays where it was, and a region a program set no longer holds.
        screen.resize(24, 80);
        screen.feed("\x1b[2J\x1b[3;5r\x1b[4;7Hhere");
        screen.resize(20, 60);
        QCOMPARE(screen.cursor().row, 3);
        QCOMPARE(screen.cursor().col, 10);
        screen.feed("\x1b[5;1H\nbelow"); // at the old region's bottom: a line feed scrolled it
        QCOMPARE(screen.rowText(5), QStringLiteral("below"));
        QCOMPARE(screen.rowText(3), QStringLiteral("      here"));
    }

    // DECRC restored a cursor saved before the screen shrank, outside it; text there read past
    // libvterm's line array. The cursor is bounded after every DECRC.
    void restoringACursorSavedBeforeAShrink()
    {
        TerminalScreen screen(24, 80);
        screen.feed("\x1b[20;70H\x1b" "7");
        screen.resize(5, 10);
        screen.feed("\x1b" "8");
        QCOMPARE(screen.cursor().row, 4);
        QCOMPARE(screen.cursor().col, 9);
        screen.feed("x");
        QCOMPARE(screen.rowText(4), QStringLiteral("x").rightJustified(10, QLatin1Char(' ')));
        // ESC # 8 (the alignment test) is something else and goes through as it is.
        LibvtermInputGuard guard;
        QByteArray out;
        QVERIFY(!guard.filter("\x1b#8", 3, &out));
        QVERIFY(guard.filter("\x1b" "8", 2, &out));
        QCOMPARE(out, QByteArray("\x1b" "8\x1b[?0h"));
    }

    // libvterm decodes a write on the stack, four bytes per byte: a 4 MiB write overflowed an
    // 8 MiB stack. Writes are sliced, between characters.
    void aHugeWriteIsSliced()
    {
        TerminalScreen screen(24, 80);
        QByteArray big;
        big.reserve(4 * 1024 * 1024 + 16);
        while (big.size() < 4 * 1024 * 1024)
            big += "\xe4\xb8\xad\xe6\x96\x87 text ";
        big += "\r\n\x1b[2J\x1b[Hdone";
        screen.feed(big);
        QCOMPARE(screen.rowText(0), QStringLiteral("done"));
        QVERIFY(!screen.lineText(screen.scrollbackLines() - 1).contains(QChar(0xFFFD)));
    }

    // The second input the CI fuzz smoke found, minimised: a double-width character in the
    // scrollback comes back onto a two-column screen where its second half has no cell.
    void wideCharacterBackOntoANarrowScreen()
    {
        TerminalScreen screen(24, 80);
        screen.feed(" \xec\x8b\x93\n");
        screen.resize(1, 32);
        screen.resize(11, 2);
        screen.resize(24, 80);
        screen.feed("\x1b[2J\x1b[Hstill here");
        QCOMPARE(screen.lineText(0).trimmed(), QStringLiteral("still here"));
    }

    // The input the CI fuzz smoke found (an SGR with 130 separators): the screen goes on
    // working and the text after it shows (under ASan this crashed in vterm_free).
    void fuzzCrashWithTooManyCsiArguments()
    {
        QFile f(QStringLiteral(INITBENCH_SOURCE_DIR "/tests/data/terminal/csi-too-many-arguments.fuzz-crash"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        TerminalScreen screen(24, 80);
        screen.feed(f.readAll());
        screen.feed("\x1b[2J\x1b[Hstill here");
        QCOMPARE(screen.lineText(0).trimmed(), QStringLiteral("still here"));
    }

    void plainTextAndCursor()
    {
        TerminalScreen s(24, 80);
        s.feed("hello\r\nworld");
        QCOMPARE(s.rowText(0), QStringLiteral("hello"));
        QCOMPARE(s.rowText(1), QStringLiteral("world"));
        QCOMPARE(s.cursor().row, 1);
        QCOMPARE(s.cursor().col, 5);
        QCOMPARE(s.cell(0, 0).ch, U'h');
        QCOMPARE(s.cell(0, 0).style.fg.kind, TerminalColor::Default);
        QCOMPARE(s.cell(0, 10).ch, U'\0'); // never written
        QCOMPARE(s.cell(99, 99).ch, U'\0'); // outside: a blank, no crash
    }

    void colours()
    {
        TerminalScreen s(24, 80);
        // 16 colours, 256 colours, true colour, background, bright (90-97), default again.
        s.feed("\x1b[31mR\x1b[0m\x1b[38;5;200mP\x1b[38;2;10;20;30mT\x1b[0;44mB\x1b[0;92mG\x1b[0mN"
               "\x1b[48;2;1;2;3mX");
        QCOMPARE(s.rowText(0), QStringLiteral("RPTBGNX"));
        QCOMPARE(s.cell(0, 0).style.fg, TerminalColor::indexed(1));
        QCOMPARE(s.cell(0, 1).style.fg, TerminalColor::indexed(200));
        QCOMPARE(s.cell(0, 2).style.fg, TerminalColor::rgb(10, 20, 30));
        QCOMPARE(s.cell(0, 3).style.bg, TerminalColor::indexed(4));
        QCOMPARE(s.cell(0, 3).style.fg.kind, TerminalColor::Default);
        QCOMPARE(s.cell(0, 4).style.fg, TerminalColor::indexed(10));
        QCOMPARE(s.cell(0, 5).style.fg.kind, TerminalColor::Default);
        QCOMPARE(s.cell(0, 5).style.bg.kind, TerminalColor::Default);
        QCOMPARE(s.cell(0, 6).style.bg, TerminalColor::rgb(1, 2, 3));
    }

    void attributes()
    {
        TerminalScreen s(24, 80);
        s.feed("\x1b[1mA\x1b[22;3mB\x1b[23;4mC\x1b[24;7mD\x1b[27;9mE\x1b[0mF\x1b[4:2mG\x1b[0m");
        QCOMPARE(s.cell(0, 0).style.flags, quint8(TerminalStyle::Bold));
        QCOMPARE(s.cell(0, 1).style.flags, quint8(TerminalStyle::Italic));
        QCOMPARE(s.cell(0, 2).style.flags, quint8(TerminalStyle::Underline));
        QCOMPARE(s.cell(0, 3).style.flags, quint8(TerminalStyle::Reverse));
        QCOMPARE(s.cell(0, 4).style.flags, quint8(TerminalStyle::Strike));
        QCOMPARE(s.cell(0, 5).style.flags, quint8(0));
        QCOMPARE(s.cell(0, 6).style.flags, quint8(TerminalStyle::Underline | TerminalStyle::DoubleUnderline));
    }

    void wideAndCombining()
    {
        TerminalScreen s(24, 80);
        s.feed(QStringLiteral(u"中a" u"e\u0301!").toUtf8());
        QCOMPARE(s.cell(0, 0).ch, U'中');
        QCOMPARE(s.cell(0, 0).width, quint8(2));
        QCOMPARE(s.cell(0, 1).width, quint8(0));
        QCOMPARE(s.cell(0, 2).ch, U'a');
        QCOMPARE(s.cell(0, 3).ch, U'e');
        QCOMPARE(s.cell(0, 3).combining, QStringLiteral(u"\u0301"));
        QCOMPARE(s.cell(0, 4).ch, U'!');
        QCOMPARE(s.cursor().col, 5);
        QCOMPARE(s.rowText(0), QStringLiteral(u"中ae\u0301!"));
    }

    void alternateScreen()
    {
        TerminalScreen s(24, 80);
        QSignalSpy alt(&s, &TerminalScreen::altScreenChanged);
        s.feed("primary\r\n");
        s.feed("\x1b[?1049h\x1b[H\x1b[2J"); // what vim and less send on start
        QVERIFY(s.altScreen());
        QCOMPARE(alt.count(), 1);
        QCOMPARE(s.rowText(0), QString());
        s.feed("in vim");
        QCOMPARE(s.rowText(0), QStringLiteral("in vim"));
        // Scrolling on the alternate screen does not fill the scrollback.
        s.feed(numberedLines(0, 100));
        QCOMPARE(s.scrollbackLines(), 0);
        s.feed("\x1b[?1049l");
        QVERIFY(!s.altScreen());
        QCOMPARE(alt.count(), 2);
        QCOMPARE(s.rowText(0), QStringLiteral("primary"));
    }

    void scrollbackKeepsLinesInOrderWithStyle()
    {
        TerminalScreen s(5, 40);
        s.feed("\x1b[32mgreen\x1b[0m\r\n");
        s.feed(numberedLines(1, 20));
        // 20 lines written and the cursor on a fresh bottom row: 16 scrolled off.
        QCOMPARE(s.scrollbackLines(), 16);
        QCOMPARE(s.lineCount(), 21);
        QCOMPARE(s.lineText(0), QStringLiteral("green"));
        QCOMPARE(s.lineCell(0, 0).style.fg, TerminalColor::indexed(2));
        QCOMPARE(s.lineText(1), QStringLiteral("line 1"));
        QCOMPARE(s.lineText(15), QStringLiteral("line 15"));
        QCOMPARE(s.lineText(16), QStringLiteral("line 16")); // the top row of the screen
        QCOMPARE(s.rowText(0), QStringLiteral("line 16"));
    }

    void scrollbackLimit()
    {
        TerminalScreen s(24, 80);
        QCOMPARE(s.scrollbackLimit(), 10000);
        s.feed(numberedLines(0, 12000));
        QCOMPARE(s.scrollbackLines(), 10000);
        // 12000 lines, 23 still on screen above the empty bottom row: 11977 pushed, 10000 kept.
        QCOMPARE(s.lineText(0), QStringLiteral("line 1977"));
        QCOMPARE(s.lineText(s.lineCount() - 2), QStringLiteral("line 11999"));

        s.setScrollbackLimit(100);
        QCOMPARE(s.scrollbackLines(), 100);
        QCOMPARE(s.lineText(0), QStringLiteral("line 11877"));
        s.setScrollbackLimit(0);
        s.feed(numberedLines(0, 50));
        QCOMPARE(s.scrollbackLines(), 0);
    }

    void resize()
    {
        TerminalScreen s(10, 40);
        s.feed("abc");
        s.resize(5, 20);
        QCOMPARE(s.rows(), 5);
        QCOMPARE(s.cols(), 20);
        QCOMPARE(s.rowText(0), QStringLiteral("abc"));
        s.feed("\x1b[18t"); // "report the text area size", answered by the program's side only
        s.resize(0, -3);    // nonsense sizes are clamped, not a crash
        QCOMPARE(s.rows(), 1);
        QCOMPARE(s.cols(), 2);
    }

    // Regression (fuzz_terminal): a wide character on a one-column screen crashed libvterm.
    void aWideCharacterOnTheNarrowestScreen()
    {
        TerminalScreen s(24, 80);
        s.resize(5, 1);
        QCOMPARE(s.cols(), 2);
        s.feed("\xe6\x9d\xb1\xe6\x9d\xb1" "abc" "\xf0\x9f\x98\x80");
        TerminalScreen narrow(3, 1);
        narrow.feed("\xe6\x9d\xb1");
        QCOMPARE(narrow.rowText(0), QStringLiteral("\u6771"));
    }

    void growingPullsLinesBackFromScrollback()
    {
        TerminalScreen s(10, 40);
        s.feed(numberedLines(0, 30)); // cursor ends on the empty bottom row
        QCOMPARE(s.scrollbackLines(), 21);
        QCOMPARE(s.rowText(0), QStringLiteral("line 21"));
        s.resize(15, 40);
        QCOMPARE(s.rows(), 15);
        QCOMPARE(s.scrollbackLines(), 16);
        QCOMPARE(s.rowText(0), QStringLiteral("line 16"));
        QCOMPARE(s.rowText(13), QStringLiteral("line 29"));
        QCOMPARE(s.cursor().row, 14);
    }

    void linesPulledBackKeepStyleAndMarks()
    {
        TerminalScreen s(4, 20);
        s.feed(QStringLiteral(u"\x1b[1;31mred\x1b[0m e\u0301 \x1b[48;2;1;2;3m中\x1b[0m\r\n").toUtf8());
        s.feed(numberedLines(0, 5));
        QCOMPARE(s.scrollbackLines(), 3);
        QCOMPARE(s.lineText(0), QStringLiteral(u"red e\u0301 中"));
        s.resize(8, 20); // libvterm takes the three lines back onto the screen
        QCOMPARE(s.scrollbackLines(), 0);
        QCOMPARE(s.rowText(0), QStringLiteral(u"red e\u0301 中"));
        QCOMPARE(s.cell(0, 0).style.fg, TerminalColor::indexed(1));
        QVERIFY(s.cell(0, 0).style.has(TerminalStyle::Bold));
        QCOMPARE(s.cell(0, 3).style.fg.kind, TerminalColor::Default);
        QCOMPARE(s.cell(0, 4).combining, QStringLiteral(u"\u0301"));
        QCOMPARE(s.cell(0, 6).width, quint8(2));
        QCOMPARE(s.cell(0, 6).style.bg, TerminalColor::rgb(1, 2, 3));
        QCOMPARE(s.cell(0, 7).width, quint8(0));
    }

    void cursorPositionShapeVisibility()
    {
        TerminalScreen s(24, 80);
        s.feed("\x1b[5;10H");
        QCOMPARE(s.cursor().row, 4);
        QCOMPARE(s.cursor().col, 9);
        QVERIFY(s.cursor().visible);
        s.feed("\x1b[?25l");
        QVERIFY(!s.cursor().visible);
        s.feed("\x1b[?25h\x1b[4 q");
        QVERIFY(s.cursor().visible);
        QCOMPARE(s.cursor().shape, TerminalCursor::Underline);
        s.feed("\x1b[6 q");
        QCOMPARE(s.cursor().shape, TerminalCursor::Bar);
        QVERIFY(!s.cursor().blinking);
        s.feed("\x1b[1 q");
        QCOMPARE(s.cursor().shape, TerminalCursor::Block);
        QVERIFY(s.cursor().blinking);
    }

    void titleAndBell()
    {
        TerminalScreen s(24, 80);
        QSignalSpy title(&s, &TerminalScreen::titleChanged);
        QSignalSpy bell(&s, &TerminalScreen::bell);
        s.feed("\x1b]0;root@demo: ~\x07");
        QCOMPARE(title.count(), 1);
        QCOMPARE(title.at(0).at(0).toString(), QStringLiteral("root@demo: ~"));
        QCOMPARE(s.title(), QStringLiteral("root@demo: ~"));
        QCOMPARE(bell.count(), 0);
        s.feed("\x07");
        QCOMPARE(bell.count(), 1);
    }

    void answersGoToOutput()
    {
        TerminalScreen s(24, 80);
        QSignalSpy out(&s, &TerminalScreen::outputReady);
        s.feed("ab\x1b[6n"); // cursor position report
        QCOMPARE(out.count(), 1);
        QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("\x1b[1;3R"));
        s.feed("\x1b[c"); // primary device attributes
        QCOMPARE(out.count(), 2);
        QVERIFY(out.at(1).at(0).toByteArray().startsWith("\x1b[?"));
    }

    void mouseModes()
    {
        TerminalScreen s(24, 80);
        QCOMPARE(s.mouseMode(), TerminalScreen::MouseMode::Off);
        QCOMPARE(s.mouseButton(2, 3, 1, true, {}), QByteArray());
        s.feed("\x1b[?1000h");
        QCOMPARE(s.mouseMode(), TerminalScreen::MouseMode::Click);
        s.feed("\x1b[?1002h");
        QCOMPARE(s.mouseMode(), TerminalScreen::MouseMode::Drag);
        s.feed("\x1b[?1003h");
        QCOMPARE(s.mouseMode(), TerminalScreen::MouseMode::Move);
        s.feed("\x1b[?1003l\x1b[?1000h\x1b[?1006h"); // SGR encoding, as htop and vim ask
        QCOMPARE(s.mouseButton(2, 3, 1, true, {}), QByteArray("\x1b[<0;4;3M"));
        QCOMPARE(s.mouseButton(2, 3, 1, false, {}), QByteArray("\x1b[<0;4;3m"));
        QCOMPARE(s.mouseButton(0, 0, 4, true, {}), QByteArray("\x1b[<64;1;1M")); // wheel up
        s.feed("\x1b[?1000l");
        QCOMPARE(s.mouseMode(), TerminalScreen::MouseMode::Off);
    }

    void bracketedPaste()
    {
        TerminalScreen s(24, 80);
        QSignalSpy out(&s, &TerminalScreen::outputReady);
        QVERIFY(!s.bracketedPaste());
        QCOMPARE(s.pasteBytes(QStringLiteral("ls\nrm -rf x\r\n")), QByteArray("ls\rrm -rf x\r"));
        s.feed("\x1b[?2004h"); // bash's readline on every prompt
        QVERIFY(s.bracketedPaste());
        QCOMPARE(s.pasteBytes(QStringLiteral("a\nb")), QByteArray("\x1b[200~a\rb\x1b[201~"));
        // A paste cannot close the bracket early and have the rest run as typed commands.
        QCOMPARE(s.pasteBytes(QStringLiteral("x\x1b[201~y")), QByteArray("\x1b[200~x[201~y\x1b[201~"));
        QCOMPARE(out.count(), 0); // probing the mode sends nothing
    }

    void keyModesFollowTheProgram()
    {
        TerminalScreen s(24, 80);
        QSignalSpy out(&s, &TerminalScreen::outputReady);
        QVERIFY(!s.keyModes().applicationCursor);
        QVERIFY(!s.keyModes().applicationKeypad);
        s.feed("\x1b[?1h\x1b="); // vim and less: DECCKM and DECKPAM
        QVERIFY(s.keyModes().applicationCursor);
        QVERIFY(s.keyModes().applicationKeypad);
        QCOMPARE(encodeKey(Qt::Key_Up, {}, {}, s.keyModes()), QByteArray("\x1bOA"));
        s.feed("\x1b[?1l\x1b>");
        QVERIFY(!s.keyModes().applicationCursor);
        QVERIFY(!s.keyModes().applicationKeypad);
        QCOMPARE(out.count(), 0);
    }

    void changedIsCoalescedToOneFrame()
    {
        TerminalScreen s(24, 80);
        QSignalSpy changed(&s, &TerminalScreen::changed);
        for (int i = 0; i < 500; ++i)
            s.feed("\x1b[3" + QByteArray::number(i % 8) + "mchunk " + QByteArray::number(i) + "\r\n");
        QCOMPARE(changed.count(), 0); // nothing until the frame timer fires
        QVERIFY(s.changePending());
        QVERIFY(changed.wait(1000));
        QTest::qWait(50);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!s.changePending());
        s.feed("more");
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.count(), 2);
        // flushChanges() delivers a pending change at once (and only one).
        s.feed("x");
        s.flushChanges();
        QCOMPARE(changed.count(), 3);
        QTest::qWait(40);
        QCOMPARE(changed.count(), 3);
    }

    void changesWithinAFrameWaitForItsEnd()
    {
        TerminalScreen s(24, 80);
        QElapsedTimer clock;
        QList<qint64> at;
        connect(&s, &TerminalScreen::changed, this, [&] {
            at.append(clock.nsecsElapsed());
            if (at.size() == 1)
                s.feed("second change, right after the first was signalled");
        });
        clock.start();
        s.feed("first");
        QTRY_COMPARE(at.size(), 2);
        QVERIFY2(at[0] < 15'000'000, "a change after a quiet period is signalled without waiting a frame");
        QVERIFY2(at[1] - at[0] >= 15'000'000, QByteArray::number(at[1] - at[0]).constData());
    }

    void searchScrollbackAndScreen()
    {
        TerminalScreen s(5, 40);
        s.feed("needle one\r\n");
        s.feed(numberedLines(0, 20));
        s.feed("a NEEDLE two");
        const int last = s.lineCount() - 1;
        TerminalMatch m = findInTerminal(s, QStringLiteral("needle"), {}, true);
        QCOMPARE(m.line, last);
        QCOMPARE(m.start, 2);
        m = findInTerminal(s, QStringLiteral("needle"), m, true);
        QCOMPARE(m.line, 0);
        QCOMPARE(m.start, 0);
        m = findInTerminal(s, QStringLiteral("needle"), m, true); // wraps around
        QCOMPARE(m.line, last);
        m = findInTerminal(s, QStringLiteral("needle"), m, false);
        QCOMPARE(m.line, 0);
        QCOMPARE(findInTerminal(s, QStringLiteral("needle"), {}, true, Qt::CaseSensitive).line, 0);
        QVERIFY(!findInTerminal(s, QStringLiteral("absent"), {}, true).isValid());
        QVERIFY(!findInTerminal(s, QString(), {}, true).isValid());
        s.feed("\r\n\x1b[Kx中needle");
        m = findInTerminal(s, QStringLiteral("needle"), {}, true);
        QCOMPARE(terminalColumnOfOffset(s, m.line, m.start), 3); // after x and a two-cell character
    }

    void garbageDoesNotCrash()
    {
        TerminalScreen s(24, 80);
        QRandomGenerator rng(42);
        QByteArray junk(1 << 16, '\0');
        for (char &c : junk)
            c = char(rng.bounded(256));
        s.feed(junk);
        s.feed("\xff\xfe\xc3"); // invalid and truncated UTF-8
        s.feed("\x1b[999;999H\x1b[99999999999999999999m\x1b]0;");
        s.feed(QByteArray());
        s.resize(3, 3);
        s.feed(junk);
        QCOMPARE(s.rows(), 3);
    }
};

QTEST_GUILESS_MAIN(TstTerminalScreen)
#include "tst_terminalscreen.moc"
