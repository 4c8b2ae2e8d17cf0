#pragma once
#include "doctor/doctorrule.h"

#include <QList>
#include <QStringList>

namespace initbench {

// Reads every *.yaml rule under dir; a broken file is reported (file:line:column) and skipped.
QList<DoctorRule> loadDoctorRules(const QString &dir, QStringList *errors);

// The rules built into the binary (resources/doctor). A broken built-in rule is a bug: the
// errors say which file.
QList<DoctorRule> builtinDoctorRules(QStringList *errors = nullptr);

} // namespace initbench
