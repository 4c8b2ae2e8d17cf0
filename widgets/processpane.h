#pragma once
#include <QWidget>

class QLabel;
class QTreeView;

namespace initbench {

class ProcessRoleProxy;
class ProcessTreeModel;

// The live process tree: expanded, sortable, the init's structure marked, and which source
// was read ("/proc on this host", "docker top") above it.
class ProcessPane : public QWidget
{
    Q_OBJECT
public:
    ProcessPane(ProcessTreeModel *model, QWidget *parent = nullptr);

    void showSource(const QString &source); // after each reading
    void refit() { m_fitted = false; }      // a new container: fit the columns to its first reading
    QTreeView *view() const { return m_view; }

private:
    void expandInserted(const QModelIndex &parent, int first, int last);

    QLabel *m_source;
    QTreeView *m_view;
    ProcessRoleProxy *m_proxy;
    bool m_fitted = false;
};

} // namespace initbench
