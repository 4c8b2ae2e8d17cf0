#include "inspect/serviceparsers.h"

#include <QRegularExpression>

#include <algorithm>

namespace initbench::ServiceParsers {

namespace {

// rc-status and herd colour their output on a terminal; a pty exec would hand us the escapes.
QString withoutAnsi(const QString &text)
{
    static const QRegularExpression csi(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]"));
    return QString(text).remove(csi);
}

QStringList lines(const QString &text)
{
    return withoutAnsi(text).split(QLatin1Char('\n'));
}

QString unreadable(const QString &line)
{
    return QStringLiteral("unreadable line: %1").arg(line.trimmed());
}

QString baseName(const QString &path)
{
    QString p = path;
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p.mid(p.lastIndexOf(QLatin1Char('/')) + 1);
}

// Adds a row, or merges it into the row of the same name (a service listed under several
// runlevels or sections keeps one row naming all of them).
void addOrMerge(QList<ServiceRow> &rows, const ServiceRow &row)
{
    for (ServiceRow &r : rows) {
        if (r.name != row.name)
            continue;
        if (!row.group.isEmpty() && !r.group.split(QStringLiteral(", ")).contains(row.group))
            r.group = r.group.isEmpty() ? row.group : r.group + QStringLiteral(", ") + row.group;
        return;
    }
    rows.append(row);
}

} // namespace

ServiceParse systemdUnits(const QString &text)
{
    ServiceParse out;
    for (const QString &line : lines(text)) {
        QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.isEmpty())
            continue;
        if (f.constFirst() == QStringLiteral("\u25cf") || f.constFirst() == QLatin1String("*"))
            f.removeFirst();
        if (f.size() < 4 || !f.at(0).contains(QLatin1Char('.'))) {
            out.warnings << unreadable(line);
            continue;
        }
        ServiceRow row;
        row.name = f.at(0);
        const QString &load = f.at(1), &active = f.at(2), &sub = f.at(3);
        // ACTIVE is systemd's summary of SUB; transitions towards down count as stopped.
        if (active == QLatin1String("active") || active == QLatin1String("reloading"))
            row.state = ServiceState::Running;
        else if (active == QLatin1String("inactive") || active == QLatin1String("deactivating"))
            row.state = ServiceState::Stopped;
        else if (active == QLatin1String("failed"))
            row.state = ServiceState::Failed;
        else if (active == QLatin1String("activating"))
            row.state = ServiceState::Starting;
        row.detail = QStringLiteral("%1 (%2)").arg(active, sub);
        if (load != QLatin1String("loaded"))
            row.detail += QStringLiteral(", ") + load;
        out.rows << row;
    }
    return out;
}

void applySystemdMainPids(QList<ServiceRow> &rows, const QString &text)
{
    // Blocks come in systemd's own property order, so read a whole block before using it.
    const auto apply = [&rows](const QString &id, qint64 pid) {
        for (ServiceRow &r : rows)
            if (r.name == id && pid > 0)
                r.pid = pid;
    };
    QString id;
    qint64 pid = 0;
    for (const QString &line : lines(text + QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            apply(id, pid);
            id.clear();
            pid = 0;
        } else if (line.startsWith(QLatin1String("Id="))) {
            id = line.mid(3).trimmed();
        } else if (line.startsWith(QLatin1String("MainPID="))) {
            pid = line.mid(8).trimmed().toLongLong();
        }
    }
}

ServiceParse sysvStatusAll(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\[\\s*([+?-])\\s*\\]\\s+(\\S+)\\s*$"));
    ServiceParse out;
    for (const QString &line : lines(text)) {
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = re.match(line);
        if (!m.hasMatch()) {
            out.warnings << unreadable(line);
            continue;
        }
        ServiceRow row;
        row.name = m.captured(2);
        const QChar mark = m.captured(1).at(0);
        // "[ ? ]": the script has no status action, so the init cannot tell.
        row.state = mark == QLatin1Char('+') ? ServiceState::Running
                  : mark == QLatin1Char('-') ? ServiceState::Stopped
                                             : ServiceState::Unknown;
        row.detail = QStringLiteral("[ %1 ]").arg(mark);
        out.rows << row;
    }
    // stdout and stderr arrive as two streams: put the rows back in service's own (name) order.
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const ServiceRow &a, const ServiceRow &b) { return a.name < b.name; });
    return out;
}

