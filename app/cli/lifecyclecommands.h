#pragma once
#include <QStringList>

namespace initbench::cli {

int runBuild(const QStringList &arguments); // initbench build PROFILE
int runUp(const QStringList &arguments);    // initbench up PROFILE
int runDown(const QStringList &arguments);  // initbench down NAME
int runRemove(const QStringList &arguments); // initbench rm NAME
int runSupervisor(const QStringList &arguments); // initbench __supervise-nspawn DIR (internal)

} // namespace initbench::cli
