#include "engine/dockeruserremap.h"

#include "engine/nspawn/processidentity.h"
#include "process/icommandrunner.h"

#include <QFile>
#include <QSaveFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace initbench {

DockerUserRemap DockerUserRemap::parse(const QByteArray &infoOutput)
{
    DockerUserRemap out;
    // Two JSON values on one line: the options array, then the root folder as a string.
    const QByteArray line = infoOutput.trimmed();
    const qsizetype split = line.lastIndexOf("] ");
    if (split < 0)
        return out;
    const QJsonArray options = QJsonDocument::fromJson(line.left(split + 1)).array();
    if (!options.contains(QJsonValue(QStringLiteral("name=userns"))))
        return out;
    out.remaps = true;
    const QJsonDocument root = QJsonDocument::fromJson("[" + line.mid(split + 2) + "]");
    const QString dir = root.array().at(0).toString();
    out.rootDir = dir.left(4096).toUtf8();
    static const QRegularExpression ids(QStringLiteral("/(\\d{1,10})\\.(\\d{1,10})/?\\z"));
    const QRegularExpressionMatch m = ids.match(dir);
    bool uidOk = false, gidOk = false;
    const qulonglong uid = m.hasMatch() ? m.captured(1).toULongLong(&uidOk) : 0;
    const qulonglong gid = m.hasMatch() ? m.captured(2).toULongLong(&gidOk) : 0;
    // An ID must fit and must not be root's: root is what the remap exists to avoid.
    if (!uidOk || !gidOk || uid == 0 || gid == 0 || uid > 0xfffffffeULL || gid > 0xfffffffeULL)
        return out;
    out.rootKnown = true;
    out.rootUid = uid_t(uid);
    out.rootGid = gid_t(gid);
    return out;
}

static QByteArray query(ICommandRunner &runner)
{
    const CommandResult r = runner.run(
        CommandLine{QStringLiteral("docker"),
                    {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{json .SecurityOptions}} {{json .DockerRootDir}}")},
                    {}},
        5000);
    return r.ok() ? r.standardOutput.left(64 * 1024) : QByteArray();
}

DockerUserRemap DockerUserRemap::ask(ICommandRunner &runner)
{
    return parse(query(runner));
}

// "PID STARTTIME" of the local dockerd, or empty when it cannot be told.
static QByteArray localDaemonIdentity()
{
    const QByteArray host = qgetenv("DOCKER_HOST");
    if (!host.isEmpty() && host != "unix:///var/run/docker.sock" && host != "unix:///run/docker.sock")
        return {};
    QFile pidFile(QStringLiteral("/var/run/docker.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return {};
    const qint64 pid = pidFile.read(32).trimmed().toLongLong();
    const ProcessIdentity daemon = ProcessIdentity::of(pid);
    if (pid <= 0 || daemon.startTime == 0 || daemon.comm != QLatin1String("dockerd"))
        return {};
    return QByteArray::number(pid) + ' ' + QByteArray::number(daemon.startTime);
}

DockerUserRemap DockerUserRemap::askCached(ICommandRunner &runner, const QString &cacheFile)
{
    const QByteArray identity = localDaemonIdentity();
    if (identity.isEmpty())
        return ask(runner);
    QFile cached(cacheFile);
    if (cached.open(QIODevice::ReadOnly)) {
        const QByteArray content = cached.read(64 * 1024);
        const qsizetype newline = content.indexOf('\n');
        if (newline > 0 && content.left(newline) == identity)
            return parse(content.mid(newline + 1));
        cached.close();
    }
    const QByteArray answer = query(runner);
    if (answer.isEmpty())
        return {}; // not remembered: docker did not answer
    QSaveFile out(cacheFile);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(identity + '\n' + answer);
        out.commit();
    }
    return parse(answer);
}

} // namespace initbench
