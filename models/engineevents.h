#pragma once
#include "process/commandline.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QProcess;
class QTimer;

namespace initbench {

// Tells the Containers list when something may have changed, so it lists again at once rather
// than asking every engine every 2 s: each engine's event stream (`docker events`...) runs as
// a child process whose lines are the signal (read and dropped: never parsed, never shown), and
// each watched folder (nspawn's machines) and its subfolders are watched for state files
// written or removed. A stream that ends
// (its daemon stopped) is started again every 10 s; until then allWatched() is false and the
// list goes back to asking every 2 s.
class EngineEvents : public QObject
{
    Q_OBJECT
public:
    EngineEvents(QList<CommandLine> streams, QStringList folders, QObject *parent = nullptr);
    ~EngineEvents() override;

    void start();
    void stop();
    bool allWatched() const;

signals:
    void changed();
    void watchingChanged(bool allWatched);

private:
    void startStream(int index);
    void rewatchFolders();

    QList<CommandLine> m_streams;
    QList<QProcess *> m_processes;
    QStringList m_folders;
    QFileSystemWatcher *m_files;
    QTimer *m_retry;
    bool m_running = false;
};

} // namespace initbench
