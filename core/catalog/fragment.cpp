#include "catalog/fragment.h"

namespace initbench {

QStringList variantKeys(const QString &init, const QString &family)
{
    return {init + QLatin1Char('@') + family, init, QLatin1Char('@') + family, QStringLiteral("*")};
}

} // namespace initbench
