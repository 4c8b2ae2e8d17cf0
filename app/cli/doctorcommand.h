#pragma once
#include <QStringList>

namespace initbench::cli {

int runDoctor(const QStringList &arguments); // initbench doctor NAME | --file LOG [--json] [--all]

} // namespace initbench::cli
