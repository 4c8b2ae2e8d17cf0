#include "containerjobs.h"

namespace initbench {

ContainerJob *ContainerJobs::job(const QString &name)
{
    if (ContainerJob *existing = m_jobs.value(name))
        return existing;
    auto *made = new ContainerJob(this);
    m_jobs.insert(name, made);
    connect(made, &ContainerJob::finished, this, [this, name](bool ok, const QString &message) {
        m_activity.remove(name);
        emit activitiesChanged();
        emit finished(name, ok, message);
    });
    emit jobMade(name, made);
    return made;
}

bool ContainerJobs::isRunning(const QString &name) const
{
    const ContainerJob *j = m_jobs.value(name);
    return j && j->isRunning();
}

int ContainerJobs::runningCount() const
{
    int n = 0;
    for (const ContainerJob *j : m_jobs)
        n += j->isRunning() ? 1 : 0;
    return n;
}

QMap<QString, JobActivity> ContainerJobs::activities() const
{
    return m_activity;
}

bool ContainerJobs::start(const QString &name, const JobActivity &activity, const QString &title, ContainerJob::Work work)
{
    ContainerJob *j = job(name);
    if (j->isRunning())
        return false;
    m_activity.insert(name, activity);
    if (!j->start(title, std::move(work))) {
        m_activity.remove(name);
        return false;
    }
    emit activitiesChanged();
    return true;
}

} // namespace initbench
