#pragma once
#include "backgroundwork.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QTimer;

namespace initbench {

// One container's boot console, read again every 2 s off the GUI thread while a pane that
// shows it is visible (the Console and Findings tabs share one feed, so it is read once for
// both), and never while none is.
class ConsoleFeed : public QObject
{
    Q_OBJECT
public:
    // Reads a container's console (docker/podman logs, nspawn's console log); blocking, so it
    // runs on a worker thread. Empty with *error set when it cannot.
    using Reader = std::function<QString(const QString &name, const QString &engine, QString *error)>;

    explicit ConsoleFeed(QObject *parent = nullptr);

    void setReader(Reader reader);
    void setContainer(const QString &name, const QString &engine);
    QString name() const { return m_name; }
    QString engine() const { return m_engine; }
    // A pane shown (watching) or hidden: reads run while one watches.
    void watch(const QObject *watcher, bool watching);
    void refresh();

signals:
    void containerChanged(const QString &name, const QString &engine);
    // A read of the current container: at most its last 1 MiB.
    void read(const QString &console, const QString &error);

private:
    Reader m_reader;
    QString m_name;
    QString m_engine;
    QSet<const QObject *> m_watchers;
    QTimer *m_timer;
    BackgroundWork m_work{this}; // last: destroyed first, waiting for a read still running
};

} // namespace initbench
