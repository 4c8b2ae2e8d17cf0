#include "cli/logincommands.h"

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "engine/containerinspector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace initbench::cli {

namespace {

// The container's login records, parsed on this machine: they need no who/last inside it.
int queryLogins(const QString &command, const QStringList &arguments, LoginAnswer *answer, bool *json)
{
    CommandParser cp(QStringLiteral("initbench %1 NAME [--json] [--engine ENGINE]").arg(command),
                     command == QLatin1String("who")
                         ? QStringLiteral("Who is logged in to the container now, from its utmp file (or Debian 13's wtmpdb), read and parsed by Initbench.")
                         : QStringLiteral("Logins, logouts, boots and shutdowns of the container, newest first, from its wtmpdb or wtmp file."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    cp.parser().addOption(engineOption());
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    *json = cp.parser().isSet(QStringLiteral("json"));
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    EngineSession e(*catalog);
    OpResult error;
    const auto state = e.controller.find(cp.parser().positionalArguments().constFirst(), cp.parser().value(QStringLiteral("engine")), &error);
    if (!state || !state->running) {
        reportFailure(command, state ? OpResult::failure(QStringLiteral("'%1' is not running").arg(state->name)) : error);
        return RuntimeFailure;
    }
    ContainerInspector inspector(e.controller, e.runner, *catalog, *state);
    *answer = command == QLatin1String("who") ? inspector.who() : inspector.last();
    return -1;
}

QString iso(const QDateTime &t) { return t.isValid() ? t.toString(Qt::ISODate) : QString(); }

// JSON: {source, backend, <key>: items, warnings, why}.
void printJson(const LoginAnswer &r, const char *key, const QJsonArray &items)
{
    out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("source"), r.source}, {QStringLiteral("backend"), r.backend},
                                                    {QLatin1String(key), items},
                                                    {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                                                    {QStringLiteral("why"), r.why}})
                              .toJson()));
}

// Text: where the answer came from and what was odd about the file, as comment lines.
void printHeader(const LoginAnswer &r)
{
    out(QStringLiteral("# %1\n").arg(r.source));
    for (const QString &w : r.warnings)
        out(QStringLiteral("# warning: %1\n").arg(w));
    if (!r.why.isEmpty())
        out(QStringLiteral("# %1\n").arg(r.why));
}

} // namespace

int runWho(const QStringList &arguments)
{
    LoginAnswer r;
    bool json = false;
    if (const int status = queryLogins(QStringLiteral("who"), arguments, &r, &json); status >= 0)
        return status;
    const QList<LoginRecord> &sessions = r.sessions;
    if (json) {
        QJsonArray array;
        for (const LoginRecord &s : sessions)
            array.append(QJsonObject{{QStringLiteral("user"), s.user}, {QStringLiteral("line"), s.line},
                                     {QStringLiteral("host"), s.host}, {QStringLiteral("login"), iso(s.time)}});
        printJson(r, "sessions", array);
        return Success;
    }
    printHeader(r);
    for (const LoginRecord &s : sessions)
        out(QStringLiteral("%1 %2 %3 %4\n").arg(s.user.leftJustified(8), s.line.leftJustified(12),
                                                s.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                s.host.isEmpty() ? QString() : QLatin1Char('(') + s.host + QLatin1Char(')')));
    return Success;
}

int runLast(const QStringList &arguments)
{
    LoginAnswer r;
    bool json = false;
    if (const int status = queryLogins(QStringLiteral("last"), arguments, &r, &json); status >= 0)
        return status;
    const QList<LoginSession> &sessions = r.history;
    const auto line = [](const LoginSession &s) {
        if (s.kind == LoginSession::Boot)
            return QStringLiteral("system boot");
        if (s.kind == LoginSession::RunLevel)
            return QStringLiteral("run-level ") + s.runLevel;
        return s.line;
    };
    if (json) {
        QJsonArray array;
        for (const LoginSession &s : sessions)
            array.append(QJsonObject{{QStringLiteral("type"), loginSessionKindName(s.kind)}, {QStringLiteral("user"), s.user},
                                     {QStringLiteral("line"), line(s)}, {QStringLiteral("host"), s.host},
                                     {QStringLiteral("login"), iso(s.start)}, {QStringLiteral("logout"), iso(s.end)},
                                     {QStringLiteral("status"), loginSessionStatus(s)}});
        printJson(r, "records", array);
        return Success;
    }
    printHeader(r);
    for (const LoginSession &s : sessions) {
        const QString until = s.endKind == LoginSession::Closed ? s.end.toLocalTime().toString(QStringLiteral("HH:mm")) : loginSessionStatus(s);
        out(QStringLiteral("%1 %2 %3 %4 - %5\n").arg(s.user.leftJustified(8), line(s).leftJustified(12), s.host.leftJustified(16),
                                                    s.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), until));
    }
    return Success;
}

} // namespace initbench::cli
