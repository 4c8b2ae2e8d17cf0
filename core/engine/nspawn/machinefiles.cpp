#include "engine/nspawn/machinefiles.h"

#include "engine/nspawn/processidentity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace initbench {

static bool writeJson(const QString &path, const QJsonObject &o, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

static QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

bool MachineSpec::save(const QString &path, QString *error) const
{
    return writeJson(path,
                     {{QStringLiteral("name"), name}, {QStringLiteral("profile"), profile},
                      {QStringLiteral("command"), QJsonArray::fromStringList(command)}, {QStringLiteral("stop_signal"), stopSignal}, {QStringLiteral("ssh_port"), sshPort}},
                     error);
}

bool MachineSpec::load(const QString &path, MachineSpec *spec, QString *error)
{
    const QJsonObject o = readJson(path);
    spec->name = o.value(QStringLiteral("name")).toString();
    spec->profile = o.value(QStringLiteral("profile")).toString();
    spec->stopSignal = o.value(QStringLiteral("stop_signal")).toString();
    spec->sshPort = qBound(0, o.value(QStringLiteral("ssh_port")).toInt(), 65535);
    spec->command.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("command")).toArray())
        spec->command << v.toString();
    if (spec->name.isEmpty() || spec->command.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 is missing or not a machine description").arg(path);
        return false;
    }
    return true;
}

bool MachineRunState::save(const QString &path) const
{
    return writeJson(path,
                     {{QStringLiteral("supervisor_pid"), supervisorPid}, {QStringLiteral("nspawn_pid"), nspawnPid},
                      {QStringLiteral("restarts"), restarts}, {QStringLiteral("finished"), finished},
                      {QStringLiteral("exit_status"), exitStatus}, {QStringLiteral("started_at"), startedAt},
                      {QStringLiteral("stopped_at"), stoppedAt}, {QStringLiteral("boot_id"), bootId},
                      {QStringLiteral("supervisor_start"), QString::number(supervisorStart)},
                      {QStringLiteral("nspawn_start"), QString::number(nspawnStart)},
                      {QStringLiteral("supervisor_comm"), supervisorComm}, {QStringLiteral("nspawn_comm"), nspawnComm}},
                     nullptr);
}

MachineRunState MachineRunState::load(const QString &path)
{
    const QJsonObject o = readJson(path);
    MachineRunState s;
    s.supervisorPid = o.value(QStringLiteral("supervisor_pid")).toInteger();
    s.nspawnPid = o.value(QStringLiteral("nspawn_pid")).toInteger();
    s.restarts = o.value(QStringLiteral("restarts")).toInt();
    s.finished = o.value(QStringLiteral("finished")).toBool();
    s.exitStatus = o.value(QStringLiteral("exit_status")).toInt();
    s.startedAt = o.value(QStringLiteral("started_at")).toString();
    s.stoppedAt = o.value(QStringLiteral("stopped_at")).toString();
    s.bootId = o.value(QStringLiteral("boot_id")).toString().left(64);
    s.supervisorStart = o.value(QStringLiteral("supervisor_start")).toString().toULongLong();
    s.nspawnStart = o.value(QStringLiteral("nspawn_start")).toString().toULongLong();
    s.supervisorComm = o.value(QStringLiteral("supervisor_comm")).toString().left(64);
    s.nspawnComm = o.value(QStringLiteral("nspawn_comm")).toString().left(64);
    return s;
}

bool MachineRunState::supervisorRuns() const
{
    return ProcessIdentity{supervisorPid, supervisorStart, supervisorComm, bootId}.stillRuns();
}

bool MachineRunState::nspawnRuns() const
{
    return ProcessIdentity{nspawnPid, nspawnStart, nspawnComm, bootId}.stillRuns();
}

} // namespace initbench
