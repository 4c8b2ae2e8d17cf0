#pragma once
#include "inspect/cgroupusage.h"

#include <QList>

namespace initbench {

// One point of a container's usage over time.
struct ResourceSample {
    qint64 atMs = 0;          // when it was read (a monotonic clock)
    double cpuPercent = -1;   // of one core, since the reading before (-1: not known yet)
    qint64 memoryBytes = -1;
    int processes = -1;
};

// The last minutes of one container's usage, for the Overview's graphs: readings of its
// cgroup's counters turned into a CPU share per interval, kept up to a capacity (the oldest go).
class ResourceHistory
{
public:
    explicit ResourceHistory(int capacity = 150); // 5 minutes at one reading every 2 s

    void add(qint64 atMs, const CgroupUsage &usage);
    // A reading measured otherwise (shares already computed); the next add() starts afresh.
    void addSample(const ResourceSample &sample);
    void clear();
    const QList<ResourceSample> &samples() const { return m_samples; }

private:
    void append(const ResourceSample &sample);

    int m_capacity;
    QList<ResourceSample> m_samples;
    qint64 m_lastCpu = -1;
    qint64 m_lastAtMs = -1;
};

} // namespace initbench
