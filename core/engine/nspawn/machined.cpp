#include "engine/nspawn/machined.h"

namespace initbench {

namespace {
const int kMachinectlMs = 15 * 1000;

CommandLine machinectl(const QStringList &arguments)
{
    // --no-ask-password: a polkit prompt would wait on a terminal nobody watches.
    return {QStringLiteral("machinectl"), QStringList{QStringLiteral("--no-pager"), QStringLiteral("--no-ask-password")} + arguments, {}};
}

OpResult outcome(const CommandResult &r, const QString &what)
{
    if (r.ok())
        return {};
    return OpResult::failure(QStringLiteral("machinectl could not %1: %2").arg(what, r.details().isEmpty() ? r.describe() : r.details()),
                             r.details());
}
} // namespace

CommandLine Machined::listCommand()
{
    return machinectl({QStringLiteral("list"), QStringLiteral("--no-legend")});
}

CommandLine Machined::leaderCommand(const QString &name)
{
    return machinectl({QStringLiteral("show"), name, QStringLiteral("--property=Leader"), QStringLiteral("--value")});
}

CommandLine Machined::killLeaderCommand(const QString &name, const QString &signalName)
{
    return machinectl({QStringLiteral("kill"), name, QStringLiteral("--kill-whom=leader"), QStringLiteral("--signal=") + signalName});
}

CommandLine Machined::terminateCommand(const QString &name)
{
    return machinectl({QStringLiteral("terminate"), name});
}

QStringList Machined::parseList(const QByteArray &output)
{
    // "sdh container systemd-nspawn debian 12 -": the name is the first column.
    QStringList names;
    for (const QByteArray &line : output.split('\n'))
        if (const QByteArray name = line.trimmed().split(' ').value(0); !name.isEmpty())
            names << QString::fromUtf8(name);
    return names;
}

QStringList Machined::machines(QString *error) const
{
    const CommandResult r = m_runner.run(listCommand(), kMachinectlMs);
    if (!r.ok()) {
        if (error)
            *error = outcome(r, QStringLiteral("list the machines")).message;
        return {};
    }
    return parseList(r.standardOutput);
}

qint64 Machined::leader(const QString &name) const
{
    const CommandResult r = m_runner.run(leaderCommand(name), kMachinectlMs);
    return r.ok() ? r.standardOutput.trimmed().toLongLong() : 0;
}

OpResult Machined::killLeader(const QString &name, const QString &signalName) const
{
    return outcome(m_runner.run(killLeaderCommand(name, signalName), kMachinectlMs),
                   QStringLiteral("send %1 to %2's init").arg(signalName, name));
}

OpResult Machined::terminate(const QString &name) const
{
    return outcome(m_runner.run(terminateCommand(name), kMachinectlMs), QStringLiteral("terminate %1").arg(name));
}

} // namespace initbench
