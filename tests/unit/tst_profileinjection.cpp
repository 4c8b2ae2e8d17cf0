// The injection property: profiles are generated with valid and hostile values (newlines, quotes,
// command substitutions, control characters, operators); each goes through the real loader and
// recipe generator. A value the loader accepts must land in setup.sh as exactly one shell word
// where it belongs, and the script must parse (checked by the real sh -n); a value holding a
// control character must be refused with its line and column.
#include "catalog/catalog.h"
#include "profile/profileloader.h"
#include "recipe/recipegenerator.h"
#include "recipefixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QtTest>

using namespace initbench;

namespace {

// A POSIX sh tokenizer for one line, enough to tell words apart: quotes, backslashes,
// operators. `expands` is set when an unquoted character would make sh do more than take the
// text literally ($, `, globs, ~ or # starting a word).
struct Token {
    QString text;
    bool op = false;
};
struct Line {
    QList<Token> tokens;
    bool expands = false;
    bool unterminated = false;
    QStringList words() const
    {
        QStringList w;
        for (const Token &t : tokens)
            w << t.text;
        return w;
    }
};

Line tokenize(const QString &line)
{
    Line out;
    QString word;
    bool inWord = false;
    auto flush = [&] {
        if (inWord)
            out.tokens << Token{word, false};
        word.clear();
        inWord = false;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            flush();
        } else if (QStringLiteral(";&|<>()").contains(c)) {
            flush();
            out.tokens << Token{QString(c), true};
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = line.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0) {
                out.unterminated = true;
                return out;
            }
            word += line.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            for (; j < line.size() && line[j] != QLatin1Char('"'); ++j) {
                if (line[j] == QLatin1Char('$') || line[j] == QLatin1Char('`'))
                    out.expands = true;
                if (line[j] == QLatin1Char('\\') && j + 1 < line.size())
                    ++j;
                word += line[j];
            }
            if (j >= line.size()) {
                out.unterminated = true;
                return out;
            }
            inWord = true;
            i = j;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < line.size())
                word += line[++i];
            inWord = true;
        } else {
            if (QStringLiteral("$`*?[").contains(c) || (!inWord && (c == QLatin1Char('~') || c == QLatin1Char('#'))))
                out.expands = true;
            word += c;
            inWord = true;
        }
    }
    flush();
    return out;
}

const QStringList kPieces = {
    QStringLiteral("\n"), QStringLiteral("\ntouch pwned"), QStringLiteral(" "), QStringLiteral("\t"), QStringLiteral("'"),
    QStringLiteral("\""), QStringLiteral("$(touch pwned)"), QStringLiteral("`id`"), QStringLiteral(";reboot"),
    QStringLiteral("&&id"), QStringLiteral("|id"), QStringLiteral(">x"), QStringLiteral("<x"), QStringLiteral("*"),
    QStringLiteral("?"), QStringLiteral("~"), QStringLiteral("#"), QStringLiteral("\\"), QStringLiteral("\x1b[2J"),
    QStringLiteral("\u00e9"), QStringLiteral("\r"), QStringLiteral("\x7f"), QString(QChar(0x85)), QStringLiteral("$HOME"),
    QStringLiteral(".."), QStringLiteral("/"), QStringLiteral("-"), QStringLiteral("--help"), QString(QChar(0x2028)),
    QStringLiteral("+"), QStringLiteral("_"), QStringLiteral("."), QString(QChar(0)),
};

bool hasControl(const QString &v)
{
    for (const QChar c : v)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return true;
    return false;
}

// YAML double-quoted: every character that is not plain printable ASCII is escaped.
QString yamlQuoted(const QString &v)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : v) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\')
            out += QLatin1Char('\\') + QString(c);
        else if (u < 0x20 || (u >= 0x7f && u <= 0xff))
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else if (u > 0xff)
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed) {}

    // A valid value, or one with a hostile piece put into it (a third of the time).
    QString value(const QStringList &valid)
    {
        QString v = valid[m_random.bounded(int(valid.size()))];
        if (m_random.bounded(3) != 0)
            return v;
        const QString piece = kPieces[m_random.bounded(int(kPieces.size()))];
        switch (m_random.bounded(4)) {
        case 0: return piece + v;
        case 1: return v + piece;
        case 2: return piece;
        default: return v.insert(m_random.bounded(int(v.size()) + 1), piece);
        }
    }
    int bounded(int n) { return m_random.bounded(n); }

