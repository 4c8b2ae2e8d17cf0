#pragma once
#include <QStringList>

namespace initbench::cli {

int runStart(const QStringList &arguments);   // initbench start NAME
int runRestart(const QStringList &arguments); // initbench restart NAME
int runKill(const QStringList &arguments);    // initbench kill NAME

} // namespace initbench::cli
