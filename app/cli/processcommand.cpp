#include "cli/processcommand.h"

#include <QHash>
#include <QSet>

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "engine/containerinspector.h"
#include "inspect/processdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace initbench::cli {

namespace {

QJsonObject toJson(const ProcessInfo &p)
{
    const auto number = [](qint64 v) { return v > 0 ? QJsonValue(v) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("pid"), number(p.pid)},
                       {QStringLiteral("ppid"), p.pid > 0 ? QJsonValue(p.ppid) : QJsonValue()},
                       {QStringLiteral("host_pid"), number(p.hostPid)},
                       {QStringLiteral("user"), p.user},
                       {QStringLiteral("state"), p.state},
                       {QStringLiteral("cpu"), p.cpuPercent >= 0 ? QJsonValue(qRound(p.cpuPercent * 10) / 10.0) : QJsonValue()},
                       {QStringLiteral("rss_kb"), p.rssKb >= 0 ? QJsonValue(p.rssKb) : QJsonValue()},
                       {QStringLiteral("start"), p.started.isValid() ? p.started.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("cmd"), p.command},
                       {QStringLiteral("unit"), p.unit},
                       {QStringLiteral("role"), processRoleName(p.role)}};
}

// Depth-first, children by id: the order and indentation of `ps f`. Iterative and linear: a
// container can make a process tree as deep and wide as it likes; a loop in the parent links
// (a remote engine's ps output can say anything) is walked once.
void walk(const ProcessTree &t, qint64 root, QList<QPair<int, const ProcessInfo *>> *rows)
{
    QHash<qint64, QList<const ProcessInfo *>> children;
    for (const ProcessInfo &p : t.processes)
        children[t.parent.value(p.id)] << &p;
    for (QList<const ProcessInfo *> &list : children)
        std::sort(list.begin(), list.end(), [](const ProcessInfo *a, const ProcessInfo *b) { return a->id < b->id; });
    QSet<qint64> seen;
    QList<QPair<int, const ProcessInfo *>> stack;
    const auto push = [&](qint64 parent, int depth) {
        const QList<const ProcessInfo *> list = children.value(parent);
        for (auto it = list.crbegin(); it != list.crend(); ++it)
            stack.append({depth, *it});
    };
    push(root, 0);
    while (!stack.isEmpty()) {
        const QPair<int, const ProcessInfo *> top = stack.takeLast();
        if (seen.contains(top.second->id))
            continue;
        seen.insert(top.second->id);
        rows->append(top);
        push(top.second->id, top.first + 1);
    }
}

QString pidText(qint64 pid) { return pid > 0 ? QString::number(pid) : QStringLiteral("?"); }

} // namespace

int runPs(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench ps NAME [--json] [--engine ENGINE]"),
                     QStringLiteral("The container's processes as a tree, read from this machine's /proc when the container "
                                    "runs here and you are root, else from the engine (docker top, podman top). PID 1 and "
                                    "service supervisors are marked; CPU % is over each process's lifetime, as ps shows it."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    cp.parser().addOption(engineOption());
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    EngineSession e(*catalog);
    OpResult error;
    const auto state = e.controller.find(cp.parser().positionalArguments().constFirst(), cp.parser().value(QStringLiteral("engine")), &error);
    if (!state || !state->running) {
        reportFailure(QStringLiteral("ps"), state ? OpResult::failure(QStringLiteral("'%1' is not running").arg(state->name)) : error);
        return RuntimeFailure;
    }
    const ProcessSnapshot snap = ContainerInspector(e.controller, e.runner, *catalog, *state).processes();
    if (!snap.ok()) {
        reportFailure(QStringLiteral("ps"), OpResult::failure(QStringLiteral("cannot list the processes of '%1'").arg(state->name), snap.error));
        return RuntimeFailure;
    }
    const ProcessTree tree = buildProcessTree(snap.processes);
    QList<QPair<int, const ProcessInfo *>> rows;
    walk(tree, 0, &rows);
    if (cp.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &row : rows)
            array.append(toJson(*row.second));
        out(QString::fromUtf8(QJsonDocument(array).toJson()));
        for (const QString &w : snap.warnings)
            err(QStringLiteral("initbench ps: %1\n").arg(w));
        return Success;
    }
    out(QStringLiteral("# source: %1\n").arg(snap.source));
    for (const QString &w : snap.warnings)
        out(QStringLiteral("# warning: %1\n").arg(w));
    out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
            .arg(QStringLiteral("PID"), 7).arg(QStringLiteral("HOST PID"), 8).arg(QStringLiteral("USER"), -10)
            .arg(QStringLiteral("STAT"), -5).arg(QStringLiteral("%CPU"), 5).arg(QStringLiteral("RSS KB"), 8)
            .arg(QStringLiteral("STARTED"), -19).arg(QStringLiteral("COMMAND")));
    for (const auto &[depth, p] : std::as_const(rows)) {
        QString tags;
        if (p->role != ProcessRole::Other)
            tags += QStringLiteral("  [%1]").arg(processRoleName(p->role));
        if (!p->unit.isEmpty() && p->role == ProcessRole::UnitMain)
            tags += QStringLiteral(" %1").arg(p->unit);
        out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8%9%10\n")
                .arg(pidText(p->pid), 7).arg(pidText(p->hostPid), 8).arg(p->user, -10).arg(p->state, -5)
                .arg(p->cpuPercent >= 0 ? QString::number(p->cpuPercent, 'f', 1) : QString(), 5)
                .arg(p->rssKb >= 0 ? QString::number(p->rssKb) : QString(), 8)
                .arg(p->started.isValid() ? p->started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString(), -19)
                .arg(depth > 0 ? QString(2 * (depth - 1), QLatin1Char(' ')) + QStringLiteral("\\_ ") : QString(), p->command, tags));
    }
    return Success;
}

} // namespace initbench::cli
