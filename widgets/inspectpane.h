#pragma once
#include "engine/containerstate.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace initbench {

class ContainerLister;
class ContainerMonitor;
class IInspectionProvider;
class LoginPane;
class ProcessPane;
class ServicesPane;

// Looks inside one running container, live: its process tree, who is logged in, the login
// history and the init's services, each with the source it was read from. The container is
// chosen among the running ones Initbench made; the reads run on the monitor's worker thread
// and only while the pane is visible and not paused.
class InspectPane : public QWidget
{
    Q_OBJECT
public:
    explicit InspectPane(QWidget *parent = nullptr);
    ~InspectPane() override;

    // Without a provider the pane says that no engine is set up.
    void setProvider(std::unique_ptr<IInspectionProvider> provider);
    // Lists the containers again (on a worker thread), then selects preferred when it runs, else
    // keeps the one watched.
    void refreshContainers(const QString &preferred = {});

    ContainerMonitor *monitor() const { return m_monitor.get(); }
    const ContainerState &watched() const { return m_watched; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showContainers(const QList<ContainerState> &containers, const QStringList &warnings);
    void watch(const ContainerState &container);
    void unwatch(const QString &banner);
    void showReading();
    void showBanner(const QString &text);
    void updateRunning(bool visible);

    // Destroyed in reverse order: the monitor (whose reads use the provider) and the lister go first.
    std::unique_ptr<IInspectionProvider> m_provider;
    std::unique_ptr<ContainerLister> m_lister;
    std::unique_ptr<ContainerMonitor> m_monitor;

    QComboBox *m_containers;
    QPushButton *m_refresh;
    QSpinBox *m_interval;
    QPushButton *m_pause;
    QLabel *m_timing;
    QLabel *m_banner;
    QTabWidget *m_tabs;
    ProcessPane *m_processPane;
    LoginPane *m_whoPane;
    LoginPane *m_lastPane;
    ServicesPane *m_servicesPane;

    QList<ContainerState> m_listed; // running ones, in the chooser's order
    ContainerState m_watched;       // name empty: none
    QString m_preferred;
    QString m_failure;              // the monitor's failure in the reading being applied
    bool m_failing = false;         // the last reading failed (a listing was asked to see why)
    bool m_everListed = false;
    bool m_showingStopped = false; // a banner says the watched container stopped or went
};

} // namespace initbench
