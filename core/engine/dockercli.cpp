#include "engine/dockercli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace initbench {

CommandLine DockerCli::serverVersion() const
{
    return cmd({QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
}

CommandLine DockerCli::listManaged() const
{
    const QString format = m_engine == QLatin1String("podman") ? QStringLiteral("json") : QStringLiteral("{{json .}}");
    return cmd({QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--filter"),
                QStringLiteral("label=") + profileLabel(), QStringLiteral("--format"), format});
}

CommandLine DockerCli::inspect(const QString &name) const
{
    return cmd({QStringLiteral("container"), QStringLiteral("inspect"), name});
}

CommandLine DockerCli::imageExists(const QString &image) const
{
    return cmd({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.Id}}"), image});
}

CommandLine DockerCli::imageLabel(const QString &image, const QString &label) const
{
    return cmd({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                QStringLiteral("{{index .Config.Labels \"%1\"}}").arg(label), image});
}

CommandLine DockerCli::pruneDanglingImages(const QString &label, const QString &value) const
{
    return cmd({QStringLiteral("image"), QStringLiteral("prune"), QStringLiteral("--force"), QStringLiteral("--filter"),
                QStringLiteral("label=%1=%2").arg(label, value)});
}

CommandLine DockerCli::events() const
{
    if (m_engine == QLatin1String("podman"))
        return cmd({QStringLiteral("events"), QStringLiteral("--filter"), QStringLiteral("type=container"), QStringLiteral("--format"),
                    QStringLiteral("{{.Type}} {{.Status}} {{.Name}}")});
    return cmd({QStringLiteral("events"), QStringLiteral("--filter"), QStringLiteral("label=io.initbench.profile"), QStringLiteral("--format"),
                QStringLiteral("{{.Type}} {{.Action}} {{.Actor.Attributes.name}}")});
}

CommandLine DockerCli::kill(const QString &name) const
{
    return cmd({QStringLiteral("kill"), QStringLiteral("--signal"), QStringLiteral("SIGKILL"), name});
}

CommandLine DockerCli::stop(const QString &name, int timeoutSeconds) const
{
    return cmd({QStringLiteral("stop"), QStringLiteral("--time"), QString::number(timeoutSeconds), name});
}

CommandLine DockerCli::remove(const QString &name) const
{
    return cmd({QStringLiteral("rm"), name});
}

CommandLine DockerCli::removeImage(const QString &image) const
{
    return cmd({QStringLiteral("rmi"), image});
}

CommandLine DockerCli::logs(const QString &name, int tailLines) const
{
    QStringList a{QStringLiteral("logs")};
    if (tailLines > 0)
        a << QStringLiteral("--tail") << QString::number(tailLines);
    return cmd(a << name);
}

CommandLine DockerCli::exec(const QString &name, const QStringList &argv, bool tty) const
{
    QStringList a{QStringLiteral("exec"), QStringLiteral("--interactive")};
    if (tty)
        a << QStringLiteral("--tty");
    return cmd(a << name << argv);
}

static QString firstName(const QJsonValue &names);

CommandLine DockerCli::listWithBuildContainers() const
{
    return cmd({QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--external"), QStringLiteral("--format"), QStringLiteral("json")});
}

CommandLine DockerCli::removeBuildContainer(const QString &id) const
{
    return cmd({QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("--storage"), id});
}

QStringList DockerCli::parseBuildContainers(const QByteArray &output, qint64 sinceEpochSeconds)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(output).array()) {
        const QJsonObject o = v.toObject();
        // buildah names them after the base image: "debian-working-container", "...-1".
        const bool working = firstName(o.value(QStringLiteral("Names"))).contains(QLatin1String("-working-container"));
        if (working && o.value(QStringLiteral("State")).toString() == QLatin1String("storage")
            && o.value(QStringLiteral("Created")).toInteger() >= sinceEpochSeconds)
            ids << o.value(QStringLiteral("Id")).toString();
    }
    return ids;
}

CommandLine DockerCli::importTarball(const QString &tarball, const QString &tag) const
{
    // The label tells a base Initbench made from the registry's image of the same name.
    return cmd({QStringLiteral("import"), QStringLiteral("--change"), QStringLiteral("LABEL io.initbench.base=bootstrapped"),
                tarball, tag});
}

static QString firstName(const QJsonValue &names)
{
    if (names.isArray())
        return names.toArray().first().toString();
    return names.toString().section(QLatin1Char(','), 0, 0);
}

static QString labelValue(const QJsonValue &labels, const QString &key)
{
    if (labels.isObject())
        return labels.toObject().value(key).toString();
    // docker ps: "k1=v1,k2=v2"
    for (const QString &pair : labels.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (pair.section(QLatin1Char('='), 0, 0) == key)
            return pair.section(QLatin1Char('='), 1);
    return {};
}

// The host port published for the container's port 22, for containers made before the label
// said it: docker ps "127.0.0.1:2222->22/tcp" (running ones only), podman ps a list of
// {host_port, container_port}, inspect's HostConfig.PortBindings {"22/tcp": [{HostPort}]}.
static int publishedSshPort(const QJsonValue &ports)
{
    if (ports.isArray()) {
        for (const QJsonValue &v : ports.toArray())
            if (v.toObject().value(QStringLiteral("container_port")).toInt() == 22)
                return v.toObject().value(QStringLiteral("host_port")).toInt();
        return 0;
    }
    if (ports.isObject()) {
        const QJsonArray bindings = ports.toObject().value(QStringLiteral("22/tcp")).toArray();
        return bindings.isEmpty() ? 0 : bindings.first().toObject().value(QStringLiteral("HostPort")).toString().toInt();
    }
    for (const QString &mapping : ports.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (mapping.trimmed().endsWith(QLatin1String("->22/tcp")))
            return mapping.section(QLatin1String("->"), 0, 0).section(QLatin1Char(':'), -1).toInt();
    return 0;
}

static int sshPortOf(const QJsonValue &labels, const QJsonValue &ports)
{
    const int labelled = labelValue(labels, sshPortLabel()).toInt();
    const int port = labelled > 0 ? labelled : publishedSshPort(ports);
    return port > 0 && port <= 65535 ? port : 0;
}

QList<ContainerState> DockerCli::parseList(const QString &engine, const QByteArray &output)
{
    QList<QJsonObject> objects;
    const QByteArray trimmed = output.trimmed();
    if (trimmed.startsWith('[')) {
        for (const QJsonValue &v : QJsonDocument::fromJson(trimmed).array())
            objects << v.toObject();
    } else {
        for (const QByteArray &line : trimmed.split('\n'))
            if (!line.trimmed().isEmpty())
                objects << QJsonDocument::fromJson(line).object();
    }
    QList<ContainerState> out;
    for (const QJsonObject &o : objects) {
        if (o.isEmpty())
            continue;
        ContainerState s;
        s.engine = engine;
        s.exists = true;
        s.name = firstName(o.value(QStringLiteral("Names")));
        s.image = o.value(QStringLiteral("Image")).toString();
        s.status = o.value(QStringLiteral("State")).toString().toLower();
        s.running = s.status == QLatin1String("running");
        s.detail = o.value(QStringLiteral("Status")).toString();
        s.profile = labelValue(o.value(QStringLiteral("Labels")), profileLabel());
        s.sshPort = sshPortOf(o.value(QStringLiteral("Labels")), o.value(QStringLiteral("Ports")));
        out << s;
    }
    return out;
}

ContainerState DockerCli::parseInspect(const QString &engine, const QByteArray &output)
{
    ContainerState s;
    s.engine = engine;
    const QJsonArray array = QJsonDocument::fromJson(output).array();
    if (array.isEmpty())
        return s;
    const QJsonObject o = array.first().toObject();
    const QJsonObject state = o.value(QStringLiteral("State")).toObject();
    if (state.isEmpty() || o.value(QStringLiteral("Name")).toString().isEmpty())
        return s; // not a container's inspect output
    s.exists = true;
    s.id = o.value(QStringLiteral("Id")).toString();
    s.name = o.value(QStringLiteral("Name")).toString();
    if (s.name.startsWith(QLatin1Char('/')))
        s.name.remove(0, 1);
    s.status = state.value(QStringLiteral("Status")).toString().toLower();
    s.running = state.value(QStringLiteral("Running")).toBool();
    s.hostPid = state.value(QStringLiteral("Pid")).toInt();
    s.exitCode = state.value(QStringLiteral("ExitCode")).toInt();
    const QJsonObject config = o.value(QStringLiteral("Config")).toObject();
    s.image = config.value(QStringLiteral("Image")).toString();
    s.profile = labelValue(config.value(QStringLiteral("Labels")), profileLabel());
    s.sshPort = sshPortOf(config.value(QStringLiteral("Labels")),
                          o.value(QStringLiteral("HostConfig")).toObject().value(QStringLiteral("PortBindings")));
    return s;
}

} // namespace initbench
