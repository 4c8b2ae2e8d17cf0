#include "engine/containerinspector.h"

#include "engine/containercontroller.h"
#include "inspect/enginetopparser.h"
#include "inspect/enginetopsource.h"
#include "inspect/processsnapshot.h"
#include "process/commandline.h"

namespace initbench {

ContainerInspector::ContainerInspector(ContainerController &controller, ICommandRunner &runner, const Catalog &catalog,
                                       ContainerState container)
    : m_controller(controller), m_runner(runner), m_catalog(catalog), m_container(std::move(container))
{
}

ContainerInspector::~ContainerInspector() = default;

std::unique_ptr<IProcessSource> ContainerInspector::makeProcessSource()
{
    const ContainerState &c = m_container;
    if (ContainerAccess::leaderIsLocal(c))
        return std::make_unique<ProcSnapshotSource>(QStringLiteral("/proc"), c.hostPid);
    if (c.engine == QLatin1String("docker")) {
        // docker top runs the engine host's ps, which would name users from that host's passwd.
        QByteArray passwd;
        QString how;
        readFile(QStringLiteral("/etc/passwd"), &passwd, &how);
        return std::make_unique<EngineTopSource>(m_runner, CommandLine{c.engine, enginetop::dockerTopArguments(c.name), {}},
                                                 QStringLiteral("docker top"), enginetop::parsePasswd(passwd), c.hostPid);
    }
    if (c.engine == QLatin1String("podman"))
        return std::make_unique<EngineTopSource>(m_runner, CommandLine{c.engine, enginetop::podmanTopArguments(c.name), {}},
                                                 QStringLiteral("podman top"), QHash<uint, QString>{}, c.hostPid);
    return std::make_unique<EngineTopSource>(m_runner, m_controller.access().execCommand(c, enginetop::psArgv(), false),
                                             QStringLiteral("ps run in the container"), QHash<uint, QString>{}, c.hostPid);
}

ProcessSnapshot ContainerInspector::processes()
{
    if (!m_processes)
        m_processes = makeProcessSource();
    return m_processes->refresh();
}

bool ContainerInspector::readFile(const QString &path, QByteArray *bytes, QString *how)
{
    // On failure how says why (a link, a FIFO, missing): the login answers warn of refusals.
    const OpResult r = m_controller.access().readFile(m_container, path, bytes, how);
    if (!r.ok())
        *how = r.message;
    return r.ok();
}

const InitReport &ContainerInspector::init()
{
    if (!m_init || m_init->detection.init.isEmpty())
        m_init = probeInit(m_controller, m_container, m_catalog);
    return *m_init;
}

// The init and the C library explain empty login answers (runit writes no boot record; musl
// needs utmps' daemons).
LoginContext ContainerInspector::loginContext()
{
    LoginContext context;
    context.pid1 = init().detection.init;
    if (!m_musl) {
        QByteArray osRelease;
        QString how;
        readFile(QStringLiteral("/etc/os-release"), &osRelease, &how);
        m_musl = osRelease.startsWith("ID=alpine") || osRelease.contains("\nID=alpine");
    }
    context.musl = *m_musl;
    return context;
}

LoginAnswer ContainerInspector::who()
{
    return LoginQuery::who([this](const QString &p, QByteArray *b, QString *h) { return readFile(p, b, h); }, loginContext());
}

LoginAnswer ContainerInspector::last()
{
    return LoginQuery::last([this](const QString &p, QByteArray *b, QString *h) { return readFile(p, b, h); }, loginContext());
}

ServiceList ContainerInspector::services()
{
    const QString initId = init().detection.init;
    if (initId.isEmpty()) {
        ServiceList list;
        list.warnings << QStringLiteral("cannot tell which init runs '%1': %2")
                             .arg(m_container.name, init().detection.evidence.join(QStringLiteral("; ")));
        return list;
    }
    return queryServices(m_controller, m_container, initId);
}

} // namespace initbench
