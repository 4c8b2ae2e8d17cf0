#pragma once
#include "inspect/processinfo.h"

#include <vector>

namespace initbench {

// How the processes of one snapshot hang together, by position in the list: which ones count
// (id > 0, the first with its id), each one's parent (-1: top level) and depth, with the rules
// buildProcessTree documents (processdiff.h). Nothing is copied: the diff makes one for each
// side of every refresh, so it works on positions, and builds no index when the ids already
// rise through the list (as /proc lists them): a binary search finds a process then.
class ProcessShape
{
public:
    explicit ProcessShape(const QList<ProcessInfo> &processes);

    qsizetype find(qint64 id) const; // the position of the process counted with that id, or -1
    bool counts(qsizetype at) const { return m_counts[size_t(at)] != 0; }
    qsizetype parent(qsizetype at) const { return m_parent[size_t(at)]; }
    int depth(qsizetype at) const { return m_depth[size_t(at)]; }

    // True when the ids rise strictly through the list, all above 0: every process counts.
    static bool ascending(const QList<ProcessInfo> &processes);

private:
    void resolveDepths();

    const QList<ProcessInfo> &m_processes;
    bool m_ascending = false;
    QHash<qint64, qsizetype> m_index; // only when the ids do not rise
    std::vector<char> m_counts;
    std::vector<qsizetype> m_parent;
    std::vector<int> m_depth;
};

} // namespace initbench
