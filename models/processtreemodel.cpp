#include "processtreemodel.h"

#include <QSet>

#include <algorithm>

namespace initbench {

ProcessTreeModel::ProcessTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) { }

ProcessTreeModel::~ProcessTreeModel()
{
    for (Node *child : std::as_const(m_root->children))
        deleteSubtree(child);
}

// Iterative: a container can nest processes deeper than this thread's stack would recurse.
void ProcessTreeModel::deleteSubtree(Node *node)
{
    QList<Node *> pending{node};
    while (!pending.isEmpty()) {
        Node *n = pending.takeLast();
        pending += n->children;
        m_nodes.remove(keyOf(n->info));
        delete n;
    }
}

void ProcessTreeModel::update(const ProcessSnapshot &snapshot)
{
    if (snapshot.source != m_source) {
        m_source = snapshot.source;
        emit sourceChanged(m_source);
    }
    if (!snapshot.ok())
        return; // keep what was shown; the caller reports the error
    apply(diffProcesses(m_shown, snapshot.processes));
    m_shown = snapshot.processes;
}

ProcessTreeModel::Node *ProcessTreeModel::nodeFor(const ProcessKey &key) const
{
    return key.isRoot() ? m_root.get() : m_nodes.value(key);
}

int ProcessTreeModel::insertRow(const Node *parent, qint64 id)
{
    const auto at = std::upper_bound(parent->children.cbegin(), parent->children.cend(), id,
                                     [](qint64 v, const Node *n) { return v < n->info.id; });
    return int(at - parent->children.cbegin());
}

int ProcessTreeModel::rowOf(const Node *node) const
{
    const QList<Node *> &siblings = node->parent->children;
    auto at = std::lower_bound(siblings.cbegin(), siblings.cend(), node->info.id,
                               [](const Node *n, qint64 v) { return n->info.id < v; });
    // Two nodes share an id only while a reused PID's old process waits for its removal.
    while (at != siblings.cend() && *at != node)
        ++at;
    return at == siblings.cend() ? -1 : int(at - siblings.cbegin());
}

void ProcessTreeModel::apply(const ProcessDiff &diff)
{
    for (const ProcessDiff::Placed &a : diff.added) {
        if (m_nodes.contains(keyOf(a.info)))
            continue;
        Node *parent = nodeFor(a.parent);
        if (!parent)
            parent = m_root.get(); // a diff computed against other contents: degrade, never crash
        const int row = insertRow(parent, a.info.id);
        beginInsertRows(parent == m_root.get() ? QModelIndex() : indexOfNode(parent), row, row);
        auto *node = new Node{a.info, parent, {}};
        parent->children.insert(row, node);
        m_nodes.insert(keyOf(a.info), node);
        endInsertRows();
    }
    for (const ProcessDiff::Move &m : diff.moved) {
        Node *node = m_nodes.value(m.key);
        Node *to = nodeFor(m.parent);
        if (!node || !to || node->parent == to)
            continue;
        for (const Node *up = to; up; up = up->parent)
            if (up == node)
                to = m_root.get(); // would put a process under its own descendant
        const int from = rowOf(node);
        const int row = insertRow(to, node->info.id);
        const QModelIndex fromParent = node->parent == m_root.get() ? QModelIndex() : indexOfNode(node->parent);
        const QModelIndex toParent = to == m_root.get() ? QModelIndex() : indexOfNode(to);
        if (!beginMoveRows(fromParent, from, from, toParent, row))
            continue;
        node->parent->children.removeAt(from);
        node->parent = to;
        to->children.insert(insertRow(to, node->info.id), node);
        endMoveRows();
    }
    const QSet<ProcessKey> removed(diff.removed.cbegin(), diff.removed.cend());
    for (const ProcessKey &key : diff.removed) {
        Node *node = m_nodes.value(key);
        if (!node || (node->parent != m_root.get() && removed.contains(keyOf(node->parent->info))))
            continue; // goes with its removed parent
        // A child that stays (only with a diff made against other contents): lift it to the top.
        for (qsizetype i = node->children.size() - 1; i >= 0; --i) {
            Node *child = node->children.at(i);
            if (removed.contains(keyOf(child->info)))
                continue;
            const int row = insertRow(m_root.get(), child->info.id);
            beginMoveRows(indexOfNode(node), int(i), int(i), QModelIndex(), row);
            node->children.removeAt(i);
            child->parent = m_root.get();
            m_root->children.insert(row, child);
            endMoveRows();
        }
        const int row = rowOf(node);
        beginRemoveRows(node->parent == m_root.get() ? QModelIndex() : indexOfNode(node->parent), row, row);
        node->parent->children.removeAt(row);
        deleteSubtree(node);
        endRemoveRows();
    }
    for (const ProcessInfo &p : diff.changed) {
        Node *node = m_nodes.value(keyOf(p));
        if (!node)
            continue;
        node->info = p;
        emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
    }
}

QModelIndex ProcessTreeModel::indexOf(const ProcessKey &key) const
{
    const Node *node = m_nodes.value(key);
    return node ? indexOfNode(node) : QModelIndex();
}

QModelIndex ProcessTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

ProcessTreeModel::Node *ProcessTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProcessTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= p->children.size() || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, p->children.at(row));
}

QModelIndex ProcessTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOfNode(nodeOf(child)->parent) : QModelIndex();
}

int ProcessTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ProcessTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

static QString memoryText(qint64 kb)
{
    if (kb < 0)
        return {};
    if (kb < 1024)
        return QStringLiteral("%1 KiB").arg(kb);
    if (kb < 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(double(kb) / 1024, 0, 'f', 1);
    return QStringLiteral("%1 GiB").arg(double(kb) / 1024 / 1024, 0, 'f', 2);
}

static QString pidText(qint64 pid) { return pid > 0 ? QString::number(pid) : QStringLiteral("?"); }

QVariant ProcessTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ProcessInfo &p = nodeOf(index)->info;
    if (role == RoleRole)
        return processRoleName(p.role);
    if (role == UnitRole)
        return p.unit;
    if (role == SortRole) {
        switch (index.column()) {
        case Pid: return p.pid;
        case HostPid: return p.hostPid;
        case Cpu: return p.cpuPercent;
        case Memory: return p.rssKb;
        case Started: return p.started;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == Command) {
        QStringList parts{p.command};
        if (p.role != ProcessRole::Other)
            parts << tr("Role: %1").arg(processRoleName(p.role));
        if (!p.unit.isEmpty())
            parts << tr("systemd unit: %1").arg(p.unit);
        return parts.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Pid: return pidText(p.pid);
    case HostPid: return pidText(p.hostPid);
    case User: return p.user;
    case State: return p.state;
    case Cpu: return p.cpuPercent < 0 ? QString() : QString::number(p.cpuPercent, 'f', 1);
    case Memory: return memoryText(p.rssKb);
    case Started: return p.started.isValid() ? p.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    case Command: return p.command;
    default: return {};
    }
}

QVariant ProcessTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pid: return tr("PID");
    case HostPid: return tr("Host PID");
    case User: return tr("User");
    case State: return tr("State");
    case Cpu: return tr("CPU %");
    case Memory: return tr("Memory");
    case Started: return tr("Started");
    case Command: return tr("Command");
    default: return {};
    }
}

} // namespace initbench
