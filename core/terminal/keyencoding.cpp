#include "terminal/keyencoding.h"

namespace initbench {

namespace {

const char kEsc = '\x1b';

int modifierParam(bool shift, bool alt, bool ctrl)
{
    return 1 + (shift ? 1 : 0) + (alt ? 2 : 0) + (ctrl ? 4 : 0);
}

// Arrows, Home, End, F1-F4: a final letter after SS3 (ESC O) or CSI, "1;m" when modified.
QByteArray letterKey(char final, int param, bool ss3)
{
    if (param > 1)
        return QByteArray("\x1b[1;") + QByteArray::number(param) + final;
    return QByteArray(1, kEsc) + (ss3 ? 'O' : '[') + final;
}

// Insert, Delete, Page Up/Down, F5 and up: CSI n ~ or CSI n;m ~.
QByteArray tildeKey(int number, int param)
{
    QByteArray out = QByteArray("\x1b[") + QByteArray::number(number);
    if (param > 1)
        out += ';' + QByteArray::number(param);
    return out + '~';
}

char cursorLetter(int key)
{
    switch (key) {
    case Qt::Key_Up: return 'A';
    case Qt::Key_Down: return 'B';
    case Qt::Key_Right: return 'C';
    case Qt::Key_Left: return 'D';
    case Qt::Key_Home: return 'H';
    case Qt::Key_End: return 'F';
    default: return 0;
    }
}

int tildeNumber(int key)
{
    switch (key) {
    case Qt::Key_Insert: return 2;
    case Qt::Key_Delete: return 3;
    case Qt::Key_PageUp: return 5;
    case Qt::Key_PageDown: return 6;
    default: break;
    }
    // xterm's numbering skips 16, 22, 27 and 30 (a VT220 heritage).
    static const int function[] = {15, 17, 18, 19, 20, 21, 23, 24, 25, 26, 28, 29, 31, 32, 33, 34};
    if (key >= Qt::Key_F5 && key <= Qt::Key_F20)
        return function[key - Qt::Key_F5];
    return 0;
}

// ESC O x for the keypad in application mode, keyed by the character the key normally types.
char applicationKeypadLetter(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return char('p' + (c.unicode() - '0'));
    switch (c.unicode()) {
    case '.': return 'n';
    case ',': return 'l';
    case '+': return 'k';
    case '-': return 'm';
    case '*': return 'j';
    case '/': return 'o';
    case '=': return 'X';
    default: return 0;
    }
}

// The C0 control a Ctrl combination stands for, as xterm maps it; -1 when there is none.
int controlCode(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return key - Qt::Key_A + 1;
    switch (key) {
    case Qt::Key_At: case Qt::Key_Space: case Qt::Key_2: return 0x00;
    case Qt::Key_BracketLeft: case Qt::Key_3: return 0x1b;
    case Qt::Key_Backslash: case Qt::Key_4: return 0x1c;
    case Qt::Key_BracketRight: case Qt::Key_5: return 0x1d;
    case Qt::Key_AsciiCircum: case Qt::Key_6: return 0x1e;
    case Qt::Key_Underscore: case Qt::Key_Minus: case Qt::Key_Slash: case Qt::Key_7: return 0x1f;
    case Qt::Key_Question: case Qt::Key_8: return 0x7f;
    default: return -1;
    }
}

QByteArray withAlt(QByteArray bytes, bool alt)
{
    return alt && !bytes.isEmpty() ? kEsc + bytes : bytes;
}

} // namespace

QByteArray encodeKey(int key, Qt::KeyboardModifiers mods, const QString &text, KeyModes modes)
{
    const bool shift = mods & Qt::ShiftModifier;
    const bool alt = mods & Qt::AltModifier;
    const bool ctrl = mods & Qt::ControlModifier;
    const bool keypad = mods & Qt::KeypadModifier;
    const int param = modifierParam(shift, alt, ctrl);

    if (const char letter = cursorLetter(key))
        return letterKey(letter, param, modes.applicationCursor);
    if (key >= Qt::Key_F1 && key <= Qt::Key_F4)
        return letterKey(char('P' + (key - Qt::Key_F1)), param, true);
    if (const int number = tildeNumber(key))
        return tildeKey(number, param);

    switch (key) {
    case Qt::Key_Backtab: // Qt reports Shift+Tab as Backtab
        return param > 2 ? letterKey('Z', param, false) : QByteArray("\x1b[Z");
    case Qt::Key_Tab:
        return withAlt("\t", alt);
    case Qt::Key_Backspace:
        return withAlt(ctrl ? "\x08" : "\x7f", alt);
    case Qt::Key_Enter:
        if (keypad && modes.applicationKeypad)
            return "\x1bOM";
        return withAlt("\r", alt);
    case Qt::Key_Return:
        return withAlt("\r", alt);
    case Qt::Key_Escape:
        return withAlt(QByteArray(1, kEsc), alt);
    default:
        break;
    }

    if (keypad && modes.applicationKeypad && text.size() == 1)
        if (const char letter = applicationKeypadLetter(text.at(0)))
            return QByteArray(1, kEsc) + 'O' + letter;

    if (ctrl) {
        const int code = controlCode(key);
        if (code >= 0)
            return withAlt(QByteArray(1, char(code)), alt);
    }
    if (!text.isEmpty()) {
        // Some platforms put ESC into the text of Alt combinations already.
        const QByteArray bytes = text.toUtf8();
        return alt && bytes.front() != kEsc ? kEsc + bytes : bytes;
    }
    if (alt && key >= Qt::Key_Space && key <= Qt::Key_AsciiTilde) {
        char c = char(key);
        if (key >= Qt::Key_A && key <= Qt::Key_Z && !shift)
            c = char(c - 'A' + 'a');
        return QByteArray(1, kEsc) + c;
    }
    return {};
}

} // namespace initbench
