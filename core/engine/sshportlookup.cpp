#include "engine/sshportlookup.h"

#include "engine/containercontroller.h"
#include "engine/sshendpoint.h"

namespace initbench {

std::optional<int> findSshPort(ContainerController &controller, ICommandRunner &runner, const QString &name,
                               const QString &engineHint, QString *error)
{
    OpResult failure;
    const auto state = controller.find(name, engineHint, &failure);
    if (!state) {
        *error = failure.message;
        return std::nullopt;
    }
    if (!state->running) {
        *error = QStringLiteral("'%1' is not running; start it with `initbench up`").arg(name);
        return std::nullopt;
    }
    std::optional<int> port;
    if (state->engine == QLatin1String("nspawn")) {
        QByteArray config;
        QString how;
        if (controller.access().readFile(*state, QStringLiteral("/etc/ssh/sshd_config.d/initbench.conf"), &config, &how).ok())
            port = parseSshdPort(config);
    } else {
        const CommandResult r = runner.run({state->engine, {QStringLiteral("port"), state->name, QStringLiteral("22/tcp")}, {}}, 15000);
        if (r.ok())
            port = parsePublishedPort(r.standardOutput);
    }
    if (!port)
        *error = QStringLiteral("'%1' publishes no SSH port (is sshd among its services?)").arg(name);
    return port;
}

} // namespace initbench
