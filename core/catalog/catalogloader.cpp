#include "catalog/catalogloader.h"

#include "util/yamlfolder.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace initbench {

using namespace yaml;

static Fragment readFragment(const YAML::Node &node, const QString &where)
{
    Fragment f;
    if (node.IsNull())
        return f;
    requireMap(node, where);
    checkKeys(node, {QStringLiteral("packages"), QStringLiteral("run"), QStringLiteral("files")}, where);
    if (const auto n = node["packages"])
        f.packages = stringList(n, where + QStringLiteral(".packages"));
    if (const auto n = node["run"])
        f.run = scalar(n, where + QStringLiteral(".run"));
    if (const auto n = node["files"]) {
        if (!n.IsSequence())
            fail(n, QStringLiteral("%1.files must be a list").arg(where));
        for (const auto &item : n) {
            requireMap(item, where + QStringLiteral(".files entry"));
            checkKeys(item, {QStringLiteral("path"), QStringLiteral("mode"), QStringLiteral("content")},
                      where + QStringLiteral(".files entry"));
            FileTemplate t;
            t.path = scalar(item["path"], QStringLiteral("path"));
            if (const auto m = item["mode"]) {
                bool ok = false;
                t.mode = scalar(m, QStringLiteral("mode")).toInt(&ok, 8);
                if (!ok)
                    fail(m, QStringLiteral("mode must be octal, like 0755"));
            }
            t.content = item["content"] ? scalar(item["content"], QStringLiteral("content")) : QString();
            f.files << t;
        }
    }
    return f;
}

static QMap<QString, Fragment> readFragmentMap(const YAML::Node &node, const QString &where)
{
    QMap<QString, Fragment> out;
    if (!node || node.IsNull())
        return out;
    requireMap(node, where);
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = keyText(it);
        out.insert(key, readFragment(it->second, where + QLatin1Char('.') + key));
    }
    return out;
}

static QString optionalScalar(const YAML::Node &map, const char *key)
{
    const auto n = map[key];
    return n ? scalar(n, QString::fromLatin1(key)) : QString();
}

static Distro readDistro(const YAML::Node &root)
{
    requireMap(root, QStringLiteral("a distro file"));
    checkKeys(root, {"id", "name", "family", "image", "install", "add_user", "shell", "set_timezone",
                     "packages", "bootstrap", "nspawn", "refuse_inits", "refuse_engines"},
              QStringLiteral("a distro"));
    Distro d;
    d.id = scalar(root["id"], QStringLiteral("id"));
    d.name = scalar(root["name"], QStringLiteral("name"));
    d.family = scalar(root["family"], QStringLiteral("family"));
    d.image = optionalScalar(root, "image");
    d.install = scalar(root["install"], QStringLiteral("install"));
    d.addUser = scalar(root["add_user"], QStringLiteral("add_user"));
    d.shell = optionalScalar(root, "shell");
    d.setTimezone = optionalScalar(root, "set_timezone");
    if (const auto n = root["packages"])
        d.packages = stringList(n, QStringLiteral("packages"));
    if (const auto b = root["bootstrap"]) {
        requireMap(b, QStringLiteral("bootstrap"));
        checkKeys(b, {"tool", "suite", "mirror", "variant"}, QStringLiteral("bootstrap"));
        d.bootstrap = {optionalScalar(b, "tool"), optionalScalar(b, "suite"), optionalScalar(b, "mirror"),
                       optionalScalar(b, "variant")};
    }
    if (const auto n = root["nspawn"])
        d.nspawn = readFragment(n, QStringLiteral("nspawn"));
    if (const auto n = root["refuse_inits"])
        d.refusedInits = stringMap(n, QStringLiteral("refuse_inits"));
    if (const auto n = root["refuse_engines"])
        d.refusedEngines = stringMap(n, QStringLiteral("refuse_engines"));
    return d;
}

