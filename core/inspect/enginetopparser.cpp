#include "inspect/enginetopparser.h"

#include <QRegularExpression>

namespace initbench::enginetop {

QStringList dockerTopArguments(const QString &name)
{
    return {QStringLiteral("top"), name, QStringLiteral("-eo"), QStringLiteral("pid,ppid,uid,stat,pcpu,rss,etimes,args")};
}

QStringList podmanTopArguments(const QString &name)
{
    return {QStringLiteral("top"), name, QStringLiteral("pid"), QStringLiteral("hpid"), QStringLiteral("ppid"),
            QStringLiteral("user"), QStringLiteral("state"), QStringLiteral("pcpu"), QStringLiteral("rss"),
            QStringLiteral("etime"), QStringLiteral("args")};
}

QStringList psArgv()
{
    return {QStringLiteral("ps"), QStringLiteral("-eo"), QStringLiteral("pid,ppid,user:32,stat,pcpu,rss,etimes,args")};
}

static const double kCenturySeconds = 100.0 * 365.25 * 24 * 3600;

double parseGoDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("([0-9]+(?:\\.[0-9]*)?)(h|ms|us|µs|ns|m|s)"));
    if (text.isEmpty())
        return -1;
    double seconds = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        const QRegularExpressionMatch m = part.match(text, at, QRegularExpression::NormalMatch,
                                                         QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return -1;
        const double v = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        static const QHash<QString, double> scale{{QStringLiteral("h"), 3600}, {QStringLiteral("m"), 60},
                                                  {QStringLiteral("s"), 1},    {QStringLiteral("ms"), 1e-3},
                                                  {QStringLiteral("us"), 1e-6}, {QStringLiteral("µs"), 1e-6},
                                                  {QStringLiteral("ns"), 1e-9}};
        seconds += v * scale.value(unit);
        at = m.capturedEnd();
    }
    return seconds;
}

QHash<uint, QString> parsePasswd(const QByteArray &passwd)
{
    QHash<uint, QString> users;
    for (const QByteArray &line : passwd.split('\n')) {
        const QList<QByteArray> f = line.split(':');
        bool ok = false;
        const uint uid = f.value(2).toUInt(&ok);
        if (f.size() >= 3 && ok && !users.contains(uid))
            users.insert(uid, QString::fromUtf8(f.at(0)));
    }
    return users;
}

namespace {

enum class Column { Pid, HostPid, Ppid, User, Uid, State, Cpu, Rss, Elapsed, Command, Other };

Column columnOf(const QString &title)
{
    static const QHash<QString, Column> titles{
        {QStringLiteral("PID"), Column::Pid},       {QStringLiteral("HPID"), Column::HostPid},
        {QStringLiteral("PPID"), Column::Ppid},     {QStringLiteral("USER"), Column::User},
        {QStringLiteral("UID"), Column::Uid},       {QStringLiteral("STAT"), Column::State},
        {QStringLiteral("STATE"), Column::State},   {QStringLiteral("%CPU"), Column::Cpu},
        {QStringLiteral("RSS"), Column::Rss},       {QStringLiteral("ELAPSED"), Column::Elapsed},
        {QStringLiteral("COMMAND"), Column::Command}, {QStringLiteral("CMD"), Column::Command}};
    return titles.value(title, Column::Other);
}

QString commandName(const QString &command)
{
    // What ps calls comm, guessed from the command line: "/usr/sbin/sshd -D" -> "sshd",
    // "sshd: root@pts/0" -> "sshd", "[kworker]" -> "kworker".
    QString first = command.section(QLatin1Char(' '), 0, 0);
    if (first.endsWith(QLatin1Char(':')))
        first.chop(1);
    if (first.startsWith(QLatin1Char('[')) && first.endsWith(QLatin1Char(']')))
        first = first.mid(1, first.size() - 2);
    return first.section(QLatin1Char('/'), -1).left(15);
}

} // namespace

Parsed parse(const QByteArray &output, const QDateTime &now, const QHash<uint, QString> &users)
{
    Parsed result;
    const QList<QByteArray> lines = output.split('\n');
    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first == lines.size()) {
        result.error = QStringLiteral("the engine printed no process table");
        return result;
    }
    QList<Column> columns;
    for (const QString &title : QString::fromUtf8(lines.at(first)).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        columns << columnOf(title);
    if (!columns.contains(Column::Pid) || columns.isEmpty() || columns.constLast() != Column::Command) {
        result.error = QStringLiteral("not a process table (its header has no PID, or COMMAND is not last): %1")
                           .arg(QString::fromUtf8(lines.at(first).left(120)));
        return result;
    }
    const bool hasContainerPids = columns.contains(Column::HostPid) || !columns.contains(Column::Uid);
    int skipped = 0;
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        if (line.trimmed().isEmpty())
            continue;
        // The first n-1 fields are single words; the rest of the line is the command.
        QStringList fields;
        qsizetype at = 0;
        for (qsizetype c = 0; c + 1 < columns.size(); ++c) {
            while (at < line.size() && line.at(at).isSpace())
                ++at;
            const qsizetype start = at;
            while (at < line.size() && !line.at(at).isSpace())
                ++at;
            fields << line.mid(start, at - start);
        }
        while (at < line.size() && line.at(at).isSpace())
            ++at;
        fields << line.mid(at).trimmed();
        ProcessInfo p;
        bool valid = true;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString &f = fields.at(c);
            bool ok = true;
            switch (columns.at(c)) {
            case Column::Pid: p.pid = f.toLongLong(&ok); valid = valid && ok && p.pid > 0; break;
            case Column::HostPid: p.hostPid = f.toLongLong(&ok); break;
            case Column::Ppid: p.ppid = f.toLongLong(&ok); break;
            case Column::User: p.user = f; break;
            case Column::Uid: p.user = users.value(f.toUInt(), f); break;
            case Column::State: p.state = f; break;
            case Column::Cpu: p.cpuPercent = f.toDouble(&ok); break;
            case Column::Rss: p.rssKb = f.toLongLong(&ok); break;
            case Column::Elapsed: {
                bool integer = false;
                double s = f.toLongLong(&integer);
                if (!integer)
                    s = parseGoDuration(f);
                // A process older than a century is nonsense (and past qRound64's range, found by
                // fuzz_engineoutput): its start stays unknown.
                if (s >= 0 && s < kCenturySeconds && now.isValid())
                    p.started = now.addMSecs(-qRound64(s * 1000));
                break;
            }
            case Column::Command: p.command = f; break;
            case Column::Other: break;
            }
            valid = valid && ok;
        }
        if (!valid || p.command.isEmpty()) {
            ++skipped;
            continue;
        }
        p.name = commandName(p.command);
        // docker top: ps ran on the engine's host, so its PID column holds host PIDs.
        if (!hasContainerPids) {
            p.hostPid = p.pid;
            p.pid = 0;
            p.id = p.hostPid;
            p.parentId = p.ppid;
            p.ppid = 0;
        } else {
            p.id = p.pid;
            p.parentId = p.ppid;
        }
        result.processes << p;
    }
    if (skipped > 0)
        result.warnings << QStringLiteral("%1 line(s) of the process table could not be read").arg(skipped);
    return result;
}

} // namespace initbench::enginetop
