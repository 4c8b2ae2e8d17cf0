#pragma once
#include "inspect/processsource.h"
#include "process/icommandrunner.h"

#include <QHash>

namespace initbench {

// A container's processes as the engine reports them (`docker top`, `podman top`, or ps run
// through exec): for remote engines, or when this user may not read the container's /proc.
// Each refresh runs the command once; CPU % is what ps computes (over the process's lifetime).
class EngineTopSource : public IProcessSource
{
public:
    // sourceName: what the UI shows ("docker top"). users: uid -> name from the container's
    // /etc/passwd, for docker top's UID column. leaderHostPid: the init's PID as the engine
    // reports it, to mark it when the table has host PIDs only.
    EngineTopSource(ICommandRunner &runner, CommandLine command, QString sourceName, QHash<uint, QString> users = {},
                    qint64 leaderHostPid = 0);
    ProcessSnapshot refresh() override;

private:
    ICommandRunner &m_runner;
    CommandLine m_command;
    QString m_sourceName;
    QHash<uint, QString> m_users;
    qint64 m_leader;
};

} // namespace initbench
