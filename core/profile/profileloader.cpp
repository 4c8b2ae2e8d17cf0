#include "profile/profileloader.h"

#include "catalog/engines.h"
#include "profile/namerules.h"
#include "util/nearestword.h"
#include "util/yamlread.h"

#include <QFile>

namespace initbench {

using namespace yaml;

QStringList profileKeys()
{
    return {QStringLiteral("name"), QStringLiteral("distro"), QStringLiteral("init"),
            QStringLiteral("engine"), QStringLiteral("services"), QStringLiteral("ssh_port"),
            QStringLiteral("hostname"), QStringLiteral("timezone"), QStringLiteral("root"),
            QStringLiteral("users"), QStringLiteral("packages"), QStringLiteral("share_host_cgroups")};
}

namespace {

class Reader
{
public:
    FieldMarks marks;

    void mark(const QString &field, const YAML::Node &node)
    {
        const YAML::Mark m = node.Mark();
        if (!m.is_null())
            marks.insert(field, {m.line + 1, m.column + 1});
    }

    QString text(const YAML::Node &node, const QString &field)
    {
        mark(field, node);
        return refuseControl(node, field, scalar(node, field));
    }

    QStringList list(const YAML::Node &node, const QString &field)
    {
        mark(field, node);
        const QStringList values = stringList(node, field);
        for (int i = 0; i < values.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(field).arg(i);
            mark(item, node[i]);
            refuseControl(node[i], item, values[i]);
        }
        return values;
    }

    // Every value of a profile is one line of plain text. A control character (a newline from a
    // "\n" escape or a block scalar, an escape sequence, a NUL) is refused where it stands, before
    // any rule sees the value: it could end a line of setup.sh or drive a terminal.
    static QString refuseControl(const YAML::Node &node, const QString &field, const QString &value)
    {
        for (const QChar c : value)
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
                fail(node, QStringLiteral("%1 holds a control character (U+%2); a profile value is one line of plain text")
                               .arg(field)
                               .arg(c.unicode(), 4, 16, QLatin1Char('0')));
        return value;
    }

    Account account(const YAML::Node &node, const QString &field, bool isRoot)
    {
        requireMap(node, field);
        QStringList keys{QStringLiteral("keys"), QStringLiteral("password_hash")};
        if (!isRoot)
            keys.prepend(QStringLiteral("name"));
        checkKeys(node, keys, field);
        Account a;
        a.name = isRoot ? QStringLiteral("root") : text(node["name"], field + QStringLiteral(".name"));
        if (const auto n = node["keys"])
            a.keys = list(n, field + QStringLiteral(".keys"));
        if (const auto n = node["password_hash"])
            a.passwordHash = text(n, field + QStringLiteral(".password_hash"));
        return a;
    }

    Profile profile(const YAML::Node &root, const QString &defaultEngine)
    {
        if (!root.IsMap())
            fail(root, QStringLiteral("a profile must be a mapping of keys such as name, distro, init; "
                                      "found %1").arg(describe(root)));
        checkKeys(root, profileKeys(), QStringLiteral("the profile"));
        Profile p;
        for (const char *required : {"name", "distro", "init"})
            if (!root[required])
                fail(root, QStringLiteral("the profile has no '%1' key").arg(QString::fromLatin1(required)));
        p.name = text(root["name"], QStringLiteral("name"));
        p.distro = text(root["distro"], QStringLiteral("distro"));
        p.init = text(root["init"], QStringLiteral("init"));
        p.engine = root["engine"] ? text(root["engine"], QStringLiteral("engine")) : defaultEngine;
        if (const auto n = root["services"]) p.services = list(n, QStringLiteral("services"));
        if (const auto n = root["ssh_port"]) {
            mark(QStringLiteral("ssh_port"), n);
            p.sshPort = integer(n, QStringLiteral("ssh_port"), 1, 65535);
        }
        if (const auto n = root["hostname"]) p.hostname = text(n, QStringLiteral("hostname"));
        if (const auto n = root["timezone"]) p.timezone = text(n, QStringLiteral("timezone"));
        if (const auto n = root["root"]) p.root = account(n, QStringLiteral("root"), true);
        if (const auto n = root["users"]) {
            if (!n.IsSequence())
                fail(n, QStringLiteral("users must be a list, not %1").arg(describe(n)));
            for (std::size_t i = 0; i < n.size(); ++i)
                p.users << account(n[i], QStringLiteral("users[%1]").arg(i), false);
        }
        if (const auto n = root["packages"]) p.packages = list(n, QStringLiteral("packages"));
        if (const auto n = root["share_host_cgroups"]) {
            mark(QStringLiteral("share_host_cgroups"), n);
            p.shareHostCgroups = boolean(n, QStringLiteral("share_host_cgroups"));
        }
        return p;
    }
};

class Checker
{
public:
    Checker(const FieldMarks &marks) : m_marks(marks) {}
    QList<ProfileIssue> issues;

