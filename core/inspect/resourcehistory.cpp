#include "inspect/resourcehistory.h"

namespace initbench {

ResourceHistory::ResourceHistory(int capacity) : m_capacity(qMax(2, capacity)) {}

void ResourceHistory::add(qint64 atMs, const CgroupUsage &usage)
{
    ResourceSample s;
    s.atMs = atMs;
    s.memoryBytes = usage.memoryBytes;
    s.processes = usage.processes;
    // A counter that went back belongs to a new cgroup (the container was started again): the
    // share is known again from the next reading on.
    if (usage.cpuNanoseconds >= 0 && m_lastCpu >= 0 && usage.cpuNanoseconds >= m_lastCpu && atMs > m_lastAtMs)
        s.cpuPercent = double(usage.cpuNanoseconds - m_lastCpu) / double((atMs - m_lastAtMs) * 1000000) * 100.0;
    m_lastCpu = usage.cpuNanoseconds;
    m_lastAtMs = atMs;
    append(s);
}

void ResourceHistory::addSample(const ResourceSample &sample)
{
    m_lastCpu = -1;
    m_lastAtMs = -1;
    append(sample);
}

void ResourceHistory::append(const ResourceSample &sample)
{
    m_samples.append(sample);
    if (m_samples.size() > m_capacity)
        m_samples.remove(0, m_samples.size() - m_capacity);
}

void ResourceHistory::clear()
{
    m_samples.clear();
    m_lastCpu = -1;
    m_lastAtMs = -1;
}

} // namespace initbench
