#pragma once
#include <QString>
#include <QStringList>

namespace initbench {

// An nspawn machine's folder (data dir/machines/NAME): the root tree, what to run, the
// supervisor's state and the console log. `list` and a restarted app find machines here.
struct MachineFiles {
    QString dir;

    QString rootTree() const { return dir + QStringLiteral("/rootfs"); }
    QString specFile() const { return dir + QStringLiteral("/machine.json"); }   // written by up
    QString stateFile() const { return dir + QStringLiteral("/state.json"); }    // written by the supervisor
    QString consoleLog() const { return dir + QStringLiteral("/console.log"); }
    // The supervisor relays the console pty here (a Unix socket, mode 0600) for `initbench console`.
    QString consoleSocket() const { return dir + QStringLiteral("/console.sock"); }
};

// What up asks the supervisor to run.
struct MachineSpec {
    QString name;
    QString profile;
    QStringList command;     // systemd-nspawn and its arguments
    QString stopSignal;      // sent to the leader (the container's init) by down
    int sshPort = 0;         // the port its sshd listens on (127.0.0.1), 0 for none

    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, MachineSpec *spec, QString *error);
};

// What the supervisor reports.
struct MachineRunState {
    qint64 supervisorPid = 0;
    qint64 nspawnPid = 0;
    // Who those PIDs were (ProcessIdentity): nothing is signalled or entered unless they still are.
    QString bootId;
    quint64 supervisorStart = 0, nspawnStart = 0;
    QString supervisorComm, nspawnComm;
    int restarts = 0;        // reboots (nspawn exit status 133) restarted by the supervisor
    bool finished = false;   // nspawn has exited for good
    int exitStatus = 0;      // its exit status then
    QString startedAt;       // ISO 8601
    QString stoppedAt;

    bool save(const QString &path) const;
    static MachineRunState load(const QString &path);

    bool supervisorRuns() const;
    bool nspawnRuns() const;
};

} // namespace initbench