QString sysvRunlevel(const QString &text)
{
    const QStringList f = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (f.size() != 2)
        return {}; // "unknown" when utmp has no runlevel record
    return f.at(1).trimmed();
}

ServiceParse openrcStatus(const QString &text)
{
    static const QRegularExpression header(QStringLiteral("^(?:Dynamic )?Runlevel: (.+)$"));
    static const QRegularExpression entry(QStringLiteral("^\\s*(\\S+)\\s+\\[\\s*(.+?)\\s*\\]\\s*$"));
    ServiceParse out;
    QString runlevel;
    for (const QString &line : lines(text)) {
        if (line.trimmed().isEmpty())
            continue;
        if (const auto h = header.match(line.trimmed()); h.hasMatch()) {
            runlevel = h.captured(1).trimmed();
            continue;
        }
        const auto m = entry.match(line);
        if (!m.hasMatch()) {
            out.warnings << unreadable(line);
            continue;
        }
        ServiceRow row;
        row.name = m.captured(1);
        row.group = runlevel;
        row.detail = m.captured(2);
        // Supervised services add their uptime: "started 00:12:04 (0)".
        const QString word = row.detail.section(QLatin1Char(' '), 0, 0);
        if (word == QLatin1String("started") || word == QLatin1String("hotplugged"))
            row.state = ServiceState::Running;
        else if (word == QLatin1String("stopped") || word == QLatin1String("stopping"))
            row.state = ServiceState::Stopped;
        else if (word == QLatin1String("crashed") || word == QLatin1String("failed"))
            row.state = ServiceState::Failed;
        // "inactive": started, but waiting for something it needs; "scheduled": queued to start.
        else if (word == QLatin1String("starting") || word == QLatin1String("inactive") || word == QLatin1String("scheduled"))
            row.state = ServiceState::Starting;
        addOrMerge(out.rows, row);
    }
    return out;
}

ServiceParse runitStatus(const QString &text)
{
    // sv(8): "STATE: PATH: [(pid N) ]Ns[, normally up|down][, paused][, want up|down][, got TERM]",
    // then "; " and the same for the log service.
    static const QRegularExpression re(QStringLiteral("^(run|down|finish): (.+?): (?:\\(pid (\\d+)\\) )?(\\d+s.*)$"));
    static const QRegularExpression problem(QStringLiteral("^(warning|fail): (.+?): (.+)$"));
    ServiceParse out;
    for (const QString &line : lines(text)) {
        if (line.trimmed().isEmpty())
            continue;
        const QString main = line.section(QStringLiteral("; "), 0, 0).trimmed();
        const QString log = line.section(QStringLiteral("; "), 1).trimmed();
        const auto m = re.match(main);
        if (!m.hasMatch()) {
            const auto p = problem.match(main);
            // "warning: DIR: unable to open supervise/ok": the service is there, runsv is not.
            if (p.hasMatch() && p.captured(1) == QLatin1String("warning") && !p.captured(2).contains(QLatin1Char('*')))
                out.rows << ServiceRow{baseName(p.captured(2)), ServiceState::Unknown, 0, {}, p.captured(3)};
            out.warnings << (p.hasMatch() ? QStringLiteral("sv: %1: %2").arg(p.captured(2), p.captured(3)) : unreadable(line));
            continue;
        }
        ServiceRow row;
        row.name = baseName(m.captured(2));
        const QString state = m.captured(1), rest = m.captured(4);
        if (state == QLatin1String("run")) {
            row.state = ServiceState::Running;
            row.pid = m.captured(3).toLongLong();
        } else if (state == QLatin1String("down")) {
            // Down although runsv wants it up: its run script keeps exiting.
            row.state = rest.contains(QLatin1String("want up")) ? ServiceState::Failed : ServiceState::Stopped;
        } else {
            row.state = ServiceState::Stopped; // finish: the ./finish script runs after a stop
        }
        row.detail = QStringLiteral("%1: %2").arg(state, rest);
        if (!log.isEmpty())
            row.detail += QStringLiteral("; ") + log;
        out.rows << row;
    }
    return out;
}

