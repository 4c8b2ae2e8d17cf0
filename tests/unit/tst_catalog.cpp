// Catalog consistency: the YAML files refer only to things that exist, and every cell is
// either supported with a recipe or refused with a one-line reason written for it.
#include "catalog/catalog.h"
#include "catalog/engines.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace initbench;

class TstCatalog : public QObject
{
    Q_OBJECT
    Catalog m_catalog;
    QSet<QString> m_families;
    QSet<QString> m_inits;

    QStringList badVariantKeys(const QStringList &keys) const
    {
        QStringList bad;
        for (const QString &key : keys) {
            if (key == QLatin1String("*"))
                continue;
            const QString init = key.section(QLatin1Char('@'), 0, 0);
            const QString family = key.section(QLatin1Char('@'), 1);
            if ((!init.isEmpty() && !m_inits.contains(init)) || (key.contains(QLatin1Char('@')) && !m_families.contains(family)))
                bad << key;
        }
        return bad;
    }

private slots:
    void initTestCase()
    {
        QStringList errors;
        m_catalog = Catalog::builtin(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        for (const Distro &d : m_catalog.distros())
            m_families.insert(d.family);
        for (const InitSystem &i : m_catalog.inits())
            m_inits.insert(i.id);
    }

    void hasWhatTheIssueLists()
    {
        for (const char *d : {"debian:bookworm", "debian:trixie", "ubuntu:24.04", "alpine:3.20", "fedora:41",
                              "arch:latest", "void:latest", "guix:1.4"})
            QVERIFY2(m_catalog.distro(QString::fromLatin1(d)), d);
        for (const char *i : {"systemd", "sysvinit", "openrc", "runit", "s6-overlay", "busybox-init", "shepherd"})
            QVERIFY2(m_catalog.init(QString::fromLatin1(i)), i);
        for (const char *s : {"sshd", "utmps", "console-getty", "syslog", "cron"})
            QVERIFY2(m_catalog.service(QString::fromLatin1(s)), s);
    }

    void idsAreUnique()
    {
        QSet<QString> seen;
        for (const Distro &d : m_catalog.distros()) {
            QVERIFY2(!seen.contains(d.id), qPrintable(d.id));
            seen.insert(d.id);
        }
        QCOMPARE(qsizetype(m_inits.size()), m_catalog.inits().size());
    }

    void referencesExist()
    {
        for (const Distro &d : m_catalog.distros()) {
            for (const QString &init : d.refusedInits.keys())
                QVERIFY2(m_inits.contains(init), qPrintable(d.sourceFile + QStringLiteral(": unknown init ") + init));
            for (const QString &engine : d.refusedEngines.keys())
                QVERIFY2(knownEngines().contains(engine), qPrintable(d.sourceFile + QStringLiteral(": unknown engine ") + engine));
        }
        for (const InitSystem &i : m_catalog.inits())
            for (auto it = i.variants.cbegin(); it != i.variants.cend(); ++it) {
                QVERIFY2(m_families.contains(it.key()), qPrintable(i.sourceFile + QStringLiteral(": unknown family ") + it.key()));
                for (const QString &engine : it->engines.keys() + it->refusedEngines.keys())
                    QVERIFY2(knownEngines().contains(engine), qPrintable(i.sourceFile + QStringLiteral(": unknown engine ") + engine));
            }
        for (const Service &s : m_catalog.services()) {
            const QStringList bad = badVariantKeys(s.recipes.keys() + s.refused.keys());
            QVERIFY2(bad.isEmpty(), qPrintable(s.sourceFile + QStringLiteral(": keys name no init/family: ") + bad.join(QLatin1Char(' '))));
            for (const QString &family : s.packages.keys())
                QVERIFY2(m_families.contains(family), qPrintable(s.sourceFile + QStringLiteral(": unknown family ") + family));
            for (const QString &engine : s.engines.keys())
                QVERIFY2(knownEngines().contains(engine), qPrintable(s.sourceFile + QStringLiteral(": unknown engine ") + engine));
        }
    }

    void everyCellIsDecidedOnPurpose()
    {
        const QList<Cell> cells = m_catalog.cells();
        QCOMPARE(cells.size(), m_catalog.distros().size() * m_catalog.inits().size() * knownEngines().size());
        int supported = 0;
        for (const Cell &c : cells) {
            const QString where = c.distro + QLatin1Char(' ') + c.init + QLatin1Char(' ') + c.engine;
            if (c.supported) {
                ++supported;
                QVERIFY(c.reason.isEmpty());
                continue;
            }
            // A reason the catalog wrote, not the fallback for a forgotten combination.
            QVERIFY2(!c.reason.startsWith(QLatin1String("no recipe")), qPrintable(where + QStringLiteral(": ") + c.reason));
            QVERIFY2(!c.reason.isEmpty() && !c.reason.contains(QLatin1Char('\n')) && c.reason.size() < 140,
                     qPrintable(where + QStringLiteral(": reason must be one short line")));
        }
        QVERIFY(supported >= 40);
    }

    void everyServiceIsDecidedInEverySupportedCell()
    {
        for (const Cell &c : m_catalog.cells()) {
            if (!c.supported)
                continue;
            for (const Service &s : m_catalog.services()) {
                const QString why = m_catalog.serviceRefusal(s.id, c.distro, c.init, c.engine);
                QVERIFY2(!why.startsWith(QLatin1String("no recipe")),
                         qPrintable(QStringLiteral("%1 in %2/%3/%4: %5").arg(s.id, c.distro, c.init, c.engine, why)));
            }
        }
    }

    void knownVerdicts()
    {
        QVERIFY(m_catalog.cell(QStringLiteral("debian:bookworm"), QStringLiteral("openrc"), QStringLiteral("docker")).supported);
        QVERIFY(m_catalog.cell(QStringLiteral("alpine:3.20"), QStringLiteral("s6-overlay"), QStringLiteral("docker")).supported);
        QVERIFY(!m_catalog.cell(QStringLiteral("alpine:3.20"), QStringLiteral("s6-overlay"), QStringLiteral("nspawn")).supported);
        const Cell guix = m_catalog.cell(QStringLiteral("guix:1.4"), QStringLiteral("shepherd"), QStringLiteral("docker"));
        QVERIFY(!guix.supported);
        QVERIFY(guix.reason.contains(QLatin1String("only under systemd-nspawn")));
        QVERIFY(m_catalog.serviceRefusal(QStringLiteral("utmps"), QStringLiteral("debian:bookworm"), QStringLiteral("sysvinit"),
                                         QStringLiteral("docker")).contains(QLatin1String("glibc")));
        QVERIFY(m_catalog.serviceRefusal(QStringLiteral("utmps"), QStringLiteral("alpine:3.20"), QStringLiteral("openrc"),
                                         QStringLiteral("docker")).isEmpty());
    }

    void brokenFilesNameFileLineAndColumn()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("distros")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("inits")));
        QFile bad(dir.filePath(QStringLiteral("distros/bad.yaml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("id: x\nname: X\nfamily: debian\ninstal: apt-get install {packages}\n");
        bad.close();
        QFile broken(dir.filePath(QStringLiteral("inits/broken.yaml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("id: x\nvariants: [a, b\n");
        broken.close();
        QStringList errors;
        Catalog::load(dir.path(), &errors);
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("bad.yaml:4:1: unknown key 'instal' in a distro; did you mean 'install'?")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("broken.yaml:")) && all.contains(QLatin1String("malformed YAML")), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TstCatalog)
#include "tst_catalog.moc"
