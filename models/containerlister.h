#pragma once
#include "engine/containerstate.h"
#include "engine/enginestatus.h"
#include "backgroundwork.h"

#include <QObject>
#include <QStringList>

namespace initbench {

class IInspectionProvider;

// Lists the containers through a provider on a short-lived worker thread, so the window never
// waits on an engine. A request while one runs is remembered and run once after it.
class ContainerLister : public QObject
{
    Q_OBJECT
public:
    explicit ContainerLister(QObject *parent = nullptr);

    void setProvider(IInspectionProvider *provider); // not owned; nullptr: nothing to list
    void refresh();
    bool isBusy() const { return m_work.busy(); }

signals:
    void listed(const QList<initbench::ContainerState> &containers, const QStringList &warnings,
                const QList<initbench::EngineStatus> &engines);

private:
    struct Listing
    {
        QList<ContainerState> containers;
        QStringList warnings;
        QList<EngineStatus> engines;
    };
    void finish(const Listing &listing);

    IInspectionProvider *m_provider = nullptr;
    bool m_again = false;
    BackgroundWork m_work{this}; // last: destroyed first, waiting for a listing still running
};

} // namespace initbench
