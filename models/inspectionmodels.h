#pragma once
#include "inspect/loginrecord.h"
#include "inspect/loginsession.h"
#include "inspect/servicestatus.h"
#include "rowlistmodel.h"

namespace initbench {

// The table models of the inspection panes: who is logged in, who was (last), and the init's
// view of its services. Column words are those of the CLI's JSON.
using SessionsModel = RowListModel<LoginRecord>;
using HistoryModel = RowListModel<LoginSession>;
using ServicesModel = RowListModel<ServiceRow>;

SessionsModel *makeSessionsModel(QObject *parent);
HistoryModel *makeHistoryModel(QObject *parent);
ServicesModel *makeServicesModel(QObject *parent);

} // namespace initbench
