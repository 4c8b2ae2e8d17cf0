#pragma once
#include "inspect/processdiff.h"

#include <QAbstractItemModel>

#include <memory>

namespace initbench {

// A container's processes as a tree (children under their parent, sorted by id). Refreshes
// apply a ProcessDiff as row inserts, moves and removals: the model is never reset, so
// expansion, selection and persistent indexes survive.
class ProcessTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Pid, HostPid, User, State, Cpu, Memory, Started, Command, ColumnCount };
    static constexpr int RoleRole = Qt::UserRole + 1; // "init", "supervisor", "unit" or empty
    static constexpr int UnitRole = Qt::UserRole + 2;
    static constexpr int SortRole = Qt::UserRole + 3; // numbers as numbers

    explicit ProcessTreeModel(QObject *parent = nullptr);
    ~ProcessTreeModel() override;

    // Diffs against what the model shows and applies the difference.
    void update(const ProcessSnapshot &snapshot);
    void apply(const ProcessDiff &diff);
    QString source() const { return m_source; } // which source the last snapshot came from
    QModelIndex indexOf(const ProcessKey &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void sourceChanged(const QString &source);

private:
    struct Node {
        ProcessInfo info;
        Node *parent = nullptr;
        QList<Node *> children; // sorted by info.id
    };

    Node *nodeOf(const QModelIndex &index) const;
    Node *nodeFor(const ProcessKey &key) const; // the root for a top-level key
    int rowOf(const Node *node) const;
    static int insertRow(const Node *parent, qint64 id);
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    void deleteSubtree(Node *node);

    std::unique_ptr<Node> m_root;
    QHash<ProcessKey, Node *> m_nodes;
    QList<ProcessInfo> m_shown; // the last snapshot applied, to diff the next against
    QString m_source;
};

} // namespace initbench
