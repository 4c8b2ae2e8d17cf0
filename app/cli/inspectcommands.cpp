#include "cli/inspectcommands.h"

#include "cli/cliio.h"
#include "cli/clisupport.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "engine/baseimages.h"
#include "engine/containercontroller.h"
#include "engine/dockercli.h"
#include "process/processrunner.h"
#include "util/apppaths.h"
#include "util/nearestword.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <unistd.h>

namespace initbench::cli {

int runList(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench list [--json]"),
                     QStringLiteral("Lists the containers Initbench created, on every engine installed here."));
    cp.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (const int status = cp.parse(arguments, 0, 0); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    EngineSession e(*catalog);
    QStringList warnings;
    const QList<ContainerState> containers = e.controller.list(&warnings);
    for (const QString &w : warnings)
        err(QStringLiteral("initbench list: %1\n").arg(w));
    if (cp.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ContainerState &c : containers)
            array.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("engine"), c.engine},
                                     {QStringLiteral("image"), c.image}, {QStringLiteral("state"), c.status},
                                     {QStringLiteral("running"), c.running}, {QStringLiteral("profile"), c.profile},
                                     {QStringLiteral("status"), c.detail},
                                     {QStringLiteral("ssh_port"), c.sshPort > 0 ? QJsonValue(c.sshPort) : QJsonValue()}});
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        out(QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("NAME").leftJustified(24), QStringLiteral("ENGINE").leftJustified(7),
                                                   QStringLiteral("STATE").leftJustified(9), QStringLiteral("SSH").leftJustified(6),
                                                   QStringLiteral("STATUS")));
        for (const ContainerState &c : containers)
            out(QStringLiteral("%1 %2 %3 %4 %5\n").arg(c.name.leftJustified(24), c.engine.leftJustified(7), c.status.leftJustified(9),
                                                       (c.sshPort > 0 ? QString::number(c.sshPort) : QStringLiteral("-")).leftJustified(6),
                                                       c.detail));
    }
    return warnings.isEmpty() || !containers.isEmpty() ? Success : RuntimeFailure;
}

int runLogs(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench logs NAME [--tail LINES] [--engine ENGINE]"),
                     QStringLiteral("Prints the container's boot console: what its init wrote since it started."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addOption(engineOption());
    const QCommandLineOption tail(QStringLiteral("tail"), QStringLiteral("Only the last LINES lines."), QStringLiteral("LINES"), QStringLiteral("0"));
    cp.parser().addOption(tail);
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    EngineSession e(*catalog);
    QString text;
    const OpResult r = e.controller.logs(cp.parser().positionalArguments().constFirst(), cp.parser().value(QStringLiteral("engine")),
                                 cp.parser().value(tail).toInt(), &text);
    if (!r.ok()) {
        reportFailure(QStringLiteral("logs"), r);
        return RuntimeFailure;
    }
    out(text);
    return Success;
}

int runExec(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench exec NAME [--engine ENGINE] -- CMD [ARGS...]"),
                     QStringLiteral("Runs a command in the container, with this terminal as its input and output.\n"
                                    "Exits with the command's exit status. Note: a shell opened this way is not a\n"
                                    "login and writes no utmp record, so it never shows in who or last."));
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addPositionalArgument(QStringLiteral("CMD"), QStringLiteral("The command and its arguments, after --."));
    cp.parser().addOption(engineOption());
    if (const int status = cp.parse(arguments, 2, 1000); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    EngineSession e(*catalog);
    const QStringList positional = cp.parser().positionalArguments();
    OpResult error;
    const auto state = e.controller.find(positional.constFirst(), cp.parser().value(QStringLiteral("engine")), &error);
    if (!state) {
        reportFailure(QStringLiteral("exec"), error);
        return RuntimeFailure;
    }
    if (!state->running) {
        reportFailure(QStringLiteral("exec"), OpResult::failure(QStringLiteral("'%1' is not running").arg(state->name)));
        return RuntimeFailure;
    }
    const CommandLine command = e.controller.access().execCommand(*state, positional.mid(1), ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO));
    // Interactive: the engine's CLI talks to this terminal directly.
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(command.program, command.arguments);
    if (!process.waitForStarted()) {
        reportFailure(QStringLiteral("exec"), OpResult::failure(QStringLiteral("cannot start %1").arg(command.program)));
        return RuntimeFailure;
    }
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : RuntimeFailure;
}

int runBase(const QStringList &arguments)
{
    CommandParser cp(QStringLiteral("initbench base DISTRO [--engine ENGINE]"),
                     QStringLiteral("Bootstraps DISTRO's root tree from its mirror (mmdebstrap or debootstrap), caches\n"
                                    "it, and imports it into docker or podman under the distro's image name, for\n"
                                    "machines without an image registry. Debian and Ubuntu only."));
    cp.parser().addPositionalArgument(QStringLiteral("DISTRO"), QStringLiteral("For example debian:bookworm."));
    cp.parser().addOption(engineOption());
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    const QString id = cp.parser().positionalArguments().constFirst();
    const Distro *distro = catalog->distro(id);
    if (!distro) {
        QStringList ids;
        for (const Distro &d : catalog->distros())
            ids << d.id;
        err(QStringLiteral("initbench base: unknown distro '%1'; did you mean '%2'?\n").arg(id, nearestWord(id, ids)));
        return UsageError;
    }
    if (!BaseImages::canBootstrap(*distro)) {
        err(QStringLiteral("initbench base: %1 cannot be bootstrapped here (only Debian and Ubuntu); its image comes from a registry\n").arg(distro->name));
        return UsageError;
    }
    EngineSession e(*catalog);
    const QString engine = cp.parser().value(QStringLiteral("engine"));
    const QStringList engines = engine.isEmpty() ? e.controller.availableEngines() : QStringList{engine};
    BaseImages bases(e.runner, QDir(AppPaths::dataDir()).filePath(QStringLiteral("bases")));
    const ProgressSink progress = terminalProgress(false);
    OpResult r = bases.ensureTarball(*distro, progress);
    for (const QString &e : engines)
        if (r.ok())
            r = bases.importInto(e, *distro, progress);
    if (!r.ok()) {
        reportFailure(QStringLiteral("base"), r);
        return RuntimeFailure;
    }
    out(QStringLiteral("base %1 is cached in %2%3\n")
            .arg(distro->image, bases.tarballPath(*distro),
                 engines.isEmpty() ? QString() : QStringLiteral(" and imported into ") + engines.join(QStringLiteral(" and "))));
    return Success;
}

} // namespace initbench::cli
