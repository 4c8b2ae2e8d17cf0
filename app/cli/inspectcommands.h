#pragma once
#include <QStringList>

namespace initbench::cli {

int runList(const QStringList &arguments); // initbench list [--json]
int runLogs(const QStringList &arguments); // initbench logs NAME
int runExec(const QStringList &arguments); // initbench exec NAME -- CMD...
int runBase(const QStringList &arguments); // initbench base DISTRO

} // namespace initbench::cli
