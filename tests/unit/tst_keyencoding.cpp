// Key encoding as a table: what xterm (TERM=xterm-256color) sends for each key, checked against
// xterm's documented sequences (ctlseqs: "PC-Style Function Keys"), in normal and application modes.
#include "terminal/keyencoding.h"

#include <QTest>

using namespace initbench;

class TstKeyEncoding : public QObject
{
    Q_OBJECT

private slots:
    void table_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("mods");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("appCursor");
        QTest::addColumn<bool>("appKeypad");
        QTest::addColumn<QByteArray>("expected");

        const Qt::KeyboardModifiers none = Qt::NoModifier, shift = Qt::ShiftModifier, alt = Qt::AltModifier,
                                    ctrl = Qt::ControlModifier, kp = Qt::KeypadModifier;
        auto row = [](const char *name, int key, Qt::KeyboardModifiers m, const QString &text, bool ac, bool ak,
                      const QByteArray &out) { QTest::newRow(name) << key << int(m) << text << ac << ak << out; };
        const QString t;

        row("letter", Qt::Key_A, none, QStringLiteral("a"), false, false, "a");
        row("shifted letter", Qt::Key_A, shift, QStringLiteral("A"), false, false, "A");
        row("utf-8 text", Qt::Key_unknown, none, QStringLiteral("é"), false, false, "\xc3\xa9");
        row("CJK text", Qt::Key_unknown, none, QStringLiteral("中"), false, false, "\xe4\xb8\xad");
        row("enter", Qt::Key_Return, none, QStringLiteral("\r"), false, false, "\r");
        row("keypad enter", Qt::Key_Enter, kp, QStringLiteral("\r"), false, false, "\r");
        row("keypad enter, app keypad", Qt::Key_Enter, kp, QStringLiteral("\r"), false, true, "\x1bOM");
        row("tab", Qt::Key_Tab, none, QStringLiteral("\t"), false, false, "\t");
        row("shift+tab", Qt::Key_Backtab, shift, t, false, false, "\x1b[Z");
        row("backspace", Qt::Key_Backspace, none, t, false, false, "\x7f");
        row("ctrl+backspace", Qt::Key_Backspace, ctrl, t, false, false, "\x08");
        row("alt+backspace", Qt::Key_Backspace, alt, t, false, false, "\x1b\x7f");
        row("escape", Qt::Key_Escape, none, t, false, false, "\x1b");

        row("up", Qt::Key_Up, none, t, false, false, "\x1b[A");
        row("down", Qt::Key_Down, none, t, false, false, "\x1b[B");
        row("right", Qt::Key_Right, none, t, false, false, "\x1b[C");
        row("left", Qt::Key_Left, none, t, false, false, "\x1b[D");
        row("up, app cursor", Qt::Key_Up, none, t, true, false, "\x1bOA");
        row("left, app cursor", Qt::Key_Left, none, t, true, false, "\x1bOD");
        row("ctrl+left", Qt::Key_Left, ctrl, t, false, false, "\x1b[1;5D");
        row("ctrl+left, app cursor", Qt::Key_Left, ctrl, t, true, false, "\x1b[1;5D");
        row("shift+up", Qt::Key_Up, shift, t, false, false, "\x1b[1;2A");
        row("alt+right", Qt::Key_Right, alt, t, false, false, "\x1b[1;3C");
        row("ctrl+shift+down", Qt::Key_Down, ctrl | shift, t, false, false, "\x1b[1;6B");
        row("keypad arrow", Qt::Key_Up, kp, t, false, true, "\x1b[A");

        row("home", Qt::Key_Home, none, t, false, false, "\x1b[H");
        row("end", Qt::Key_End, none, t, false, false, "\x1b[F");
        row("home, app cursor", Qt::Key_Home, none, t, true, false, "\x1bOH");
        row("ctrl+end", Qt::Key_End, ctrl, t, false, false, "\x1b[1;5F");
        row("insert", Qt::Key_Insert, none, t, false, false, "\x1b[2~");
        row("delete", Qt::Key_Delete, none, t, false, false, "\x1b[3~");
        row("shift+delete", Qt::Key_Delete, shift, t, false, false, "\x1b[3;2~");
        row("page up", Qt::Key_PageUp, none, t, false, false, "\x1b[5~");
        row("page down", Qt::Key_PageDown, none, t, false, false, "\x1b[6~");
        row("ctrl+page down", Qt::Key_PageDown, ctrl, t, false, false, "\x1b[6;5~");

