#include "consolefeed.h"

#include <QTimer>

#include <utility>

namespace initbench {

namespace {

// At most this much of a console's end is shown and examined: a console can be endless.
constexpr int kMaxChars = 1 << 20;

} // namespace

ConsoleFeed::ConsoleFeed(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &ConsoleFeed::refresh);
}

void ConsoleFeed::setReader(Reader reader)
{
    m_reader = std::move(reader);
}

void ConsoleFeed::setContainer(const QString &name, const QString &engine)
{
    if (name == m_name && engine == m_engine)
        return;
    m_name = name;
    m_engine = engine;
    emit containerChanged(name, engine);
    if (!m_watchers.isEmpty())
        refresh();
}

void ConsoleFeed::watch(const QObject *watcher, bool watching)
{
    const bool was = !m_watchers.isEmpty();
    if (watching)
        m_watchers.insert(watcher);
    else
        m_watchers.remove(watcher);
    if (!was && !m_watchers.isEmpty()) {
        refresh();
        m_timer->start();
    } else if (was && m_watchers.isEmpty()) {
        m_timer->stop();
    }
}

void ConsoleFeed::refresh()
{
    if (m_work.busy() || !m_reader || m_name.isEmpty())
        return; // one read at a time; the timer asks again
    const QString name = m_name, engine = m_engine;
    Reader reader = m_reader;
    using Read = std::pair<QString, QString>; // console, error
    m_work.start<Read>(
        [reader, name, engine] {
            QString error;
            QString console = reader(name, engine, &error).right(kMaxChars);
            return Read{console, error};
        },
        [this, name, engine](const Read &r) {
            if (name == m_name && engine == m_engine) // not a read for a container left since
                emit read(r.first, r.second);
        });
}

} // namespace initbench
