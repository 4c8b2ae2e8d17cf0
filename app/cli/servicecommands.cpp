#include "cli/servicecommands.h"

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "engine/containerinspector.h"
#include "util/nearestword.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace initbench::cli {

namespace {

// The running container NAME, or nothing after saying why.
std::optional<ContainerState> runningContainer(EngineSession &e, const QString &command, const QCommandLineParser &p)
{
    OpResult error;
    const auto state = e.controller.find(p.positionalArguments().constFirst(), p.value(QStringLiteral("engine")), &error);
    if (!state || !state->running) {
        reportFailure(command, state ? OpResult::failure(QStringLiteral("'%1' is not running").arg(state->name)) : error);
        return std::nullopt;
    }
    return state;
}

void printJson(const QJsonObject &o) { out(QString::fromUtf8(QJsonDocument(o).toJson())); }

} // namespace

int runInit(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench init NAME [--json] [--engine ENGINE]"),
                     QStringLiteral("Which init runs the container as PID 1, and the evidence: /proc/1/comm, /proc/1/exe,\n"
                                    "/proc/1/cmdline and the files each init leaves in /run."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    cp.parser().addOption(engineOption());
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    EngineSession e(*catalog);
    const auto state = runningContainer(e, QStringLiteral("init"), cp.parser());
    if (!state)
        return RuntimeFailure;
    ContainerInspector inspector(e.controller, e.runner, *catalog, *state);
    const InitReport &r = inspector.init();
    if (r.evidence.comm.isEmpty()) {
        reportFailure(QStringLiteral("init"), OpResult::failure(QStringLiteral("cannot read /proc/1/comm in '%1' (%2)").arg(state->name, r.how)));
        return RuntimeFailure;
    }
    if (cp.parser().isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("init"), r.detection.init.isEmpty() ? QJsonValue() : QJsonValue(r.detection.init)},
                      {QStringLiteral("pid1_comm"), r.evidence.comm},
                      {QStringLiteral("pid1_exe"), r.evidence.exe.isEmpty() ? QJsonValue() : QJsonValue(r.evidence.exe)},
                      {QStringLiteral("pid1_cmdline"), QJsonArray::fromStringList(r.evidence.cmdline)},
                      {QStringLiteral("markers"), QJsonArray::fromStringList(r.evidence.markers)},
                      {QStringLiteral("evidence"), QJsonArray::fromStringList(r.detection.evidence)},
                      {QStringLiteral("source"), r.how}};
        if (!r.detection.wrapper.isEmpty())
            o.insert(QStringLiteral("wrapper"), r.detection.wrapper);
        printJson(o);
    } else {
        out(QStringLiteral("# %1\n").arg(r.how));
        out(QStringLiteral("init: %1\n").arg(r.detection.init.isEmpty() ? QStringLiteral("unknown") : r.detection.init));
        if (!r.detection.wrapper.isEmpty())
            out(QStringLiteral("wrapper: %1\n").arg(r.detection.wrapper));
        out(QStringLiteral("pid 1: %1 (%2)\n").arg(r.evidence.cmdline.join(QLatin1Char(' ')),
                                                   r.evidence.exe.isEmpty() ? QStringLiteral("exe not readable") : r.evidence.exe));
        for (const QString &why : r.detection.evidence)
            out(QStringLiteral("  - %1\n").arg(why));
    }
    return r.detection.init.isEmpty() ? RuntimeFailure : Success;
}

int runServices(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench services NAME [--json] [--raw] [--init INIT] [--engine ENGINE]"),
                     QStringLiteral("The container's services as its init reports them: Initbench finds which init is PID 1,\n"
                                    "runs that init's own status command inside (systemctl, service --status-all, rc-status,\n"
                                    "sv status, s6-rc/s6-svstat, herd status) and parses it."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the raw output under \"raw\").")});
    cp.parser().addOption({QStringLiteral("raw"), QStringLiteral("Also print the status command's own output.")});
    cp.parser().addOption({QStringLiteral("init"), QStringLiteral("Ask this init instead of the one detected."), QStringLiteral("INIT")});
    cp.parser().addOption(engineOption());
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    QString init = cp.parser().value(QStringLiteral("init"));
    if (!init.isEmpty() && !catalog->init(init)) {
        QStringList ids;
        for (const InitSystem &i : catalog->inits())
            ids << i.id;
        err(QStringLiteral("initbench services: unknown init '%1'; did you mean '%2'?\n").arg(init, nearestWord(init, ids)));
        return UsageError;
    }
    EngineSession e(*catalog);
    const auto state = runningContainer(e, QStringLiteral("services"), cp.parser());
    if (!state)
        return RuntimeFailure;
    QString how;
    ContainerInspector inspector(e.controller, e.runner, *catalog, *state);
    if (init.isEmpty()) {
        const InitReport &r = inspector.init();
        init = r.detection.init;
        how = r.detection.evidence.join(QStringLiteral("; "));
        if (init.isEmpty()) {
            reportFailure(QStringLiteral("services"),
                          OpResult::failure(QStringLiteral("cannot tell which init runs '%1' (pass --init)").arg(state->name), how));
            return RuntimeFailure;
        }
    }
    // An --init given by hand overrides detection (a test of another init's parser, or a
    // container detection gets wrong).
    const ServiceList list = cp.parser().value(QStringLiteral("init")).isEmpty() ? inspector.services() : queryServices(e.controller, *state, init);
    if (cp.parser().isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const ServiceRow &s : list.rows)
            rows.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("state"), serviceStateName(s.state)},
                                    {QStringLiteral("pid"), s.pid > 0 ? QJsonValue(s.pid) : QJsonValue()},
                                    {QStringLiteral("group"), s.group}, {QStringLiteral("detail"), s.detail}});
        printJson(QJsonObject{{QStringLiteral("init"), list.init},
                              {QStringLiteral("runlevel"), list.runlevel.isEmpty() ? QJsonValue() : QJsonValue(list.runlevel)},
                              {QStringLiteral("services"), rows}, {QStringLiteral("command"), list.command},
                              {QStringLiteral("raw"), list.raw}, {QStringLiteral("warnings"), QJsonArray::fromStringList(list.warnings)}});
        return list.rows.isEmpty() ? RuntimeFailure : Success;
    }
    out(QStringLiteral("# init: %1%2; asked with: %3\n")
            .arg(list.init, list.runlevel.isEmpty() ? QString() : QStringLiteral(", runlevel ") + list.runlevel,
                 list.command.isEmpty() ? QStringLiteral("nothing") : list.command));
    for (const QString &w : list.warnings)
        out(QStringLiteral("# warning: %1\n").arg(w));
    out(QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("NAME").leftJustified(32), QStringLiteral("STATE").leftJustified(8),
                                                QStringLiteral("PID").leftJustified(7), QStringLiteral("GROUP").leftJustified(12),
                                                QStringLiteral("DETAIL")));
    for (const ServiceRow &s : list.rows)
        out(QStringLiteral("%1 %2 %3 %4 %5\n").arg(s.name.leftJustified(32), serviceStateName(s.state).leftJustified(8),
                                                    (s.pid > 0 ? QString::number(s.pid) : QStringLiteral("-")).leftJustified(7),
                                                    (s.group.isEmpty() ? QStringLiteral("-") : s.group).leftJustified(12), s.detail));
    if (cp.parser().isSet(QStringLiteral("raw")))
        out(QStringLiteral("\n# %1\n%2").arg(list.command, list.raw));
    return list.rows.isEmpty() ? RuntimeFailure : Success;
}

} // namespace initbench::cli
