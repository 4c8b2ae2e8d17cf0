#include "inspect/wtmpdbreader.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QVariant>

#include <algorithm>

namespace initbench {

namespace {

// wtmpdb.h: the Type column. RUNLEVEL is defined but never written under systemd or runit.
constexpr int wtmpdbBootTime = 1;
constexpr int wtmpdbRunLevel = 2;
constexpr int wtmpdbUserProcess = 3;

// Login and Logout are microseconds since the epoch (Y2038-safe 64-bit integers).
QDateTime fromMicroseconds(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong() / 1000, Qt::UTC);
}

// What one read may take from a container's database.
const int kMaxRows = 2000000;
const qint64 kDeadlineMs = 20000;

// A QSqlDatabase connection belongs to one thread and needs a unique name; the guard removes it
// even when the read bails out early.
class Connection
{
public:
    explicit Connection(const QString &file)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("initbench-wtmpdb-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        // Immutable: SQLite neither locks nor looks for a journal beside the copy (a hostile
        // database cannot make it write or wait).
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1").arg(file));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        m_open = db.open();
        if (!m_open)
            m_error = db.isValid() ? db.lastError().text()
                                   : QCoreApplication::translate("WtmpDbReader", "Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)");
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

WtmpDbResult WtmpDbReader::read(const QByteArray &database)
{
    WtmpDbResult result;
    if (!database.startsWith("SQLite format 3")) {
        result.warnings << QCoreApplication::translate("WtmpDbReader", "not an SQLite database (%n byte(s))", nullptr, int(database.size()));
        return result;
    }
    QTemporaryFile copy;
    if (!copy.open() || copy.write(database) != database.size() || !copy.flush()) {
        result.warnings << QCoreApplication::translate("WtmpDbReader", "cannot write a private copy of the database: %1").arg(copy.errorString());
        return result;
    }
    struct Row {
        int type;
        QString user, tty, host;
        QDateTime login, logout;
    };
    QList<Row> rows;
    {
        Connection connection(copy.fileName());
        if (!connection.isOpen()) {
            result.warnings << connection.error();
            return result;
        }
        QSqlQuery q(connection.db());
        // The database comes from the container: functions in its schema are not trusted, and
        // wtmp must be a plain table (a view or virtual table could make the read do anything).
        q.exec(QStringLiteral("PRAGMA trusted_schema=OFF"));
        if (!q.exec(QStringLiteral("SELECT type, sql FROM sqlite_master WHERE name = 'wtmp'")) || !q.next()
            || q.value(0).toString() != QLatin1String("table")
            || q.value(1).toString().simplified().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive)) {
            result.warnings << QCoreApplication::translate("WtmpDbReader", "no wtmpdb table (wtmp is missing, or not a plain table)");
            return result;
        }
        q.finish();
        if (!q.exec(QStringLiteral("SELECT Type, User, Login, Logout, TTY, RemoteHost FROM wtmp ORDER BY Login, ID"))) {
            result.warnings << QCoreApplication::translate("WtmpDbReader", "no wtmpdb table: %1").arg(q.lastError().text());
            return result;
        }
        int unknown = 0;
        QElapsedTimer clock;
        clock.start();
        while (q.next()) {
            if (rows.size() >= kMaxRows || clock.elapsed() > kDeadlineMs) {
                result.warnings << QCoreApplication::translate("WtmpDbReader", "only the first %n login(s) were read (row or time limit)",
                                                               nullptr, int(rows.size()));
                break;
            }
            const int type = q.value(0).toInt();
            if (type != wtmpdbBootTime && type != wtmpdbUserProcess && type != wtmpdbRunLevel) {
                ++unknown;
                continue;
            }
            rows.append({type, q.value(1).toString(), q.value(4).toString(), q.value(5).toString(), fromMicroseconds(q.value(2)),
                         fromMicroseconds(q.value(3))});
        }
        if (unknown)
            result.warnings << QCoreApplication::translate("WtmpDbReader", "%n row(s) of an unknown type skipped", nullptr, unknown);
    }
    result.readable = true;

    // Newest first. A row without a logout ended when the system next booted, if it did: wtmpdb
    // never got to close it, which `wtmpdb last` calls a crash too.
    QDateTime nextBoot;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        LoginSession s;
        s.kind = it->type == wtmpdbBootTime ? LoginSession::Boot : it->type == wtmpdbRunLevel ? LoginSession::RunLevel : LoginSession::Login;
        s.user = it->user;
        s.line = it->tty;
        s.host = it->host;
        s.start = it->login;
        if (it->logout.isValid()) {
            s.end = it->logout;
            s.endKind = LoginSession::Closed;
        } else if (nextBoot.isValid()) {
            s.end = nextBoot;
            s.endKind = LoginSession::Crash;
        }
        if (s.kind == LoginSession::Login && s.endKind == LoginSession::Open) {
            LoginRecord open;
            open.type = LoginRecord::UserProcess;
            open.user = s.user;
            open.line = s.line;
            open.host = s.host;
            open.time = s.start;
            result.openLogins.prepend(open);
        }
        result.sessions << s;
        if (s.kind == LoginSession::Boot)
            nextBoot = s.start;
    }
    return result;
}

} // namespace initbench
