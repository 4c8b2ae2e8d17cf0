#pragma once
#include <QMap>
#include <QString>

namespace initbench {

// Replaces {name} placeholders in catalog text with values the profile validator has already
// checked (names, ports, package lists). Unknown placeholders are left as they are so a
// catalog test can find them.
QString expandTemplate(const QString &text, const QMap<QString, QString> &values);

// The placeholders still present in text after expansion, for catalog consistency checks.
QStringList unexpandedPlaceholders(const QString &text);

} // namespace initbench
