#pragma once
#include <QString>

namespace initbench {

// value as exactly one word of a POSIX shell command: unchanged when it holds only characters
// that are never special to sh (letters, digits, @ % + = : , . / _ -), else in single quotes,
// with each ' written as '\''. An empty value becomes ''.
QString shellWord(const QString &value);

} // namespace initbench
