#include "inspect/loginsession.h"

namespace initbench {

QString loginSessionKindName(LoginSession::Kind kind)
{
    switch (kind) {
    case LoginSession::Login: return QStringLiteral("login");
    case LoginSession::Boot: return QStringLiteral("boot");
    case LoginSession::Shutdown: return QStringLiteral("shutdown");
    case LoginSession::RunLevel: return QStringLiteral("runlevel");
    }
    return {};
}

QString loginSessionStatus(const LoginSession &s)
{
    switch (s.endKind) {
    case LoginSession::Closed: return QStringLiteral("closed");
    case LoginSession::Open: return s.kind == LoginSession::Login ? QStringLiteral("still logged in") : QStringLiteral("still running");
    case LoginSession::Crash: return QStringLiteral("crash");
    case LoginSession::Down: return QStringLiteral("down");
    }
    return {};
}

} // namespace initbench
