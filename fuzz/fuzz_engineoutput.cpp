// What docker and podman print (ps/inspect JSON, top tables) and a container's passwd.
#include "fuzzsupport.h"
#include "engine/dockercli.h"
#include "inspect/enginetopparser.h"

#include <QDateTime>

using namespace initbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    DockerCli::parseList(QStringLiteral("docker"), input);
    DockerCli::parseList(QStringLiteral("podman"), input);
    DockerCli::parseInspect(QStringLiteral("docker"), input);
    DockerCli::parseInspect(QStringLiteral("podman"), input);
    const QHash<uint, QString> users = enginetop::parsePasswd(input);
    enginetop::parse(input, QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC), users);
    enginetop::parseGoDuration(QString::fromUtf8(input));
    return 0;
}
