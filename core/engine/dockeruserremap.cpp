#include "engine/dockeruserremap.h"

#include "process/icommandrunner.h"

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

DockerUserRemap DockerUserRemap::ask(ICommandRunner &runner)
{
    const CommandResult r = runner.run(
        CommandLine{QStringLiteral("docker"),
                    {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{json .SecurityOptions}} {{json .DockerRootDir}}")},
                    {}},
        5000);
    return r.ok() ? parse(r.standardOutput) : DockerUserRemap{};
}

} // namespace initbench
