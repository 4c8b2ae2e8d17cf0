#include "cli/doctorcommand.h"

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "doctor/bootdoctor.h"
#include "doctor/doctorrules.h"
#include "engine/containercontroller.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace initbench::cli {

namespace {

// A console can be endless: its last 4 MiB are examined, where a boot's end is.
constexpr qint64 kMaxBytes = 4 << 20;

QString severityWord(DoctorRule::Severity s)
{
    switch (s) {
    case DoctorRule::Severity::Fatal: return QStringLiteral("fatal");
    case DoctorRule::Severity::Problem: return QStringLiteral("problem");
    case DoctorRule::Severity::Harmless: return QStringLiteral("harmless");
    }
    return {};
}

QJsonObject toJson(const DoctorFinding &f)
{
    return QJsonObject{{QStringLiteral("rule"), f.rule.id},
                       {QStringLiteral("severity"), severityWord(f.rule.severity)},
                       {QStringLiteral("summary"), f.rule.what},
                       {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("line"), f.line}, {QStringLiteral("text"), f.text},
                                                                {QStringLiteral("lines_like_it"), f.count}}},
                       {QStringLiteral("fix"), f.rule.fix},
                       {QStringLiteral("source"), f.rule.source}};
}

} // namespace

int runDoctor(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench doctor NAME [--engine ENGINE] | --file LOG  [--json] [--all]"),
                     QStringLiteral("Reads a container's boot console (any container of a supported engine, also one\n"
                                    "Initbench did not make), or a saved console or log, and says what it recognises:\n"
                                    "the line that stopped a boot or broke a login, why, and the fix. Harmless noise\n"
                                    "is left out unless --all. Exit status 0 whether or not something was found."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name (not with --file)."));
    cp.parser().addOption(engineOption());
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("A saved console or log to read instead."), QStringLiteral("LOG"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print {findings: [{rule, severity, summary, evidence, fix}]}."));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Also what is harmless here, and why."));
    cp.parser().addOption(file);
    cp.parser().addOption(json);
    cp.parser().addOption(all);
    const bool fromFile = arguments.contains(QStringLiteral("--file")) || arguments.filter(QStringLiteral("--file=")).size() > 0;
    if (const int status = cp.parse(arguments, fromFile ? 0 : 1, fromFile ? 0 : 1); status >= 0)
        return status;

    QString text;
    QString where;
    if (cp.parser().isSet(file)) {
        QFile f(cp.parser().value(file));
        if (!f.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("initbench doctor: cannot read %1: %2\n").arg(f.fileName(), f.errorString()));
            return RuntimeFailure;
        }
        if (f.size() > kMaxBytes)
            f.seek(f.size() - kMaxBytes);
        text = QString::fromUtf8(f.read(kMaxBytes));
        where = f.fileName();
    } else {
        const Catalog *catalog = builtinCatalogOrReport();
        if (!catalog)
            return RuntimeFailure;
        EngineSession e(*catalog);
        const QString name = cp.parser().positionalArguments().constFirst();
        const OpResult r = e.controller.logs(name, cp.parser().value(QStringLiteral("engine")), 0, &text);
        if (!r.ok()) {
            reportFailure(QStringLiteral("doctor"), r);
            return RuntimeFailure;
        }
        text = text.right(int(kMaxBytes));
        where = QStringLiteral("the console of %1").arg(name);
    }

    QStringList errors;
    const QList<DoctorFinding> found = BootDoctor(builtinDoctorRules(&errors)).examine(text);
    for (const QString &e : errors)
        err(QStringLiteral("initbench doctor: %1\n").arg(e));
    const bool withHarmless = cp.parser().isSet(all);
    if (cp.parser().isSet(json)) {
        QJsonArray list;
        for (const DoctorFinding &f : found)
            if (withHarmless || f.rule.severity != DoctorRule::Severity::Harmless)
                list.append(toJson(f));
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("findings"), list}}).toJson(QJsonDocument::Indented)));
        return Success;
    }
    const QString explained = BootDoctor::explain(found, withHarmless);
    out(explained.trimmed().isEmpty() ? QStringLiteral("Nothing in %1 that Initbench recognises%2.\n")
                                            .arg(where, withHarmless ? QString() : QStringLiteral(" as a problem (--all shows harmless lines too)"))
                                      : QStringLiteral("In %1:\n%2\n").arg(where, explained.trimmed()));
    return Success;
}

} // namespace initbench::cli
