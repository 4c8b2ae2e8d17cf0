#include "inspectionmodels.h"

namespace initbench {

SessionsModel *makeSessionsModel(QObject *parent)
{
    return new SessionsModel({{QObject::tr("User"), [](const LoginRecord &r) { return QVariant(r.user); }},
                              {QObject::tr("Line"), [](const LoginRecord &r) { return QVariant(r.line); }},
                              {QObject::tr("Host"), [](const LoginRecord &r) { return QVariant(r.host); }},
                              {QObject::tr("Login"), [](const LoginRecord &r) { return QVariant(r.time); }},
                              {QObject::tr("PID"), [](const LoginRecord &r) { return r.pid > 0 ? QVariant(r.pid) : QVariant(); }}},
                             [](const LoginRecord &r) { return r.line + QLatin1Char('|') + r.user; }, parent);
}

HistoryModel *makeHistoryModel(QObject *parent)
{
    return new HistoryModel(
        {{QObject::tr("Type"), [](const LoginSession &s) { return QVariant(loginSessionKindName(s.kind)); }},
         {QObject::tr("User"), [](const LoginSession &s) { return QVariant(s.user); }},
         {QObject::tr("Line"), [](const LoginSession &s) { return QVariant(s.kind == LoginSession::RunLevel ? QString(s.runLevel) : s.line); }},
         {QObject::tr("Host"), [](const LoginSession &s) { return QVariant(s.host); }},
         {QObject::tr("Login"), [](const LoginSession &s) { return QVariant(s.start); }},
         {QObject::tr("Logout"), [](const LoginSession &s) { return QVariant(s.end); }},
         {QObject::tr("Status"), [](const LoginSession &s) { return QVariant(loginSessionStatus(s)); }}},
        [](const LoginSession &s) {
            return QStringLiteral("%1|%2|%3|%4").arg(loginSessionKindName(s.kind), s.line, s.user).arg(s.start.toMSecsSinceEpoch());
        },
        parent);
}

ServicesModel *makeServicesModel(QObject *parent)
{
    return new ServicesModel({{QObject::tr("Service"), [](const ServiceRow &r) { return QVariant(r.name); }},
                              {QObject::tr("State"), [](const ServiceRow &r) { return QVariant(serviceStateName(r.state)); }},
                              {QObject::tr("PID"), [](const ServiceRow &r) { return r.pid > 0 ? QVariant(r.pid) : QVariant(); }},
                              {QObject::tr("Runlevel / group"), [](const ServiceRow &r) { return QVariant(r.group); }},
                              {QObject::tr("Init's words"), [](const ServiceRow &r) { return QVariant(r.detail); }}},
                             [](const ServiceRow &r) { return r.name; }, parent);
}

} // namespace initbench
