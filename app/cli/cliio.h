#pragma once
#include <QString>

namespace initbench::cli {

void out(const QString &text); // stdout, as is
void err(const QString &text); // stderr, as is

} // namespace initbench::cli
