#include "cli/clisupport.h"

#include "cli/cliio.h"
#include "cli/commandparser.h"
#include "cli/exitcodes.h"
#include "profile/profileloader.h"
#include "recipe/hostfacts.h"
#include "ssh/initbenchkey.h"
#include "util/apppaths.h"

#include <QCoreApplication>

namespace initbench::cli {

const Catalog *builtinCatalogOrReport()
{
    static QStringList errors;
    static const Catalog catalog = Catalog::builtin(&errors);
    if (!errors.isEmpty()) {
        err(QStringLiteral("initbench: the built-in catalog is broken:\n  %1\n").arg(errors.join(QStringLiteral("\n  "))));
        return nullptr;
    }
    return &catalog;
}

std::optional<Profile> loadProfileOrReport(const QString &path, const Catalog &catalog, const QString &engineOverride)
{
    ProfileLoadResult loaded = loadProfileFile(path, catalog, firstAvailableEngine());
    if (loaded.ok() && !engineOverride.isEmpty()) {
        loaded.profile.engine = engineOverride;
        loaded.issues = validateProfile(loaded.profile, catalog);
    }
    if (loaded.ok())
        return loaded.profile;
    for (const ProfileIssue &issue : loaded.issues)
        err(issue.toString(path) + QLatin1Char('\n'));
    err(QStringLiteral("initbench: the profile is not valid; nothing was written or started\n"));
    return std::nullopt;
}

ProgressSink terminalProgress(bool quiet, const QString &name)
{
    // Several containers at once: every line says whose it is.
    const QString tag = name.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(name);
    ProgressSink sink;
    sink.step = [tag](int n, int total, const QString &title) { out(QStringLiteral("%1==> step %2 of %3: %4\n").arg(tag).arg(n).arg(total).arg(title)); };
    sink.note = [tag](const QString &note) { out(QStringLiteral("%1==> %2\n").arg(tag, note)); };
    if (!quiet)
        sink.log = [tag](const QString &line) { out(QStringLiteral("%1    %2\n").arg(tag, line)); };
    return sink;
}

QCommandLineOption engineOption()
{
    return {QStringLiteral("engine"), QStringLiteral("docker, podman or nspawn."), QStringLiteral("ENGINE")};
}

QStringList supervisorCommand()
{
    return {QCoreApplication::applicationFilePath(), QStringLiteral("__supervise-nspawn")};
}

QStringList entryCommand()
{
    return {QCoreApplication::applicationDirPath() + QStringLiteral("/initbench-enter")};
}

EngineSession::EngineSession(const Catalog &catalog)
    : controller(runner, catalog, HostFacts::detect(AppPaths::dataDir()), AppPaths::dataDir(), supervisorCommand())
{
    controller.setImageKeys(InitbenchKey::imageKeys);
    controller.access().setEntryCommand(entryCommand());
}

int runNamedOperation(const QStringList &arguments, const QString &command, const QString &description,
                      const std::function<OpResult(ContainerController &, const QString &name, const QString &engine)> &op,
                      const QString &done)
{
    CommandParser cp(QStringLiteral("initbench %1 NAME [--engine ENGINE]").arg(command), description);
    cp.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The container's name."));
    cp.parser().addOption(engineOption());
    if (const int status = cp.parse(arguments, 1, 1); status >= 0)
        return status;
    const Catalog *catalog = builtinCatalogOrReport();
    if (!catalog)
        return RuntimeFailure;
    EngineSession e(*catalog);
    const QString name = cp.parser().positionalArguments().constFirst();
    const OpResult r = op(e.controller, name, cp.parser().value(QStringLiteral("engine")));
    if (!r.ok()) {
        reportFailure(command, r);
        return RuntimeFailure;
    }
    out(done.arg(name) + QLatin1Char('\n'));
    return Success;
}

void reportFailure(const QString &command, const OpResult &result)
{
    err(QStringLiteral("initbench %1: %2\n").arg(command, result.message));
    if (!result.details.isEmpty())
        err(QStringLiteral("  details:\n    %1\n").arg(QString(result.details).replace(QLatin1Char('\n'), QStringLiteral("\n    "))));
}

} // namespace initbench::cli
