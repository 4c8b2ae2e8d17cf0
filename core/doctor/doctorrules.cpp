#include "doctor/doctorrules.h"

#include "util/yamlread.h"

#include <QDir>
#include <QFile>

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
    QList<DoctorRule> rules;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        const QString path = d.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *errors << QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
            continue;
        }
        try {
            DoctorRule rule = readRule(parse(file.readAll()));
            rule.sourceFile = path;
            rules << rule;
        } catch (const YamlError &e) {
            *errors << QStringLiteral("%1:%2:%3: %4").arg(path).arg(e.line).arg(e.column).arg(e.message);
        } catch (const YAML::Exception &e) {
            *errors << QStringLiteral("%1: %2").arg(path, QString::fromStdString(e.what()));
        }
    }
    return rules;
}

QList<DoctorRule> builtinDoctorRules(QStringList *errors)
{
    QStringList local;
    return loadDoctorRules(QStringLiteral(":/doctor"), errors ? errors : &local);
}

} // namespace initbench
