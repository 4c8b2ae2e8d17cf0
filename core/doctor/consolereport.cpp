#include "doctor/consolereport.h"

#include "doctor/bootdoctor.h"
#include "doctor/doctorrules.h"

#include <QStringList>

namespace initbench {

QString consoleReport(const QString &console, int shownLines)
{
    const QStringList lines = console.trimmed().split(QLatin1Char('\n'));
    QString report = QStringLiteral("last console lines:\n") + lines.mid(qMax(0, int(lines.size()) - shownLines)).join(QLatin1Char('\n'));
    const QString known = BootDoctor::explain(BootDoctor(builtinDoctorRules()).examine(console), false);
    if (!known.isEmpty())
        report += QStringLiteral("\n\nWhat Initbench recognises in the console:\n") + known.trimmed();
    return report;
}

} // namespace initbench
