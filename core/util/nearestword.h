#pragma once
#include <QString>
#include <QStringList>

namespace initbench {

// The candidate closest to word by edit distance, for "did you mean" hints.
QString nearestWord(const QString &word, const QStringList &candidates);

int editDistance(const QString &a, const QString &b);

} // namespace initbench
