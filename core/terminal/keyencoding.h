#pragma once
#include <QByteArray>
#include <QString>
#include <Qt>

namespace initbench {

// Modes a program sets that change what keys send.
struct KeyModes {
    bool applicationCursor = false; // DECCKM: arrows, Home and End as ESC O x
    bool applicationKeypad = false; // DECKPAM: keypad keys as ESC O x
};

// The bytes an xterm sends for a key press (TERM=xterm-256color): `key` is a Qt::Key, `text` what
// the keyboard layout produced. Modified cursor and function keys use xterm's CSI 1;m form
// (m = 1 + Shift 1 + Alt 2 + Ctrl 4); Alt prefixes ESC; Ctrl with a letter or one of @[\]^_
// gives the C0 control. Empty for keys that send nothing (a lone modifier, Caps Lock...).
// Keys the view keeps for itself (Shift+PageUp/Down, copy/paste shortcuts) never get here.
QByteArray encodeKey(int key, Qt::KeyboardModifiers mods, const QString &text, KeyModes modes = {});

} // namespace initbench
