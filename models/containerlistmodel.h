#pragma once
#include "containerjobs.h"
#include "engine/containerstate.h"

#include <QAbstractTableModel>

namespace initbench {

// Every container Initbench made, on every engine, as a table: name, engine, state, SSH port
// and the engine's status line. A container with an operation running shows what it is doing
// (building, booting, stopping...) as its state, and one being built has a row before the engine
// knows it. Rows are matched by engine and name across updates, so a selection survives a
// refresh.
class ContainerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Engine, State, SshPort, Status, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setContainers(const QList<ContainerState> &containers);
    void setActivities(const QMap<QString, JobActivity> &activities);
    bool isBusy(int row) const;
    const ContainerState *container(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void showRows();

    QList<ContainerState> m_listed; // as the engines listed them
    QMap<QString, JobActivity> m_activities;
    QList<ContainerState> m_rows;
};

} // namespace initbench
