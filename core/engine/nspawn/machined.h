#pragma once
#include "engine/progresssink.h"
#include "process/icommandrunner.h"

#include <QStringList>

namespace initbench {

// systemd-machined, through machinectl. On a host whose PID 1 is systemd, nspawn registers every
// machine there (Initbench then passes no --register=no) and runs it in its own
// machine-NAME.scope: users expect `machinectl list/status` to know it, and stopping through
// machined reaches the whole scope when the init will not go. On other hosts there is no
// machined to ask, and Initbench signals the processes itself.
class Machined
{
public:
    explicit Machined(ICommandRunner &runner) : m_runner(runner) {}

    static CommandLine listCommand();
    static CommandLine leaderCommand(const QString &name);
    // Only the container's init gets signalName, as `docker stop` does it.
    static CommandLine killLeaderCommand(const QString &name, const QString &signalName);
    // Ends every process of the machine's scope: the forced stop.
    static CommandLine terminateCommand(const QString &name);
    // The machine names in `machinectl list --no-legend` output.
    static QStringList parseList(const QByteArray &output);

    // The machines registered now; empty with *error set when machinectl cannot answer.
    QStringList machines(QString *error = nullptr) const;
    // The registered machine's init as seen from the host; 0 when machined has no such machine.
    qint64 leader(const QString &name) const;
    OpResult killLeader(const QString &name, const QString &signalName) const;
    OpResult terminate(const QString &name) const;

private:
    ICommandRunner &m_runner;
};

} // namespace initbench
