#include "engineevents.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QProcess>
#include <QTimer>

namespace initbench {

EngineEvents::EngineEvents(QList<CommandLine> streams, QStringList folders, QObject *parent)
    : QObject(parent), m_streams(std::move(streams)), m_folders(std::move(folders)), m_files(new QFileSystemWatcher(this)),
      m_retry(new QTimer(this))
{
    m_retry->setInterval(10000);
    connect(m_retry, &QTimer::timeout, this, [this] {
        for (int i = 0; i < m_processes.size(); ++i)
            if (m_processes.at(i)->state() == QProcess::NotRunning)
                startStream(i);
    });
    connect(m_files, &QFileSystemWatcher::directoryChanged, this, [this] {
        rewatchFolders(); // a machine made or removed: watch its folder too
        emit changed();
    });
}

EngineEvents::~EngineEvents()
{
    stop();
}

void EngineEvents::start()
{
    if (m_running)
        return;
    m_running = true;
    for (int i = 0; i < m_streams.size(); ++i) {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->setStandardInputFile(QProcess::nullDevice());
        // Only "something happened": the bytes are dropped as they come, so nothing piles up.
        connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
            process->readAllStandardOutput();
            emit changed();
        });
        connect(process, &QProcess::readyReadStandardError, process, [process] { process->readAllStandardError(); });
        connect(process, &QProcess::finished, this, [this] {
            if (m_running) {
                m_retry->start();
                emit watchingChanged(false);
                emit changed(); // a daemon that stopped: its containers are to be listed again
            }
        });
        m_processes << process;
        startStream(i);
    }
    rewatchFolders();
    emit watchingChanged(allWatched());
}

void EngineEvents::startStream(int index)
{
    QProcess *process = m_processes.at(index);
    process->start(m_streams.at(index).program, m_streams.at(index).arguments);
    if (process->waitForStarted(2000) && allWatched()) {
        m_retry->stop();
        emit watchingChanged(true);
        emit changed(); // back: what happened meanwhile is not in the stream
    } else if (!allWatched()) {
        m_retry->start();
    }
}

void EngineEvents::stop()
{
    m_running = false;
    m_retry->stop();
    for (QProcess *process : std::as_const(m_processes)) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(2000);
        delete process;
    }
    m_processes.clear();
    if (!m_files->directories().isEmpty())
        m_files->removePaths(m_files->directories());
}

bool EngineEvents::allWatched() const
{
    for (const QProcess *process : m_processes)
        if (process->state() != QProcess::Running)
            return false;
    return m_running;
}

void EngineEvents::rewatchFolders()
{
    QStringList wanted;
    for (const QString &folder : m_folders) {
        if (folder.isEmpty() || !QDir(folder).exists())
            continue;
        wanted << folder;
        for (const QString &machine : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            wanted << QDir(folder).filePath(machine);
    }
    const QStringList watched = m_files->directories();
    for (const QString &dir : wanted)
        if (!watched.contains(dir))
            m_files->addPath(dir);
}

} // namespace initbench
