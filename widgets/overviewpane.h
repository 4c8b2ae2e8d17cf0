#pragma once
#include "engine/containerstate.h"
#include "inspect/containerusagesampler.h"
#include "inspect/resourcehistory.h"
#include "recipe/hostfacts.h"
#include "backgroundwork.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;

namespace initbench {

class Catalog;
class UsageGraph;

// The Overview of the container chosen in the list: what it is (engine, distro, init, state,
// SSH port), what it was given (the security summary of the command it runs with), the exact
// commands that made and started it, copyable, and its CPU, memory and process count over the
// last five minutes, read from its cgroup every 2 s. Every running container is read, not only
// the one shown, so switching back to one shows its whole history.
class OverviewPane : public QWidget
{
    Q_OBJECT
public:
    OverviewPane(const Catalog &catalog, HostFacts host, QWidget *parent = nullptr);

    // The containers as the list last saw them: the running ones are read from now on.
    void setContainers(const QList<ContainerState> &containers);
    void setContainer(const QString &name, const QString &engine);
    // Reads every running container once, off the GUI thread (a container with thousands of
    // processes read from /proc takes tens of milliseconds); sampled() follows. The timer calls
    // it; tests too. A reading still under way makes this one a no-op.
    void sample();

signals:
    void sampled();

private:
    struct Tracked {
        ContainerState state;
        ResourceHistory history;
        std::shared_ptr<ContainerUsageSampler> sampler; // for state.hostPid; used on the worker only
        QString source;     // where the last reading came from
        QString unknownWhy; // why nothing could be read, from the last reading
    };
    // One container's reading on the worker: its history copied there and back.
    struct Reading {
        QString key;
        int hostPid = 0;
        std::shared_ptr<ContainerUsageSampler> sampler;
        ResourceHistory history;
        QString source;
        QString unknownWhy;
    };
    void applyReadings(const QList<Reading> &readings);
    static QString keyOf(const QString &name, const QString &engine) { return engine + QLatin1Char('/') + name; }
    void showFacts();
    void showGraphs();

    const Catalog &m_catalog;
    HostFacts m_host;
    QHash<QString, Tracked> m_tracked;
    QString m_name;
    QString m_engine;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_security;
    QPlainTextEdit *m_commands;
    UsageGraph *m_cpu;
    UsageGraph *m_memory;
    UsageGraph *m_processes;
    QLabel *m_usageWhy;
    BackgroundWork m_work{this}; // last: destroyed first, waiting for a reading still running
};

} // namespace initbench
