#pragma once
#include <QRegularExpression>
#include <QString>

namespace initbench {

// A line that boots or logins leave when something is wrong, or that looks wrong and is not,
// with what it means and what to do. Rules are data: resources/doctor/*.yaml.
struct DoctorRule {
    enum class Severity { Fatal, Problem, Harmless };

    QString id;
    Severity severity = Severity::Problem;
    QRegularExpression match; // against one line, terminal colours stripped
    QString what;             // what happened, in one sentence
    QString fix;              // what to do; for a harmless line, why it can be ignored
    QString source;           // where the fact comes from: how it was checked, or an upstream report
    QString sourceFile;
};

// "stops the boot", "breaks a service or a login", "harmless here".
QString severityText(DoctorRule::Severity severity);

} // namespace initbench