        row("F1", Qt::Key_F1, none, t, false, false, "\x1bOP");
        row("F2", Qt::Key_F2, none, t, false, false, "\x1bOQ");
        row("F3", Qt::Key_F3, none, t, false, false, "\x1bOR");
        row("F4", Qt::Key_F4, none, t, false, false, "\x1bOS");
        row("shift+F1", Qt::Key_F1, shift, t, false, false, "\x1b[1;2P");
        row("F5", Qt::Key_F5, none, t, false, false, "\x1b[15~");
        row("F6", Qt::Key_F6, none, t, false, false, "\x1b[17~");
        row("F7", Qt::Key_F7, none, t, false, false, "\x1b[18~");
        row("F8", Qt::Key_F8, none, t, false, false, "\x1b[19~");
        row("F9", Qt::Key_F9, none, t, false, false, "\x1b[20~");
        row("F10", Qt::Key_F10, none, t, false, false, "\x1b[21~");
        row("F11", Qt::Key_F11, none, t, false, false, "\x1b[23~");
        row("F12", Qt::Key_F12, none, t, false, false, "\x1b[24~");
        row("ctrl+F5", Qt::Key_F5, ctrl, t, false, false, "\x1b[15;5~");
        row("alt+F12", Qt::Key_F12, alt, t, false, false, "\x1b[24;3~");

        row("ctrl+a", Qt::Key_A, ctrl, t, false, false, "\x01");
        row("ctrl+c (text already a control)", Qt::Key_C, ctrl, QStringLiteral("\x03"), false, false, "\x03");
        row("ctrl+z", Qt::Key_Z, ctrl, QStringLiteral("z"), false, false, "\x1a");
        row("ctrl+shift+a", Qt::Key_A, ctrl | shift, t, false, false, "\x01");
        row("ctrl+space", Qt::Key_Space, ctrl, QStringLiteral(" "), false, false, QByteArray("\0", 1));
        row("ctrl+@", Qt::Key_At, ctrl, t, false, false, QByteArray("\0", 1));
        row("ctrl+[", Qt::Key_BracketLeft, ctrl, t, false, false, "\x1b");
        row("ctrl+\\", Qt::Key_Backslash, ctrl, t, false, false, "\x1c");
        row("ctrl+]", Qt::Key_BracketRight, ctrl, t, false, false, "\x1d");
        row("ctrl+_", Qt::Key_Underscore, ctrl, t, false, false, "\x1f");
        row("ctrl+/", Qt::Key_Slash, ctrl, t, false, false, "\x1f");
        row("ctrl+?", Qt::Key_Question, ctrl, t, false, false, "\x7f");
        row("ctrl+alt+x", Qt::Key_X, ctrl | alt, t, false, false, "\x1b\x18");

        row("alt+x", Qt::Key_X, alt, QStringLiteral("x"), false, false, "\x1bx");
        row("alt+x without text", Qt::Key_X, alt, t, false, false, "\x1bx");
        row("alt+shift+x without text", Qt::Key_X, alt | shift, t, false, false, "\x1bX");
        row("alt+.", Qt::Key_Period, alt, QStringLiteral("."), false, false, "\x1b.");
        row("alt+enter", Qt::Key_Return, alt, QStringLiteral("\r"), false, false, "\x1b\r");

        row("keypad 5", Qt::Key_5, kp, QStringLiteral("5"), false, false, "5");
        row("keypad 5, app keypad", Qt::Key_5, kp, QStringLiteral("5"), false, true, "\x1bOu");
        row("keypad 0, app keypad", Qt::Key_0, kp, QStringLiteral("0"), false, true, "\x1bOp");
        row("keypad +, app keypad", Qt::Key_Plus, kp, QStringLiteral("+"), false, true, "\x1bOk");
        row("keypad -, app keypad", Qt::Key_Minus, kp, QStringLiteral("-"), false, true, "\x1bOm");
        row("keypad *, app keypad", Qt::Key_Asterisk, kp, QStringLiteral("*"), false, true, "\x1bOj");
        row("keypad /, app keypad", Qt::Key_Slash, kp, QStringLiteral("/"), false, true, "\x1bOo");
        row("keypad ., app keypad", Qt::Key_Period, kp, QStringLiteral("."), false, true, "\x1bOn");
        row("digit row 5, app keypad", Qt::Key_5, none, QStringLiteral("5"), false, true, "5");

        row("lone shift", Qt::Key_Shift, shift, t, false, false, "");
        row("lone control", Qt::Key_Control, ctrl, t, false, false, "");
        row("caps lock", Qt::Key_CapsLock, none, t, false, false, "");
    }

    void table()
    {
        QFETCH(int, key);
        QFETCH(int, mods);
        QFETCH(QString, text);
        QFETCH(bool, appCursor);
        QFETCH(bool, appKeypad);
        QFETCH(QByteArray, expected);
        QCOMPARE(encodeKey(key, Qt::KeyboardModifiers(mods), text, KeyModes {appCursor, appKeypad}), expected);
    }
};

QTEST_APPLESS_MAIN(TstKeyEncoding)
#include "tst_keyencoding.moc"
