#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace initbench {

struct InitSystem;

// What can be read about a container's PID 1 (and about its first child, when PID 1 is only a
// wrapper such as docker-init), as seen from inside the container.
struct Pid1Evidence {
    QString comm;          // /proc/1/comm, without the newline
    QString exe;           // readlink /proc/1/exe; empty when it could not be read
    QStringList cmdline;   // /proc/1/cmdline split at NUL
    QStringList markers;   // those of InitDetector::markerPaths() that exist
    QString childComm;     // the first child of PID 1, for wrappers
    QString childExe;
    QStringList childCmdline;
};

struct InitDetection {
    QString init;          // catalog id ("openrc"), or empty when not recognised
    QString wrapper;       // "docker-init", "tini"... when PID 1 only wraps the init
    QStringList evidence;  // why, one sentence per fact used
};

// Decides which init runs a container from Pid1Evidence. The names PID 1 shows come from the
// catalog (each init variant's pid1); exe and marker files settle the inits that all show "init"
// (sysvinit, OpenRC under sysvinit or busybox init, busybox init alone).
class InitDetector
{
public:
    explicit InitDetector(const QList<InitSystem> &inits);

    InitDetection detect(const Pid1Evidence &evidence) const;
    // Files whose existence tells inits apart (init-systems.md, section 5).
    static QStringList markerPaths();
    // The PID 1 names known to wrap an init rather than be one (docker run --init, podman --init).
    static bool isWrapper(const QString &comm);

private:
    InitDetection detectOne(const QString &comm, const QString &exe, const QStringList &cmdline,
                            const QStringList &markers) const;
    QStringList initsShowing(const QString &comm) const;

    QList<InitSystem> m_inits;
};

} // namespace initbench