    void check(const QString &field, const QString &problem)
    {
        if (problem.isEmpty())
            return;
        const auto m = m_marks.value(field);
        issues << ProfileIssue{m.first, m.second, problem};
    }

private:
    const FieldMarks &m_marks;
};

template <class T>
QStringList idsOf(const QList<T> &items)
{
    QStringList ids;
    for (const T &i : items)
        ids << i.id;
    return ids;
}

QString unknownWord(const QString &what, const QString &value, const QStringList &valid)
{
    return QStringLiteral("unknown %1 '%2'; did you mean '%3'? (known: %4)")
        .arg(what, value.left(60), nearestWord(value, valid), valid.join(QStringLiteral(", ")));
}

} // namespace

QList<ProfileIssue> validateProfile(const Profile &p, const Catalog &catalog, const FieldMarks &marks)
{
    Checker c(marks);
    c.check(QStringLiteral("name"), checkContainerName(p.name));
    if (!p.hostname.isEmpty())
        c.check(QStringLiteral("hostname"), checkHostname(p.hostname));
    if (!p.timezone.isEmpty())
        c.check(QStringLiteral("timezone"), checkTimezone(p.timezone));
    bool known = true;
    if (!catalog.distro(p.distro)) {
        c.check(QStringLiteral("distro"), unknownWord(QStringLiteral("distro"), p.distro, idsOf(catalog.distros())));
        known = false;
    }
    if (!catalog.init(p.init)) {
        c.check(QStringLiteral("init"), unknownWord(QStringLiteral("init system"), p.init, idsOf(catalog.inits())));
        known = false;
    }
    if (!knownEngines().contains(p.engine)) {
        c.check(QStringLiteral("engine"), unknownWord(QStringLiteral("engine"), p.engine, knownEngines()));
        known = false;
    }
    if (known) {
        const Cell cell = catalog.cell(p.distro, p.init, p.engine);
        if (!cell.supported)
            c.check(QStringLiteral("init"), QStringLiteral("%1 with %2 on %3 is not supported: %4")
                                                .arg(p.distro, p.init, p.engine, cell.reason));
    }
    for (int i = 0; i < p.services.size(); ++i) {
        const QString field = QStringLiteral("services[%1]").arg(i);
        const QString &s = p.services[i];
        if (!catalog.service(s))
            c.check(field, unknownWord(QStringLiteral("service"), s, idsOf(catalog.services())));
        else if (p.services.indexOf(s) != i)
            c.check(field, QStringLiteral("service '%1' is listed twice").arg(s));
        else if (known && catalog.cell(p.distro, p.init, p.engine).supported)
            if (const QString why = catalog.serviceRefusal(s, p.distro, p.init, p.engine); !why.isEmpty())
                c.check(field, QStringLiteral("service '%1' is not available here: %2").arg(s, why));
    }
    for (int i = 0; i < p.packages.size(); ++i)
        c.check(QStringLiteral("packages[%1]").arg(i), checkPackageName(p.packages[i]));
    QList<Account> accounts{p.root};
    accounts += p.users;
    QStringList seen;
    for (int a = 0; a < accounts.size(); ++a) {
        const Account &acc = accounts[a];
        const QString field = a == 0 ? QStringLiteral("root") : QStringLiteral("users[%1]").arg(a - 1);
        if (a > 0) {
            c.check(field + QStringLiteral(".name"), checkUserName(acc.name));
            if (acc.name == QLatin1String("root") || seen.contains(acc.name))
                c.check(field + QStringLiteral(".name"), QStringLiteral("user '%1' is defined twice").arg(acc.name));
            seen << acc.name;
        }
        for (int k = 0; k < acc.keys.size(); ++k)
            c.check(QStringLiteral("%1.keys[%2]").arg(field).arg(k), checkPublicKey(acc.keys[k]));
        if (!acc.passwordHash.isEmpty())
            c.check(field + QStringLiteral(".password_hash"), checkPasswordHash(acc.passwordHash));
    }
    return c.issues;
}

ProfileLoadResult parseProfile(const QByteArray &yamlText, const Catalog &catalog, const QString &defaultEngine)
{
    ProfileLoadResult result;
    Reader reader;
    try {
        result.profile = reader.profile(parse(yamlText), defaultEngine);
    } catch (const YamlError &e) {
        result.issues << ProfileIssue{e.line, e.column, e.message};
        return result;
    } catch (const YAML::Exception &e) {
        result.issues << ProfileIssue{e.mark.is_null() ? 0 : e.mark.line + 1,
                                      e.mark.is_null() ? 0 : e.mark.column + 1,
                                      QString::fromStdString(e.msg)};
        return result;
    }
    result.issues = validateProfile(result.profile, catalog, reader.marks);
    return result;
}

ProfileLoadResult loadProfileFile(const QString &path, const Catalog &catalog, const QString &defaultEngine)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileLoadResult r;
        r.issues << ProfileIssue{0, 0, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
        return r;
    }
    return parseProfile(file.readAll(), catalog, defaultEngine);
}

} // namespace initbench
