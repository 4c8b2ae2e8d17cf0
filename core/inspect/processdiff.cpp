#include "inspect/processdiff.h"

#include "inspect/processshape.h"

#include <algorithm>

namespace initbench {

ProcessTree buildProcessTree(const QList<ProcessInfo> &snapshot)
{
    const ProcessShape shape(snapshot);
    ProcessTree t;
    t.processes.reserve(snapshot.size());
    t.index.reserve(snapshot.size());
    t.parent.reserve(snapshot.size());
    t.depth.reserve(snapshot.size());
    for (qsizetype i = 0; i < snapshot.size(); ++i) {
        if (!shape.counts(i))
            continue;
        const ProcessInfo &p = snapshot.at(i);
        const qsizetype up = shape.parent(i);
        t.index.insert(p.id, t.processes.size());
        t.processes.append(p);
        t.parent.insert(p.id, up < 0 ? 0 : snapshot.at(up).id);
        t.depth.insert(p.id, shape.depth(i));
    }
    return t;
}

namespace {

// The steady state of a refresh: the same processes (id and start) under the same parents, in
// the same order. Then the trees are the same whatever the rules, and only data can differ.
bool sameTree(const QList<ProcessInfo> &before, const QList<ProcessInfo> &after)
{
    if (before.size() != after.size() || !ProcessShape::ascending(after))
        return false;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const ProcessInfo &a = before.at(i), &b = after.at(i);
        if (a.id != b.id || a.startTicks != b.startTicks || a.parentId != b.parentId)
            return false;
    }
    return true;
}

ProcessKey parentKey(const ProcessShape &shape, const QList<ProcessInfo> &processes, qsizetype at)
{
    const qsizetype up = shape.parent(at);
    return up < 0 ? ProcessKey{} : keyOf(processes.at(up));
}

} // namespace

ProcessDiff diffProcesses(const QList<ProcessInfo> &before, const QList<ProcessInfo> &after)
{
    ProcessDiff diff;
    if (sameTree(before, after)) {
        for (qsizetype i = 0; i < after.size(); ++i)
            if (before.at(i) != after.at(i))
                diff.changed.append(after.at(i));
        return diff;
    }
    const ProcessShape old(before);
    const ProcessShape now(after);
    QList<QPair<int, ProcessDiff::Placed>> added;
    QList<QPair<int, ProcessDiff::Move>> moved;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (!now.counts(i))
            continue;
        const ProcessInfo &p = after.at(i);
        const ProcessKey parent = parentKey(now, after, i);
        const qsizetype was = old.find(p.id);
        if (was < 0 || keyOf(before.at(was)) != keyOf(p)) {
            added.append({now.depth(i), {p, parent}});
            continue;
        }
        if (parentKey(old, before, was) != parent)
            moved.append({now.depth(i), {keyOf(p), parent}});
        if (before.at(was) != p)
            diff.changed.append(p);
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!old.counts(i))
            continue;
        const qsizetype is = now.find(before.at(i).id);
        if (is < 0 || keyOf(after.at(is)) != keyOf(before.at(i)))
            diff.removed.append(keyOf(before.at(i)));
    }
    // Stable sorts keep the snapshot's order among equals, so the same input gives the same diff.
    const auto byDepth = [](const auto &a, const auto &b) { return a.first < b.first; };
    std::stable_sort(added.begin(), added.end(), byDepth);
    std::stable_sort(moved.begin(), moved.end(), byDepth);
    diff.added.reserve(added.size());
    diff.moved.reserve(moved.size());
    for (const auto &a : std::as_const(added))
        diff.added.append(a.second);
    for (const auto &m : std::as_const(moved))
        diff.moved.append(m.second);
    return diff;
}

} // namespace initbench
