#pragma once
#include <QString>

namespace initbench {

// One problem with a profile, placed at a line and column when it came from a file.
struct ProfileIssue {
    int line = 0;   // 1-based; 0 when not from a file position
    int column = 0;
    QString message;

    QString toString(const QString &file = {}) const
    {
        QString where = file;
        if (line > 0)
            where += QStringLiteral("%1line %2, column %3").arg(file.isEmpty() ? QString() : QStringLiteral(": "))
                         .arg(line).arg(column);
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

} // namespace initbench
