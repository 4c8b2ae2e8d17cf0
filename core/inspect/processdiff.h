#pragma once
#include "inspect/processinfo.h"

namespace initbench {

// What turns one snapshot's tree into the next, in the order a model applies it without a
// reset: add (parents before children), move (shallowest new position first, so no process
// is ever moved under its own descendant), remove (by then a removed process holds only
// removed children), change. A parent key with id 0 is the top level.
struct ProcessDiff {
    struct Placed {
        ProcessInfo info;
        ProcessKey parent;
    };
    struct Move {
        ProcessKey key;
        ProcessKey parent;
    };
    QList<Placed> added;
    QList<Move> moved;
    QList<ProcessKey> removed;
    QList<ProcessInfo> changed; // new values of processes whose data differs (moved or not)

    bool isEmpty() const { return added.isEmpty() && moved.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
};

// The parent each process of a snapshot hangs under: its parentId when that process is in the
// snapshot, else the top level (the parent is outside the container, or gone). A loop in the
// data (which a source mid-update could produce) is broken by making its lowest id a root.
// Processes with id 0 or an id seen before in the list are dropped.
struct ProcessTree {
    QHash<qint64, qsizetype> index;  // id -> position in processes
    QList<ProcessInfo> processes;    // valid ones, in input order
    QHash<qint64, qint64> parent;    // id -> parent id, 0 for a root
    QHash<qint64, int> depth;        // 0 for a root
};
ProcessTree buildProcessTree(const QList<ProcessInfo> &snapshot);

// Runs on every refresh: when the same processes sit under the same parents (the steady state),
// it only compares their data; otherwise it resolves both trees, without copying a process.
ProcessDiff diffProcesses(const QList<ProcessInfo> &before, const QList<ProcessInfo> &after);

} // namespace initbench