ServiceParse s6Status(const QString &text)
{
    // s6-svstat (skarnet.org/software/s6/s6-svstat.html): "up (pid N) S seconds[, ...]" or
    // "down (exitcode N|signal SIGX) S seconds[, normally up][, want up][, ready S seconds]";
    // s6 before 2.2 printed "down S seconds" without the parenthesis.
    static const QRegularExpression svstat(QStringLiteral("^(up|down) (?:\\((pid (\\d+)|[^)]*)\\) )?(\\d+ seconds.*)$"));
    ServiceParse out;
    QString section;
    QStringList up, down;
    QList<ServiceRow> supervised;
    for (const QString &raw : lines(text)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        if (section == QLatin1String("up") || section == QLatin1String("down")) {
            (section == QLatin1String("up") ? up : down) << line;
            continue;
        }
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        if (section != QLatin1String("supervised") || colon <= 0) {
            out.warnings << unreadable(line);
            continue;
        }
        ServiceRow row;
        row.name = line.left(colon);
        row.detail = line.mid(colon + 2);
        const auto m = svstat.match(row.detail);
        if (!m.hasMatch()) {
            // "s6-svstat: fatal: unable to read status for ...: s6-supervise not running"
            out.warnings << QStringLiteral("%1: %2").arg(row.name, row.detail);
        } else if (m.captured(1) == QLatin1String("up")) {
            row.state = ServiceState::Running;
            row.pid = m.captured(3).toLongLong();
        } else {
            row.state = m.captured(4).contains(QLatin1String("want up")) ? ServiceState::Failed : ServiceState::Stopped;
        }
        supervised << row;
    }
    // s6-rc knows oneshots and longruns; only longruns have a supervised directory, and
    // s6-overlay's own helpers (s6rc-oneshot-runner...) and legacy services.d only have that.
    for (const QString &name : up + down) {
        ServiceRow row{name, up.contains(name) ? ServiceState::Running : ServiceState::Stopped, 0, QStringLiteral("oneshot"),
                       up.contains(name) ? QStringLiteral("up") : QStringLiteral("down")};
        for (const ServiceRow &s : std::as_const(supervised)) {
            if (s.name != name)
                continue;
            row.group = QStringLiteral("longrun");
            row.pid = s.pid;
            row.detail = s.detail;
            if (s.state != ServiceState::Unknown)
                row.state = s.state;
        }
        out.rows << row;
    }
    for (ServiceRow s : std::as_const(supervised)) {
        if (up.contains(s.name) || down.contains(s.name))
            continue;
        s.group = QStringLiteral("supervised");
        out.rows << s;
    }
    return out;
}

ServiceParse shepherdStatus(const QString &text)
{
    // herd.scm, display-status-summary: a header per state, then " BULLET name" lines, each
    // section printed only when not empty. "Starting:", "Stopping:" and "Failed to start:" came
    // with shepherd 0.10; older ones print only "Started:", "Stopped:" and "One-shot:".
    static const QRegularExpression entry(QStringLiteral("^\\s*([-+*!^v])\\s+(\\S.*)$"));
    ServiceParse out;
    QString section;
    for (const QString &raw : lines(text)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.endsWith(QLatin1Char(':')) && !raw.startsWith(QLatin1Char(' '))) {
            section = line.chopped(1);
            continue;
        }
        const auto m = entry.match(raw);
        if (!m.hasMatch() || section.isEmpty()) {
            out.warnings << unreadable(raw);
            continue;
        }
        ServiceRow row;
        row.name = m.captured(2).trimmed();
        row.detail = section.toLower();
        if (section == QLatin1String("Started"))
            row.state = ServiceState::Running;
        else if (section == QLatin1String("Starting"))
            row.state = ServiceState::Starting;
        else if (section == QLatin1String("Stopped") || section == QLatin1String("Stopping") || section == QLatin1String("One-shot"))
            row.state = ServiceState::Stopped;
        else if (section == QLatin1String("Failed to start"))
            row.state = ServiceState::Failed;
        out.rows << row;
    }
    return out;
}

ServiceParse inittab(const QString &text)
{
    ServiceParse out;
    for (const QString &raw : lines(text)) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char(':'));
        if (f.size() < 4 || f.at(2).isEmpty()) {
            out.warnings << unreadable(line);
            continue;
        }
        const QString process = f.mid(3).join(QLatin1Char(':')).trimmed();
        ServiceRow row;
        // busybox leaves the id empty for most lines (it is the tty there): name by program.
        row.name = f.at(0).isEmpty() ? baseName(process.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty)) : f.at(0);
        row.group = f.at(2);
        row.detail = process;
        out.rows << row;
    }
    return out;
}

} // namespace initbench::ServiceParsers
