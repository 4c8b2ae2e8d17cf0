#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace initbench {

// The few states every init's own words are mapped onto; each row keeps those words in detail.
enum class ServiceState {
    Running,  // up (systemd: active, including oneshots that ran and exited)
    Stopped,  // down on purpose, or never started
    Failed,   // down although it should be up (failed unit, crashed, respawning)
    Starting, // on its way up
    Unknown,  // the init cannot say (sysvinit scripts without a status action)
};

// "running", "stopped"...: the words of the JSON output, never translated.
QString serviceStateName(ServiceState state);

struct ServiceRow {
    QString name;
    ServiceState state = ServiceState::Unknown;
    qint64 pid = 0;   // main PID inside the container, 0 when the init does not say
    QString group;    // runlevel (OpenRC), bundle/kind (s6), inittab action (busybox)...
    QString detail;   // the init's own words for the state: "active (exited)", "down 3s, normally up"
    bool operator==(const ServiceRow &) const = default;
};

// What one init said about its services, parsed, with its raw output for display.
struct ServiceList {
    QString init;             // catalog id of the init that was asked
    QString runlevel;         // current runlevel when the init has one ("2", "default")
    QList<ServiceRow> rows;
    QStringList warnings;     // lines that could not be read, errors the tool printed
    QString command;          // what was run, for display
    QString raw;              // its output as it came
};

} // namespace initbench
