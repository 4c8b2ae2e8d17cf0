#include "engine/enginelocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace initbench {

static QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

static QString dockerContextHost()
{
    const QString configDir = qEnvironmentVariable("DOCKER_CONFIG", QDir::homePath() + QStringLiteral("/.docker"));
    QString context = qEnvironmentVariable("DOCKER_CONTEXT");
    if (context.isEmpty())
        context = readJson(configDir + QStringLiteral("/config.json")).value(QStringLiteral("currentContext")).toString();
    if (context.isEmpty() || context == QLatin1String("default"))
        return {};
    // The docker CLI keeps each context under the SHA-256 of its name.
    const QString id = QString::fromLatin1(QCryptographicHash::hash(context.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QJsonObject meta = readJson(configDir + QStringLiteral("/contexts/meta/%1/meta.json").arg(id));
    return meta.value(QStringLiteral("Endpoints")).toObject().value(QStringLiteral("docker")).toObject().value(QStringLiteral("Host")).toString();
}

QString engineEndpoint(const QString &engine)
{
    if (engine == QLatin1String("podman"))
        return qEnvironmentVariable("CONTAINER_HOST");
    if (engine != QLatin1String("docker"))
        return {};
    const QString host = qEnvironmentVariable("DOCKER_HOST");
    return host.isEmpty() ? dockerContextHost() : host;
}

bool engineIsRemote(const QString &engine)
{
    const QString endpoint = engineEndpoint(engine);
    return endpoint.startsWith(QLatin1String("tcp://")) || endpoint.startsWith(QLatin1String("ssh://"));
}

} // namespace initbench
