#pragma once
#include "inspect/containerinspection.h"
#include "inspectionmodels.h"
#include "processtreemodel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace initbench {

// Keeps the inspection panes of one container live: owns the refresh timer (1 s by default,
// adjustable) and the models, and runs the blocking reads on its own worker thread so the window
// never waits on /proc or the engine. A tick while a refresh is still running is skipped, never
// queued. The process tree and who are read every tick; last and the services, which cost an
// exec each (sysvinit's `service --status-all` runs every script), every fifth.
class ContainerMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 1000;
    static constexpr int kSlowEvery = 5;

    explicit ContainerMonitor(QObject *parent = nullptr);
    ~ContainerMonitor() override;

    // Watches another container (nullptr: none); what an older one still sends is dropped.
    void setInspection(std::unique_ptr<IContainerInspection> inspection);
    bool hasInspection() const { return bool(m_inspection); }

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    bool isBusy() const { return m_busy; }
    void refreshNow(); // everything, the slow parts too

    ProcessTreeModel *processes() const { return m_processes; }
    SessionsModel *sessions() const { return m_sessions; }
    HistoryModel *history() const { return m_history; }
    ServicesModel *services() const { return m_services; }

    // What the panes print above each table: the source read, and why an answer is empty.
    QString processSource() const { return m_processSource; }
    LoginAnswer lastWho() const { return m_who; }
    LoginAnswer lastHistory() const { return m_last; }
    ServiceList lastServices() const { return m_serviceList; }
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }

signals:
    void refreshed();                    // the models hold a new reading
    void failed(const QString &message); // the process listing failed (container gone?)

private:
    struct Reading {
        ProcessSnapshot processes;
        LoginAnswer who;
        bool slow = false;
        LoginAnswer last;
        ServiceList services;
        qint64 ms = 0;
    };
    void tick(bool slow);
    void apply(quint64 generation, const Reading &reading);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; runs the reads
    QTimer m_timer;
    std::shared_ptr<IContainerInspection> m_inspection;
    quint64 m_generation = 0;
    bool m_busy = false;
    int m_ticks = 0;

    ProcessTreeModel *m_processes;
    SessionsModel *m_sessions;
    HistoryModel *m_history;
    ServicesModel *m_services;
    QString m_processSource;
    LoginAnswer m_who;
    LoginAnswer m_last;
    ServiceList m_serviceList;
    qint64 m_lastRefreshMs = 0;
};

} // namespace initbench
