#pragma once
#include "inspect/loginrecord.h"
#include "inspect/loginsession.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace initbench {

struct WtmpDbResult {
    bool readable = false;          // false: not an SQLite database with wtmpdb's table
    QList<LoginSession> sessions;   // `last`: newest first, like LoginHistory::last
    QList<LoginRecord> openLogins;  // `who` fallback: logins with no logout since the last boot
    QStringList warnings;
};

// Debian 13's wtmpdb (/var/lib/wtmpdb/wtmp.db, SQLite): one row per login or boot, with its
// logout time filled in later, so unlike wtmp nothing has to be paired. Read with Qt Sql's SQLite
// driver from a private copy of the bytes (the caller got them through the engine, and the live
// file may be written to while we read).
class WtmpDbReader
{
public:
    static WtmpDbResult read(const QByteArray &database);
};

} // namespace initbench
