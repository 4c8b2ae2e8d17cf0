#pragma once
// A child process in a cgroup of its own, as a container's init is: made for real under
// /sys/fs/cgroup (cgroup v1: the cpuacct, memory and pids hierarchies; v2: one folder), the
// child moved into it, everything removed again at the end. Needs root (as CI runs).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <unistd.h>

class OwnCgroupChild
{
public:
    // program runs in the new cgroup (a shell loop that burns CPU, or a sleep).
    explicit OwnCgroupChild(const QStringList &argv)
    {
        const QString name = QStringLiteral("initbench-test-%1").arg(::getpid());
        if (QFile::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers")))
            m_folders << QStringLiteral("/sys/fs/cgroup/") + name;
        else
            for (const char *h : {"cpuacct", "memory", "pids"})
                m_folders << QStringLiteral("/sys/fs/cgroup/%1/%2").arg(QLatin1String(h), name);
        m_child.setProgram(argv.constFirst());
        m_child.setArguments(argv.mid(1));
        m_child.start();
        if (!m_child.waitForStarted())
            return;
        for (const QString &folder : m_folders) {
            QFile procs(folder + QStringLiteral("/cgroup.procs"));
            if (!QDir().mkpath(folder) || !procs.open(QIODevice::WriteOnly) || procs.write(QByteArray::number(m_child.processId())) < 0)
                return;
        }
        m_ready = true;
    }
    ~OwnCgroupChild()
    {
        m_child.kill();
        m_child.waitForFinished();
        for (const QString &folder : m_folders)
            QDir().rmdir(folder); // a cgroup folder goes with rmdir once empty
    }
    bool ready() const { return m_ready; }
    qint64 pid() const { return m_child.processId(); }

private:
    QStringList m_folders;
    QProcess m_child;
    bool m_ready = false;
};
