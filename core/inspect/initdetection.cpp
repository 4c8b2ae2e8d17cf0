#include "inspect/initdetection.h"

#include "catalog/initsystem.h"

namespace initbench {

namespace {

const QString kOpenRcMarker = QStringLiteral("/run/openrc/softlevel");
const QString kS6Marker = QStringLiteral("/run/s6/basedir");

QString baseName(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString quoted(const QString &s) { return QLatin1Char('\'') + s + QLatin1Char('\''); }

} // namespace

InitDetector::InitDetector(const QList<InitSystem> &inits) : m_inits(inits) { }

QStringList InitDetector::markerPaths()
{
    return {QStringLiteral("/run/systemd/system"), QStringLiteral("/run/initctl"), kOpenRcMarker,
            QStringLiteral("/etc/service"), QStringLiteral("/run/runit"), kS6Marker,
            QStringLiteral("/var/run/shepherd/socket")};
}

bool InitDetector::isWrapper(const QString &comm)
{
    static const QStringList wrappers{QStringLiteral("docker-init"), QStringLiteral("tini"), QStringLiteral("catatonit"),
                                      QStringLiteral("dumb-init")};
    return wrappers.contains(comm);
}

QStringList InitDetector::initsShowing(const QString &comm) const
{
    QStringList ids;
    for (const InitSystem &init : m_inits)
        for (const InitVariant &v : init.variants)
            if (v.pid1 == comm && !ids.contains(init.id))
                ids << init.id;
    return ids;
}

InitDetection InitDetector::detect(const Pid1Evidence &e) const
{
    if (!isWrapper(e.comm))
        return detectOne(e.comm, e.exe, e.cmdline, e.markers);
    // docker run --init / podman --init: PID 1 only reaps zombies and forwards signals, and
    // whatever follows "--" on its command line is the real program, its first child.
    InitDetection d;
    if (!e.childComm.isEmpty())
        d = detectOne(e.childComm, e.childExe, e.childCmdline, e.markers);
    d.wrapper = e.comm;
    const qsizetype dashes = e.cmdline.indexOf(QStringLiteral("--"));
    const QStringList wrapped = dashes >= 0 ? e.cmdline.mid(dashes + 1) : e.cmdline.mid(1);
    d.evidence.prepend(QStringLiteral("PID 1 is %1, a wrapper (docker/podman run --init), running %2; the init is not PID 1, "
                                      "so it cannot work as one")
                           .arg(quoted(e.comm), wrapped.isEmpty() ? QStringLiteral("nothing") : quoted(wrapped.join(QLatin1Char(' ')))));
    if (e.childComm.isEmpty())
        d.evidence << QStringLiteral("PID 1 has no child process to look at");
    return d;
}

InitDetection InitDetector::detectOne(const QString &comm, const QString &exe, const QStringList &cmdline,
                                      const QStringList &markers) const
{
    InitDetection d;
    const QString exeName = baseName(exe);
    d.evidence << QStringLiteral("/proc/1/comm is %1").arg(quoted(comm));
    if (!exe.isEmpty())
        d.evidence << QStringLiteral("/proc/1/exe is %1").arg(exe);
    else
        d.evidence << QStringLiteral("/proc/1/exe could not be read");

    // shepherd is a Guile program: PID 1's executable is guile, and its name is shepherd only
    // when it was started as a script. The catalog has no running variant of it to ask.
    bool shepherdArg = false;
    for (const QString &arg : cmdline)
        shepherdArg = shepherdArg || baseName(arg) == QLatin1String("shepherd");
    if (comm == QLatin1String("shepherd") || (exeName.startsWith(QLatin1String("guile")) && shepherdArg)) {
        d.init = QStringLiteral("shepherd");
        if (exeName.startsWith(QLatin1String("guile")))
            d.evidence << QStringLiteral("the executable is Guile running shepherd (%1)").arg(cmdline.join(QLatin1Char(' ')));
        return d;
    }

    QStringList ids = initsShowing(comm);
    if (ids.isEmpty() && !exeName.isEmpty())
        ids = initsShowing(exeName); // comm can be renamed (prctl), the executable cannot
    if (comm == QLatin1String("openrc-init") || exeName == QLatin1String("openrc-init"))
        ids = QStringList{QStringLiteral("openrc")}; // OpenRC's own PID 1 (Alpine/Gentoo option)
    if (ids.isEmpty()) {
        d.evidence << QStringLiteral("no init in the catalog runs as %1").arg(quoted(comm));
        return d;
    }
    if (ids.size() == 1) {
        d.init = ids.constFirst();
        d.evidence << QStringLiteral("the catalog's %1 runs as %2").arg(d.init, quoted(comm));
        if (d.init == QLatin1String("s6-overlay"))
            d.evidence << (markers.contains(kS6Marker) ? QStringLiteral("%1 exists (s6-overlay's /init set it up)").arg(kS6Marker)
                                                      : QStringLiteral("%1 is missing: s6-svscan without s6-overlay?").arg(kS6Marker));
        for (const QString &m : markers)
            if (d.init == QLatin1String("systemd") ? m == QLatin1String("/run/systemd/system")
                                                   : d.init == QLatin1String("runit") && m == QLatin1String("/run/runit"))
                d.evidence << QStringLiteral("%1 exists").arg(m);
        return d;
    }

    // Several inits show the same name ("init"): sysvinit, busybox init, and OpenRC run by either.
    d.evidence << QStringLiteral("%1 could be %2").arg(quoted(comm), ids.join(QStringLiteral(", ")));
    const bool busybox = exeName == QLatin1String("busybox");
    const bool openrc = markers.contains(kOpenRcMarker);
    const auto pick = [&](const QString &id, const QString &why) {
        if (ids.contains(id)) {
            d.init = id;
            d.evidence << why;
        }
    };
    if (openrc)
        pick(QStringLiteral("openrc"), QStringLiteral("%1 exists: %2 runs OpenRC").arg(kOpenRcMarker, busybox ? QStringLiteral("busybox init") : QStringLiteral("sysvinit")));
    else if (busybox)
        pick(QStringLiteral("busybox-init"), QStringLiteral("the executable is busybox and %1 is missing: busybox init alone").arg(kOpenRcMarker));
    else if (markers.contains(QStringLiteral("/run/initctl")))
        pick(QStringLiteral("sysvinit"), QStringLiteral("/run/initctl exists (sysvinit's control FIFO) and %1 is missing").arg(kOpenRcMarker));
    else if (!exe.isEmpty())
        pick(QStringLiteral("sysvinit"), QStringLiteral("the executable is %1, not busybox, and no OpenRC state exists").arg(exeName));
    if (d.init.isEmpty())
        d.evidence << QStringLiteral("nothing else tells them apart");
    return d;
}

} // namespace initbench