private:
    QRandomGenerator m_random;
};

struct Values {
    QString engine, hostname, timezone, user;
    QStringList packages;
};

QByteArray profileYaml(const Values &v)
{
    QStringList packages;
    for (const QString &p : v.packages)
        packages << yamlQuoted(p);
    return QStringLiteral("name: prop\ndistro: debian:bookworm\ninit: sysvinit\nengine: %1\nhostname: %2\ntimezone: %3\n"
                          "packages: [%4]\nusers:\n  - name: %5\n")
        .arg(v.engine, yamlQuoted(v.hostname), yamlQuoted(v.timezone), packages.join(QStringLiteral(", ")), yamlQuoted(v.user))
        .toUtf8();
}

// The first line of the script whose words start with prefix.
Line lineStarting(const QString &script, const QStringList &prefix)
{
    for (const QString &l : script.split(QLatin1Char('\n'))) {
        const Line t = tokenize(l);
        if (t.words().mid(0, prefix.size()) == prefix)
            return t;
    }
    return {};
}

} // namespace

class TstProfileInjection : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::builtin();

    bool shellParses(const QByteArray &script)
    {
        QTemporaryFile f;
        if (!f.open())
            return false;
        f.write(script);
        f.flush();
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-n"), f.fileName()});
        return sh.waitForFinished(10000) && sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0;
    }

