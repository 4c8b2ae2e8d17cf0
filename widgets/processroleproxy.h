#pragma once
#include <QSortFilterProxyModel>

namespace initbench {

// Sorts the process tree by the model's SortRole (numbers as numbers) and makes the init's
// structure visible: the commands of PID 1, supervisors and the first process of each systemd
// unit carry a tag ("[init]", "[supervisor]", "[unit ssh.service]"); PID 1 and supervisors are bold.
class ProcessRoleProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProcessRoleProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

    QString tagFor(const QString &role, const QString &unit) const; // empty for other processes
};

} // namespace initbench
