#include "inspect/processshape.h"

#include <algorithm>

namespace initbench {

namespace {
constexpr int kUnknown = -2; // depth not resolved yet
constexpr int kOnPath = -1;  // on the walk being made: meeting it again closes a loop
} // namespace

bool ProcessShape::ascending(const QList<ProcessInfo> &processes)
{
    qint64 last = 0;
    for (const ProcessInfo &p : processes) {
        if (p.id <= last)
            return false;
        last = p.id;
    }
    return true;
}

ProcessShape::ProcessShape(const QList<ProcessInfo> &processes)
    : m_processes(processes), m_ascending(ascending(processes))
{
    const size_t n = size_t(processes.size());
    m_counts.assign(n, m_ascending ? 1 : 0);
    if (!m_ascending) {
        m_index.reserve(processes.size());
        for (qsizetype i = 0; i < processes.size(); ++i) {
            const qint64 id = processes.at(i).id;
            if (id > 0 && !m_index.contains(id)) {
                m_index.insert(id, i);
                m_counts[size_t(i)] = 1;
            }
        }
    }
    m_parent.assign(n, -1);
    for (qsizetype i = 0; i < processes.size(); ++i) {
        const ProcessInfo &p = processes.at(i);
        if (counts(i) && p.parentId != p.id)
            m_parent[size_t(i)] = find(p.parentId);
    }
    resolveDepths();
}

qsizetype ProcessShape::find(qint64 id) const
{
    if (!m_ascending)
        return m_index.value(id, -1);
    const auto at = std::lower_bound(m_processes.cbegin(), m_processes.cend(), id,
                                     [](const ProcessInfo &p, qint64 v) { return p.id < v; });
    return at != m_processes.cend() && at->id == id ? at - m_processes.cbegin() : -1;
}

void ProcessShape::resolveDepths()
{
    // Walk up from each process until a known depth. A process met twice on one walk closes a
    // loop (data read mid-update can hold one): it is cut at its lowest id, which becomes a root.
    m_depth.assign(m_parent.size(), kUnknown);
    std::vector<qsizetype> path;
    for (qsizetype i = 0; i < m_processes.size(); ++i) {
        if (!counts(i))
            continue;
        path.clear();
        qsizetype at = i;
        int known = -1;
        while (at >= 0) {
            if (m_depth[size_t(at)] != kUnknown) {
                known = m_depth[size_t(at)];
                break;
            }
            path.push_back(at);
            m_depth[size_t(at)] = kOnPath;
            at = m_parent[size_t(at)];
        }
        if (at >= 0 && known == kOnPath) {
            const auto start = std::find(path.begin(), path.end(), at);
            const auto lowest = std::min_element(start, path.end(), [this](qsizetype a, qsizetype b) {
                return m_processes.at(a).id < m_processes.at(b).id;
            });
            m_parent[size_t(*lowest)] = -1;
            for (auto it = lowest + 1; it != path.end(); ++it)
                m_depth[size_t(*it)] = kUnknown; // resolved by a later walk, through the new root
            path.erase(lowest + 1, path.end());
            known = -1;
        }
        int d = known;
        for (auto it = path.rbegin(); it != path.rend(); ++it)
            m_depth[size_t(*it)] = ++d;
    }
}

} // namespace initbench
