#include "inspect/processdiff.h"

#include <algorithm>

namespace initbench {

ProcessTree buildProcessTree(const QList<ProcessInfo> &snapshot)
{
    ProcessTree t;
    t.processes.reserve(snapshot.size());
    t.index.reserve(snapshot.size());
    for (const ProcessInfo &p : snapshot) {
        if (p.id <= 0 || t.index.contains(p.id))
            continue;
        t.index.insert(p.id, t.processes.size());
        t.processes.append(p);
    }
    t.parent.reserve(t.processes.size());
    t.depth.reserve(t.processes.size());
    for (const ProcessInfo &p : std::as_const(t.processes))
        t.parent.insert(p.id, p.parentId != p.id && t.index.contains(p.parentId) ? p.parentId : 0);
    // Depths, walking up until a known depth; a process met twice on one walk closes a loop.
    // kOnPath marks the walk so far, without allocating per process.
    constexpr int kOnPath = -1;
    QList<qint64> path;
    for (const ProcessInfo &p : std::as_const(t.processes)) {
        path.clear();
        qint64 at = p.id;
        int known = -1;
        while (at != 0) {
            const auto d = t.depth.constFind(at);
            if (d != t.depth.constEnd()) {
                known = *d;
                break;
            }
            path.append(at);
            t.depth.insert(at, kOnPath);
            at = t.parent.value(at);
        }
        if (at != 0 && known == kOnPath) { // a loop: cut it at its lowest id
            const qsizetype start = path.indexOf(at);
            const qsizetype lowest = std::min_element(path.cbegin() + start, path.cend()) - path.cbegin();
            t.parent[path.at(lowest)] = 0;
            for (qsizetype i = lowest + 1; i < path.size(); ++i)
                t.depth.remove(path.at(i)); // resolved by a later walk, through the new root
            path.resize(lowest + 1);
            known = -1;
        }
        int d = known;
        for (auto it = path.crbegin(); it != path.crend(); ++it)
            t.depth.insert(*it, ++d);
    }
    return t;
}

static ProcessKey parentKey(const ProcessTree &t, qint64 id)
{
    const qint64 parent = t.parent.value(id);
    return parent == 0 ? ProcessKey{} : keyOf(t.processes.at(t.index.value(parent)));
}

ProcessDiff diffProcesses(const QList<ProcessInfo> &before, const QList<ProcessInfo> &after)
{
    const ProcessTree old = buildProcessTree(before);
    const ProcessTree now = buildProcessTree(after);
    ProcessDiff diff;
    QList<QPair<int, ProcessDiff::Placed>> added;
    QList<QPair<int, ProcessDiff::Move>> moved;
    for (const ProcessInfo &p : now.processes) {
        const ProcessKey parent = parentKey(now, p.id);
        const auto was = old.index.constFind(p.id);
        if (was == old.index.constEnd() || keyOf(old.processes.at(*was)) != keyOf(p)) {
            added.append({now.depth.value(p.id), {p, parent}});
            continue;
        }
        if (parentKey(old, p.id) != parent)
            moved.append({now.depth.value(p.id), {keyOf(p), parent}});
        if (old.processes.at(*was) != p)
            diff.changed.append(p);
    }
    for (const ProcessInfo &p : old.processes) {
        const auto is = now.index.constFind(p.id);
        if (is == now.index.constEnd() || keyOf(now.processes.at(*is)) != keyOf(p))
            diff.removed.append(keyOf(p));
    }
    // Stable sorts keep the snapshot's order among equals, so the same input gives the same diff.
    const auto byDepth = [](const auto &a, const auto &b) { return a.first < b.first; };
    std::stable_sort(added.begin(), added.end(), byDepth);
    std::stable_sort(moved.begin(), moved.end(), byDepth);
    for (const auto &a : std::as_const(added))
        diff.added.append(a.second);
    for (const auto &m : std::as_const(moved))
        diff.moved.append(m.second);
    return diff;
}

} // namespace initbench
