#include "containermonitor.h"

namespace initbench {

ContainerMonitor::ContainerMonitor(QObject *parent)
    : QObject(parent), m_processes(new ProcessTreeModel(this)), m_sessions(makeSessionsModel(this)), m_history(makeHistoryModel(this)),
      m_services(makeServicesModel(this))
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("initbench-monitor"));
    m_thread.start();
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(++m_ticks % kSlowEvery == 0); });
}

ContainerMonitor::~ContainerMonitor()
{
    m_timer.stop();
    m_thread.quit();
    m_thread.wait(); // a read in progress finishes first; its result is then dropped with us
}

void ContainerMonitor::setInspection(std::unique_ptr<IContainerInspection> inspection)
{
    ++m_generation;
    m_inspection = std::move(inspection);
    m_busy = false;
    m_ticks = 0;
}

void ContainerMonitor::setInterval(int ms) { m_timer.setInterval(qMax(100, ms)); }

void ContainerMonitor::start()
{
    m_timer.start();
    refreshNow();
}

void ContainerMonitor::stop() { m_timer.stop(); }

void ContainerMonitor::refreshNow() { tick(true); }

void ContainerMonitor::tick(bool slow)
{
    if (!m_inspection || m_busy)
        return;
    m_busy = true;
    const quint64 generation = m_generation;
    // The inspection is shared with the queued read, so replacing it here never pulls it from
    // under a read still running on the worker.
    std::shared_ptr<IContainerInspection> inspection = m_inspection;
    QMetaObject::invokeMethod(m_worker, [this, inspection, generation, slow] {
        QElapsedTimer t;
        t.start();
        Reading r;
        r.processes = inspection->processes();
        r.who = inspection->who();
        r.slow = slow;
        if (slow) {
            r.last = inspection->last();
            r.services = inspection->services();
        }
        r.ms = t.elapsed();
        QMetaObject::invokeMethod(this, [this, generation, r] { apply(generation, r); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ContainerMonitor::apply(quint64 generation, const Reading &reading)
{
    if (generation != m_generation)
        return; // a reading of the container watched before
    m_busy = false;
    m_lastRefreshMs = reading.ms;
    if (!reading.processes.ok()) {
        emit failed(reading.processes.error);
    } else {
        m_processes->update(reading.processes);
        m_processSource = reading.processes.source;
    }
    m_who = reading.who;
    m_sessions->setRows(reading.who.sessions);
    if (reading.slow) {
        m_last = reading.last;
        m_history->setRows(reading.last.history);
        m_serviceList = reading.services;
        m_services->setRows(reading.services.rows);
    }
    emit refreshed();
}

} // namespace initbench
