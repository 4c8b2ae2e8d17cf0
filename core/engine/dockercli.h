#pragma once
#include "engine/containerstate.h"
#include "process/commandline.h"

#include <QList>
#include <QStringList>

namespace initbench {

// The docker and podman command-line strategy: builds argument lists and parses their JSON
// output. It runs nothing. podman differs from docker only where noted.
class DockerCli
{
public:
    explicit DockerCli(QString engine) : m_engine(std::move(engine)) {}
    const QString &engine() const { return m_engine; }

    CommandLine serverVersion() const;
    CommandLine listManaged() const;                 // containers carrying Initbench's label
    CommandLine inspect(const QString &name) const;  // one container, JSON array
    CommandLine imageExists(const QString &image) const;
    CommandLine imageLabel(const QString &image, const QString &label) const; // prints the value
    CommandLine pruneDanglingImages(const QString &label, const QString &value) const; // untagged, unused, labelled
    // podman: every container, also buildah's working containers ("storage" state) that a
    // stopped `podman build` leaves behind; and removing one of those.
    CommandLine listWithBuildContainers() const;
    CommandLine removeBuildContainer(const QString &id) const;
    CommandLine stop(const QString &name, int timeoutSeconds) const;
    CommandLine remove(const QString &name) const;
    CommandLine kill(const QString &name) const; // SIGKILL, the init is not asked
    // A line for each container event, for as long as it runs: what the Containers list
    // listens to instead of asking every 2 s. docker filters on Initbench's label; podman 4.3
    // matches a label only with its value, so it reports every container's events.
    CommandLine events() const;
    CommandLine removeImage(const QString &image) const;
    CommandLine logs(const QString &name, int tailLines) const;
    CommandLine exec(const QString &name, const QStringList &argv, bool tty) const;
    CommandLine importTarball(const QString &tarball, const QString &tag) const;

    // `ps --format '{{json .}}'` (docker: JSON lines) or podman's JSON array.
    static QList<ContainerState> parseList(const QString &engine, const QByteArray &output);
    // `inspect` output: a JSON array with one object.
    static ContainerState parseInspect(const QString &engine, const QByteArray &output);
    // The IDs of build working containers made at or after sinceEpochSeconds (podman ps --external).
    static QStringList parseBuildContainers(const QByteArray &output, qint64 sinceEpochSeconds);

private:
    CommandLine cmd(const QStringList &arguments) const { return {m_engine, arguments, {}}; }
    QString m_engine;
};

// The label every container Initbench creates carries; its value is the profile name.
inline QString profileLabel() { return QStringLiteral("io.initbench.profile"); }
// The host port (127.0.0.1) that reaches the container's sshd, set by `up` when it creates one.
inline QString sshPortLabel() { return QStringLiteral("io.initbench.ssh-port"); }

} // namespace initbench
