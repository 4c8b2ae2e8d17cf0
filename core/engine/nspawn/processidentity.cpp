#include "engine/nspawn/processidentity.h"

#include <QFile>

#include <cerrno>
#include <csignal>

namespace initbench {

namespace {

QByteArray readProc(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(4096) : QByteArray();
}

} // namespace

QString ProcessIdentity::currentBootId()
{
    // Fixed for as long as this process runs: read once (stop() asks many times a second).
    static const QString bootId = QString::fromLatin1(readProc(QStringLiteral("/proc/sys/kernel/random/boot_id")).trimmed());
    return bootId;
}

ProcessIdentity ProcessIdentity::of(qint64 pid)
{
    ProcessIdentity id;
    id.pid = pid;
    id.bootId = currentBootId();
    const QByteArray stat = readProc(QStringLiteral("/proc/%1/stat").arg(pid));
    // "PID (comm) S ppid ...": fields after the last ')' start at field 3; starttime is field 22.
    const qsizetype close = stat.lastIndexOf(')');
    const qsizetype open = stat.indexOf('(');
    if (close < 0 || open < 0)
        return id;
    id.comm = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() > 19 && fields.at(0) != "Z")
        id.startTime = fields.at(19).toULongLong();
    return id;
}

bool ProcessIdentity::stillRuns() const
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    const ProcessIdentity now = of(pid);
    if (now.startTime == 0) // a zombie, or gone since
        return false;
    if (!bootId.isEmpty() && bootId != now.bootId)
        return false;
    if (startTime != 0 && startTime != now.startTime)
        return false;
    return comm.isEmpty() || comm == now.comm;
}

} // namespace initbench
