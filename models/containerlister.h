#pragma once
#include "engine/containerstate.h"
#include "engine/enginestatus.h"

#include <QObject>
#include <QStringList>

class QThread;

namespace initbench {

class IInspectionProvider;

// Lists the containers through a provider on a short-lived worker thread, so the window never
// waits on an engine. A request while one runs is remembered and run once after it.
class ContainerLister : public QObject
{
    Q_OBJECT
public:
    explicit ContainerLister(QObject *parent = nullptr);
    ~ContainerLister() override; // waits for a listing still running

    void setProvider(IInspectionProvider *provider); // not owned; nullptr: nothing to list
    void refresh();
    bool isBusy() const { return m_thread != nullptr; }

signals:
    void listed(const QList<initbench::ContainerState> &containers, const QStringList &warnings,
                const QList<initbench::EngineStatus> &engines);

private:
    void finish();

    IInspectionProvider *m_provider = nullptr;
    QThread *m_thread = nullptr;
    bool m_again = false;
    QList<ContainerState> m_containers; // written by the thread, read after it finished
    QStringList m_warnings;
    QList<EngineStatus> m_engines;
};

} // namespace initbench
