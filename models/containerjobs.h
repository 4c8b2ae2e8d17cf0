#pragma once
#include "containerjob.h"

#include <QMap>
#include <QObject>

namespace initbench {

// What a container's running operation is doing, for the list.
struct JobActivity {
    QString engine;
    QString what; // "building", "stopping"...
    bool operator==(const JobActivity &o) const { return engine == o.engine && what == o.what; }
};

// The window's operations, at most one per container: several containers build, boot or stop
// at once, each on a worker thread of its own. A container's job is made the first time it is
// asked for and kept, so its pane still shows how its last operation ended.
class ContainerJobs : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    ContainerJob *job(const QString &name);
    bool isRunning(const QString &name) const;
    int runningCount() const;
    // What each running operation is doing, by container name ("building", "stopping"...),
    // for the list's State column.
    QMap<QString, JobActivity> activities() const;
    // Starts work as name's operation; false (nothing started) while name has one running.
    // activity is the word the list shows meanwhile.
    bool start(const QString &name, const JobActivity &activity, const QString &title, ContainerJob::Work work);

signals:
    void jobMade(const QString &name, initbench::ContainerJob *job);
    // Any operation started or ended: activities() changed.
    void activitiesChanged();
    void finished(const QString &name, bool ok, const QString &message);

private:
    QMap<QString, ContainerJob *> m_jobs;
    QMap<QString, JobActivity> m_activity; // while running
};

} // namespace initbench