private slots:
    void theIssuesExampleIsRefused()
    {
        const ProfileLoadResult r = parseProfile("name: demo\ndistro: debian:bookworm\ninit: sysvinit\n"
                                                 "packages: [\"less\\n\", \"touch\\n\", \"pwned\"]\n",
                                                 m_catalog, QStringLiteral("docker"));
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.first().line, 4);
        QVERIFY(r.issues.first().column > 0);
        QVERIFY(r.issues.first().message.contains(QLatin1String("control character")));
    }

    void anchoredRulesRefuseATrailingNewlineFromABlockScalar()
    {
        const ProfileLoadResult r = parseProfile("name: |\n  demo\ndistro: debian:bookworm\ninit: sysvinit\n", m_catalog,
                                                 QStringLiteral("docker"));
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.first().line, 1);
    }

    void everyAcceptedValueIsOneShellWordWhereItBelongs()
    {
        const quint32 seed = 20261207;
        Generator gen(seed);
        int accepted = 0, refused = 0, hostileAccepted = 0;
        for (int round = 0; round < 1000; ++round) {
            Values v;
            v.engine = gen.bounded(2) ? QStringLiteral("docker") : QStringLiteral("nspawn");
            v.hostname = gen.value({QStringLiteral("box"), QStringLiteral("web-1.example.org"), QStringLiteral("a")});
            v.timezone = gen.value({QStringLiteral("UTC"), QStringLiteral("Europe/Berlin"), QStringLiteral("America/Argentina/Buenos_Aires"),
                                    QStringLiteral("Etc/GMT+3")});
            v.user = gen.value({QStringLiteral("alice"), QStringLiteral("bob_2"), QStringLiteral("_svc"), QStringLiteral("dev-user")});
            for (int i = gen.bounded(3) + 1; i > 0; --i)
                v.packages << gen.value({QStringLiteral("less"), QStringLiteral("curl"), QStringLiteral("vim-tiny"), QStringLiteral("g++"),
                                         QStringLiteral("libc6.1")});
            const QByteArray yaml = profileYaml(v);
            const ProfileLoadResult loaded = parseProfile(yaml, m_catalog, QStringLiteral("docker"));
            const QString context = QStringLiteral("seed %1 round %2:\n%3").arg(seed).arg(round).arg(QString::fromUtf8(yaml));
            const bool anyControl = hasControl(v.hostname) || hasControl(v.timezone) || hasControl(v.user)
                                    || std::any_of(v.packages.cbegin(), v.packages.cend(), hasControl);
            if (!loaded.ok()) {
                ++refused;
                for (const ProfileIssue &i : loaded.issues)
                    QVERIFY2(i.line > 0 && i.column > 0, qPrintable(context + i.message));
                continue;
            }
            QVERIFY2(!anyControl, qPrintable(context));
            ++accepted;
            const RecipeResult recipe = test::generate(m_catalog, loaded.profile);
            QVERIFY2(recipe.ok(), qPrintable(context));
            QByteArray scriptBytes;
            for (const ContextFile &f : recipe.plan.files)
                if (f.path.endsWith(QLatin1String("/setup.sh")))
                    scriptBytes = f.content;
            QVERIFY2(!scriptBytes.isEmpty(), qPrintable(context));
            QVERIFY2(shellParses(scriptBytes), qPrintable(context));
            const QString script = QString::fromUtf8(scriptBytes);

            const Line install = lineStarting(script, {QStringLiteral("DEBIAN_FRONTEND=noninteractive"), QStringLiteral("apt-get"),
                                                       QStringLiteral("install"), QStringLiteral("-y"),
                                                       QStringLiteral("--no-install-recommends"), QStringLiteral("sysvinit-core")});
            QVERIFY2(!install.expands && !install.unterminated && !install.tokens.isEmpty(), qPrintable(context));
            for (const QString &p : loaded.profile.packages)
                QVERIFY2(install.words().count(p) == 1, qPrintable(context + p));
            for (const Token &t : install.tokens)
                QVERIFY2(!t.op, qPrintable(context));

            const Line useradd = lineStarting(script, {QStringLiteral("useradd")});
            QVERIFY2(!useradd.expands && !useradd.unterminated, qPrintable(context));
            QCOMPARE(useradd.words(), (QStringList{QStringLiteral("useradd"), QStringLiteral("--create-home"), QStringLiteral("--shell"),
                                                   QStringLiteral("/bin/bash"), v.user}));

            const Line zone = lineStarting(script, {QStringLiteral("echo"), v.timezone});
            QVERIFY2(!zone.expands && !zone.unterminated, qPrintable(context));
            QCOMPARE(zone.words(), (QStringList{QStringLiteral("echo"), v.timezone, QStringLiteral(">"), QStringLiteral("/etc/timezone")}));
            const Line link = lineStarting(script, {QStringLiteral("ln"), QStringLiteral("-sf")});
            QCOMPARE(link.words(), (QStringList{QStringLiteral("ln"), QStringLiteral("-sf"), QStringLiteral("/usr/share/zoneinfo/") + v.timezone,
                                                QStringLiteral("/etc/localtime")}));

            if (v.engine == QLatin1String("nspawn")) {
                const Line host = lineStarting(script, {QStringLiteral("echo"), v.hostname});
                QCOMPARE(host.words(), (QStringList{QStringLiteral("echo"), v.hostname, QStringLiteral(">"), QStringLiteral("/etc/hostname")}));
            }
            const bool hostile = v.user != v.user.trimmed() || std::any_of(kPieces.cbegin(), kPieces.cend(), [&](const QString &piece) {
                return piece.size() > 0 && !QStringLiteral("+_.-/").contains(piece)
                       && (v.user.contains(piece) || v.hostname.contains(piece) || v.timezone.contains(piece));
            });
            hostileAccepted += hostile ? 1 : 0;
        }
        qInfo("%d profiles accepted, %d refused, %d accepted with a hostile-looking piece (each one shell word)", accepted, refused,
              hostileAccepted);
        QVERIFY(accepted > 100);
        QVERIFY(refused > 300);
    }
};

QTEST_GUILESS_MAIN(TstProfileInjection)
#include "tst_profileinjection.moc"
