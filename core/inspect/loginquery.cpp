#include "inspect/loginquery.h"

#include "inspect/loginhistory.h"
#include "inspect/utmpformat.h"
#include "inspect/wtmpdbreader.h"
#include "inspect/wtmplast.h"

#include <QCoreApplication>

#include <algorithm>

namespace initbench {

namespace {

// LoginQuery has no tr() of its own; this gives its strings one context that lupdate recognises.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(initbench::LoginQuery)
};

QString backendOf(UtmpLayout layout, const QString &glibcName)
{
    return layout == UtmpLayout::Utmps ? QStringLiteral("utmps") : glibcName;
}

// Logins made with `docker exec`, `podman exec` or nsenter never pass through login, sshd or a
// getty, which are what write the records.
QString execNote() { return Text::tr("sessions opened with exec (docker/podman exec, nsenter) write no login record"); }

// A file that is there but was refused (a link, a FIFO, a device node where a login file
// should be) is worth a warning; one that does not exist is not. The reader says why in how.
void noteRefusal(const QString &how, QStringList *warnings)
{
    if (!how.isEmpty() && !how.contains(QLatin1String("No such file")))
        *warnings << how;
}

bool isRunit(const LoginContext &c) { return c.pid1 == QLatin1String("runit") || c.pid1 == QLatin1String("runsvdir"); }

} // namespace

QStringList LoginQuery::utmpPaths()
{
    return {QStringLiteral("/run/utmp"), QStringLiteral("/var/run/utmp"), QStringLiteral("/run/utmps/utmp")};
}

QString LoginQuery::wtmpPath() { return QStringLiteral("/var/log/wtmp"); }

QString LoginQuery::wtmpDbPath() { return QStringLiteral("/var/lib/wtmpdb/wtmp.db"); }

LoginAnswer LoginQuery::who(const ContainerFileReader &read, const LoginContext &context)
{
    LoginAnswer a;
    QStringList refused;
    for (const QString &path : utmpPaths()) {
        QByteArray bytes;
        QString how;
        if (!read(path, &bytes, &how)) {
            noteRefusal(how, &refused);
            continue;
        }
        const UtmpParseResult parsed = UtmpFormat::parse(bytes);
        a.backend = backendOf(parsed.layout, QStringLiteral("utmp"));
        a.source = QStringLiteral("%1, %2, %3").arg(path, utmpLayoutName(parsed.layout), how);
        a.sessions = LoginHistory::who(parsed.records);
        a.warnings = refused + parsed.warnings;
        if (a.sessions.isEmpty())
            a.why = Text::tr("nobody is logged in over SSH or on a console; %1").arg(execNote());
        return a;
    }
    // Debian 13 keeps no utmp under systemd (who asks logind); its wtmpdb still knows which
    // logins have not ended since the last boot.
    QByteArray bytes;
    QString how;
    const bool haveDb = read(wtmpDbPath(), &bytes, &how);
    if (!haveDb)
        noteRefusal(how, &refused);
    if (haveDb) {
        const WtmpDbResult db = WtmpDbReader::read(bytes);
        if (db.readable) {
            a.backend = QStringLiteral("wtmpdb");
            a.source = QStringLiteral("%1, logins without a logout since the last boot, %2").arg(wtmpDbPath(), how);
            a.sessions = db.openLogins;
            a.warnings = refused + db.warnings;
            if (a.sessions.isEmpty())
                a.why = Text::tr("no open login in wtmpdb; %1").arg(execNote());
            return a;
        }
    }
    a.backend = QStringLiteral("none");
    a.warnings = refused;
    a.source = Text::tr("none: no %1").arg(utmpPaths().join(QStringLiteral(", ")));
    if (context.musl)
        a.why = Text::tr("a musl system keeps utmp through utmps: its utmpd must run under the init's supervisor and keeps "
                   "/run/utmps/utmp (add the utmps service to the profile)");
    else
        a.why = Text::tr("nothing created /run/utmp at boot (an init without a utmp step, or Debian 13, where who asks logind)");
    return a;
}

LoginAnswer LoginQuery::last(const ContainerFileReader &read, const LoginContext &context)
{
    LoginAnswer a;
    QByteArray bytes;
    QString how;
    // When wtmpdb is there it is what the container's own `last` reads (Debian 13); sshd may
    // still append to /var/log/wtmp beside it.
    if (!read(wtmpDbPath(), &bytes, &how)) {
        noteRefusal(how, &a.warnings);
    } else {
        const WtmpDbResult db = WtmpDbReader::read(bytes);
        if (db.readable) {
            a.backend = QStringLiteral("wtmpdb");
            a.source = QStringLiteral("%1, SQLite, %2").arg(wtmpDbPath(), how);
            a.history = db.sessions;
            a.warnings += db.warnings;
        } else {
            a.warnings << Text::tr("%1 is not a readable wtmpdb database: %2").arg(wtmpDbPath(), db.warnings.join(QStringLiteral("; ")));
        }
    }
    how.clear();
    const bool haveWtmp = a.backend.isEmpty() && read(wtmpPath(), &bytes, &how);
    if (a.backend.isEmpty() && !haveWtmp)
        noteRefusal(how, &a.warnings);
    if (haveWtmp) {
        const WtmpLastResult parsed = WtmpLast::read(bytes);
        a.backend = backendOf(parsed.layout, QStringLiteral("wtmp"));
        a.source = QStringLiteral("%1, %2, %3").arg(wtmpPath(), utmpLayoutName(parsed.layout), how);
        a.history = parsed.sessions;
        a.warnings << parsed.warnings;
    }
    if (a.backend.isEmpty()) {
        a.backend = QStringLiteral("none");
        a.source = Text::tr("none: no %1 or %2").arg(wtmpDbPath(), wtmpPath());
        a.why = context.musl ? Text::tr("a musl system appends to /var/log/wtmp through utmps' wtmpd, which must run under the "
                                  "init's supervisor (add the utmps service to the profile)")
                             : Text::tr("nothing created /var/log/wtmp (the package that does, or the init's boot step, is missing)");
        return a;
    }
    const bool anyBoot = std::any_of(a.history.cbegin(), a.history.cend(), [](const LoginSession &s) { return s.kind == LoginSession::Boot; });
    const bool anyLogin = std::any_of(a.history.cbegin(), a.history.cend(), [](const LoginSession &s) { return s.kind == LoginSession::Login; });
    QStringList reasons;
    if (!anyBoot && isRunit(context))
        reasons << Text::tr("runit writes no boot records");
    else if (!anyBoot)
        reasons << Text::tr("no boot record: the init wrote none at boot");
    if (!anyLogin)
        reasons << Text::tr("no login yet; %1").arg(execNote());
    a.why = reasons.join(QStringLiteral("; "));
    return a;
}

} // namespace initbench
