#include "doctor/doctorrules.h"

#include "util/yamlfolder.h"

namespace initbench {

using namespace yaml;

QString severityText(DoctorRule::Severity severity)
{
    switch (severity) {
    case DoctorRule::Severity::Fatal:
        return QStringLiteral("stops the boot");
    case DoctorRule::Severity::Problem:
        return QStringLiteral("breaks a service or a login");
    case DoctorRule::Severity::Harmless:
        return QStringLiteral("harmless here");
    }
    return {};
}

static DoctorRule::Severity readSeverity(const YAML::Node &node)
{
    const QString word = scalar(node, QStringLiteral("severity"));
    if (word == QLatin1String("fatal"))
        return DoctorRule::Severity::Fatal;
    if (word == QLatin1String("problem"))
        return DoctorRule::Severity::Problem;
    if (word == QLatin1String("harmless"))
        return DoctorRule::Severity::Harmless;
    fail(node, QStringLiteral("severity must be fatal, problem or harmless, not '%1'").arg(word));
}

static DoctorRule readRule(const YAML::Node &root)
{
    requireMap(root, QStringLiteral("a doctor rule"));
    checkKeys(root, {"id", "severity", "match", "what", "fix", "source"}, QStringLiteral("a doctor rule"));
    DoctorRule r;
    r.id = scalar(root["id"], QStringLiteral("id"));
    r.severity = readSeverity(root["severity"]);
    const QString pattern = scalar(root["match"], QStringLiteral("match"));
    r.match = QRegularExpression(pattern);
    if (!r.match.isValid())
        fail(root["match"], QStringLiteral("match is not a valid regular expression: %1").arg(r.match.errorString()));
    r.what = scalar(root["what"], QStringLiteral("what")).trimmed();
    r.fix = scalar(root["fix"], QStringLiteral("fix")).trimmed();
    r.source = scalar(root["source"], QStringLiteral("source")).trimmed();
    return r;
}

QList<DoctorRule> loadDoctorRules(const QString &dir, QStringList *errors)
{
    return readFolder<DoctorRule>(dir, readRule, errors);
}

QList<DoctorRule> builtinDoctorRules(QStringList *errors)
{
    QStringList local;
    return loadDoctorRules(QStringLiteral(":/doctor"), errors ? errors : &local);
}

} // namespace initbench
