#include "inspect/enginetopsource.h"

#include "inspect/enginetopparser.h"
#include "inspect/processroles.h"

namespace initbench {

EngineTopSource::EngineTopSource(ICommandRunner &runner, CommandLine command, QString sourceName, QHash<uint, QString> users,
                                 qint64 leaderHostPid)
    : m_runner(runner), m_command(std::move(command)), m_sourceName(std::move(sourceName)), m_users(std::move(users)),
      m_leader(leaderHostPid)
{
}

ProcessSnapshot EngineTopSource::refresh()
{
    ProcessSnapshot snap;
    snap.source = m_sourceName;
    const CommandResult r = m_runner.run(m_command, 30 * 1000);
    if (!r.ok()) {
        snap.error = QStringLiteral("%1 %2: %3").arg(m_sourceName, r.describe(), r.details());
        return snap;
    }
    enginetop::Parsed parsed = enginetop::parse(r.standardOutput, QDateTime::currentDateTimeUtc(), m_users);
    snap.error = parsed.error;
    snap.warnings = parsed.warnings;
    for (ProcessInfo &p : parsed.processes)
        if (p.pid == 0 && m_leader != 0 && p.hostPid == m_leader)
            p.pid = 1; // the init is PID 1 in its namespace, whatever the table could show
    markRoles(parsed.processes, m_leader);
    snap.processes = parsed.processes;
    return snap;
}

} // namespace initbench
