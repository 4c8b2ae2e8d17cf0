// Golden build contexts for every supported cell: tests/golden/<distro>_<init>_<engine>/ holds
// exactly what `initbench recipe` writes for the fixture profile. INITBENCH_UPDATE_GOLDEN=1
// rewrites them; review the diff by eye against init-systems.md before committing.
#include "recipe/contextwriter.h"
#include "recipefixture.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(initbench::Cell)

using namespace initbench;
using namespace initbench::test;

static QString goldenRoot() { return QStringLiteral(INITBENCH_SOURCE_DIR "/tests/golden"); }

static QString cellDirName(const Cell &c)
{
    return QString(c.distro).replace(QLatin1Char(':'), QLatin1Char('-')) + QLatin1Char('_') + c.init + QLatin1Char('_') + c.engine;
}

static QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

class TstGolden : public QObject
{
    Q_OBJECT
    Catalog m_catalog = Catalog::builtin();

private slots:
    void cells_data()
    {
        QTest::addColumn<Cell>("cell");
        for (const Cell &c : m_catalog.cells())
            if (c.supported)
                QTest::newRow(qPrintable(cellDirName(c))) << c;
    }
    void cells()
    {
        QFETCH(Cell, cell);
        const RecipeResult r = generate(m_catalog, fullProfile(m_catalog, cell));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QTemporaryDir tmp;
        const QString written = tmp.filePath(QStringLiteral("context"));
        QCOMPARE(writeBuildContext(r.plan, written), QString());
        const QString golden = QDir(goldenRoot()).filePath(cellDirName(cell));

        if (qEnvironmentVariableIntValue("INITBENCH_UPDATE_GOLDEN") == 1) {
            QDir(golden).removeRecursively();
            for (const QString &rel : filesUnder(written)) {
                QDir().mkpath(QFileInfo(QDir(golden).filePath(rel)).path());
                QVERIFY(QFile::copy(QDir(written).filePath(rel), QDir(golden).filePath(rel)));
            }
        }
        QCOMPARE(filesUnder(written), filesUnder(golden));
        for (const QString &rel : filesUnder(written)) {
            const QString got = QDir(written).filePath(rel);
            const QString want = QDir(golden).filePath(rel);
            QVERIFY2(readAll(got) == readAll(want), qPrintable(QStringLiteral("%1 differs from the golden file %2").arg(rel, want)));
            QCOMPARE(QFileInfo(got).isExecutable(), QFileInfo(want).isExecutable());
        }
    }
    void noStaleGoldenDirectories()
    {
        QStringList expected;
        for (const Cell &c : m_catalog.cells())
            if (c.supported)
                expected << cellDirName(c);
        expected.sort();
        QStringList present = QDir(goldenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(present, expected);
    }
};

QTEST_GUILESS_MAIN(TstGolden)
#include "tst_golden.moc"