static InitVariant readVariant(const YAML::Node &node, const QString &where)
{
    requireMap(node, where);
    checkKeys(node, {"pid1", "exec", "entrypoint", "nspawn_boot", "stop_signal", "nspawn_kill_signal",
                     "cap_add", "tmpfs", "cgroup_v1_args", "writable_cgroups", "podman_systemd", "ready",
                     "packages", "run", "files", "engines", "refuse_engines"},
              where);
    InitVariant v;
    v.pid1 = scalar(node["pid1"], QStringLiteral("pid1"));
    v.exec = scalar(node["exec"], QStringLiteral("exec"));
    if (const auto n = node["entrypoint"]) v.entrypoint = boolean(n, QStringLiteral("entrypoint"));
    if (const auto n = node["nspawn_boot"]) v.nspawnBoot = boolean(n, QStringLiteral("nspawn_boot"));
    v.stopSignal = scalar(node["stop_signal"], QStringLiteral("stop_signal"));
    v.nspawnKillSignal = optionalScalar(node, "nspawn_kill_signal");
    if (const auto n = node["cap_add"]) v.capAdd = stringList(n, QStringLiteral("cap_add"));
    if (const auto n = node["tmpfs"]) v.tmpfs = stringList(n, QStringLiteral("tmpfs"));
    if (const auto n = node["cgroup_v1_args"]) v.cgroupV1Args = stringList(n, QStringLiteral("cgroup_v1_args"));
    if (const auto n = node["writable_cgroups"]) v.writableCgroups = boolean(n, QStringLiteral("writable_cgroups"));
    if (const auto n = node["podman_systemd"]) v.podmanSystemd = scalar(n, QStringLiteral("podman_systemd"));
    v.ready = scalar(node["ready"], QStringLiteral("ready"));
    // The variant's own packages/run/files form its base fragment.
    YAML::Node base(YAML::NodeType::Map);
    for (const char *key : {"packages", "run", "files"})
        if (const auto n = node[key])
            base[key] = n;
    v.base = readFragment(base, where);
    v.engines = readFragmentMap(node["engines"], where + QStringLiteral(".engines"));
    if (const auto n = node["refuse_engines"])
        v.refusedEngines = stringMap(n, QStringLiteral("refuse_engines"));
    return v;
}

static InitSystem readInit(const YAML::Node &root)
{
    requireMap(root, QStringLiteral("an init file"));
    checkKeys(root, {"id", "name", "summary", "variants"}, QStringLiteral("an init system"));
    InitSystem i;
    i.id = scalar(root["id"], QStringLiteral("id"));
    i.name = scalar(root["name"], QStringLiteral("name"));
    i.summary = optionalScalar(root, "summary");
    const auto variants = root["variants"];
    requireMap(variants, QStringLiteral("variants"));
    for (auto it = variants.begin(); it != variants.end(); ++it) {
        const QString family = keyText(it);
        i.variants.insert(family, readVariant(it->second, QStringLiteral("variants.") + family));
    }
    return i;
}

static Service readService(const YAML::Node &root)
{
    requireMap(root, QStringLiteral("a service file"));
    checkKeys(root, {"id", "name", "summary", "port", "host_key", "packages", "recipes", "engines", "refuse"},
              QStringLiteral("a service"));
    Service s;
    s.id = scalar(root["id"], QStringLiteral("id"));
    s.name = scalar(root["name"], QStringLiteral("name"));
    s.summary = optionalScalar(root, "summary");
    if (const auto n = root["port"]) s.port = integer(n, QStringLiteral("port"), 1, 65535);
    s.hostKey = optionalScalar(root, "host_key");
    if (const auto n = root["packages"]) {
        requireMap(n, QStringLiteral("packages"));
        for (auto it = n.begin(); it != n.end(); ++it)
            s.packages.insert(keyText(it), stringList(it->second, QStringLiteral("packages")));
    }
    s.recipes = readFragmentMap(root["recipes"], QStringLiteral("recipes"));
    s.engines = readFragmentMap(root["engines"], QStringLiteral("engines"));
    if (const auto n = root["refuse"]) s.refused = stringMap(n, QStringLiteral("refuse"));
    return s;
}

Catalog CatalogLoader::load(QStringList *errors)
{
    Catalog c;
    QStringList local;
    QStringList *errs = errors ? errors : &local;
    c.m_distros = readFolder<Distro>(m_dir + QStringLiteral("/distros"), readDistro, errs);
    c.m_inits = readFolder<InitSystem>(m_dir + QStringLiteral("/inits"), readInit, errs);
    c.m_services = readFolder<Service>(m_dir + QStringLiteral("/services"), readService, errs);
    if (c.m_distros.isEmpty() || c.m_inits.isEmpty())
        *errs << QStringLiteral("%1: no distros or init systems found").arg(m_dir);
    return c;
}

} // namespace initbench
