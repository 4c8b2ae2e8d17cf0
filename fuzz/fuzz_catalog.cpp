// Catalog and boot-doctor YAML: the input as one file of a catalog folder (distros, inits or
// services, by its first byte) and as one doctor rule file.
#include "fuzzsupport.h"
#include "catalog/catalog.h"
#include "doctor/bootdoctor.h"
#include "doctor/doctorrules.h"

using namespace initbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *kinds[] = {"distros", "inits", "services"};
    const QByteArray yaml = fuzz::bytes(data + 1, size - 1);
    QDir(fuzz::scratch().filePath(QStringLiteral("catalog"))).removeRecursively();
    fuzz::writeFile(QStringLiteral("catalog/%1/input.yaml").arg(QLatin1String(kinds[data[0] % 3])), yaml);
    QStringList errors;
    Catalog::load(fuzz::scratch().filePath(QStringLiteral("catalog")), &errors);
    fuzz::writeFile(QStringLiteral("doctor/input.yaml"), yaml);
    errors.clear();
    const QList<DoctorRule> rules = loadDoctorRules(fuzz::scratch().filePath(QStringLiteral("doctor")), &errors);
    BootDoctor(rules).examine(QString::fromUtf8(yaml));
    return 0;
}
