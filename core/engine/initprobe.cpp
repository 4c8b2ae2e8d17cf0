#include "engine/initprobe.h"

#include "catalog/catalog.h"
#include "engine/containercontroller.h"
#include "inspect/servicequery.h"
#include "process/commandline.h"

namespace initbench {

namespace {

struct ProcessFacts {
    QString comm, exe;
    QStringList cmdline;
};

ProcessFacts readProcess(ContainerController &c, const ContainerState &s, const QString &pid, QString *how)
{
    ProcessFacts f;
    QByteArray bytes;
    if (c.access().readFile(s, QStringLiteral("/proc/%1/comm").arg(pid), &bytes, how).ok())
        f.comm = QString::fromUtf8(bytes).trimmed();
    if (c.access().readFile(s, QStringLiteral("/proc/%1/cmdline").arg(pid), &bytes, how).ok()) {
        // NUL-separated; sysvinit rewrites its own as "init [2]" padded with spaces.
        for (const QByteArray &arg : bytes.split('\0'))
            if (!arg.trimmed().isEmpty())
                f.cmdline << QString::fromUtf8(arg).trimmed();
    }
    QString linkHow;
    c.access().readLink(s, QStringLiteral("/proc/%1/exe").arg(pid), &f.exe, &linkHow);
    return f;
}

} // namespace

InitReport probeInit(ContainerController &controller, const ContainerState &container, const Catalog &catalog)
{
    InitReport r;
    const ProcessFacts pid1 = readProcess(controller, container, QStringLiteral("1"), &r.how);
    r.evidence.comm = pid1.comm;
    r.evidence.exe = pid1.exe;
    r.evidence.cmdline = pid1.cmdline;
    r.evidence.markers = controller.access().existingPaths(container, InitDetector::markerPaths());
    if (InitDetector::isWrapper(pid1.comm)) {
        QByteArray children;
        QString how;
        // Needs CONFIG_PROC_CHILDREN, which Debian's and most distributions' kernels have.
        if (controller.access().readFile(container, QStringLiteral("/proc/1/task/1/children"), &children, &how).ok()) {
            const QString child = QString::fromUtf8(children).section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty).trimmed();
            if (!child.isEmpty()) {
                const ProcessFacts f = readProcess(controller, container, child, &how);
                r.evidence.childComm = f.comm;
                r.evidence.childExe = f.exe;
                r.evidence.childCmdline = f.cmdline;
            }
        }
    }
    r.detection = InitDetector(catalog.inits()).detect(r.evidence);
    return r;
}

ServiceList queryServices(ContainerController &controller, const ContainerState &container, const QString &init)
{
    const ServiceQuery query = ServiceQuery::forInit(init);
    if (query.status.isEmpty())
        return query.parse({}, {});
    const CommandResult status = controller.access().runInside(container, query.status);
    QString output = QString::fromUtf8(status.standardOutput);
    if (query.mergeStderr)
        output += QString::fromUtf8(status.standardError);
    QString extra;
    if (!query.extra.isEmpty()) {
        const CommandResult r = controller.access().runInside(container, query.extra);
        if (r.ok())
            extra = QString::fromUtf8(r.standardOutput);
    }
    ServiceList list = query.parse(output, extra);
    list.command = CommandLine{query.status.constFirst(), query.status.mid(1), {}}.toDisplayString();
    // Some status commands exit non-zero while reporting fine (sv with one bad directory,
    // systemctl with a failed unit); a failure is worth a word only when nothing came of it.
    if (!status.ok() && (list.rows.isEmpty() || status.outcome != CommandOutcome::ExitedWithError))
        list.warnings.prepend(QStringLiteral("%1 %2: %3").arg(query.status.constFirst(), status.describe(), status.details()));
    return list;
}

} // namespace initbench
