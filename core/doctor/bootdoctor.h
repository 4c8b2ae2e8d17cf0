#pragma once
#include "doctor/doctorrule.h"

#include <QList>

namespace initbench {

// One rule that matched: the first line it matched (1-based number, colours stripped) and how
// many lines it matched in all.
struct DoctorFinding {
    DoctorRule rule;
    int line = 0;
    QString text;
    int count = 0;
};

// Reads a console (or any text a user saw: an engine's error, a command's output) against the
// rules and says which recognisable lines it holds: what stops a boot first, harmless noise last.
class BootDoctor
{
public:
    explicit BootDoctor(QList<DoctorRule> rules) : m_rules(std::move(rules)) {}

    QList<DoctorFinding> examine(const QString &text) const;

    // The findings as indented text, one block each; harmless ones only when asked.
    static QString explain(const QList<DoctorFinding> &findings, bool withHarmless);

    // A console line as the user reads it: escape sequences and carriage returns removed.
    static QString plainLine(const QString &line);

private:
    QList<DoctorRule> m_rules;
};

} // namespace initbench
