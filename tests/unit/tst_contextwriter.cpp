#include "recipe/contextwriter.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace initbench;

static BuildPlan samplePlan(const QByteArray &content)
{
    BuildPlan p;
    p.engine = QStringLiteral("docker");
    p.files = {ContextFile{QStringLiteral("Containerfile"), content, 0644},
               ContextFile{QStringLiteral("rootfs/initbench/setup.sh"), "#!/bin/sh\n", 0755},
               ContextFile{QStringLiteral("rootfs/initbench/passwords"), "root:$6$x\n", 0600}};
    p.run = {QStringLiteral("boot"), CommandLine{QStringLiteral("docker"), {QStringLiteral("run"), QStringLiteral("a b")}, {}}};
    return p;
}

static QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class TstContextWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesFilesModesAndCommands()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("new/ctx"));
        QCOMPARE(writeBuildContext(samplePlan("FROM a\n"), dir), QString());
        QCOMPARE(read(dir + QStringLiteral("/Containerfile")), QByteArray("FROM a\n"));
        QCOMPARE(QFileInfo(dir + QStringLiteral("/rootfs/initbench/setup.sh")).permissions() & 0x7000,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!(QFileInfo(dir + QStringLiteral("/rootfs/initbench/passwords")).permissions() & QFile::ReadOther));
        QCOMPARE(read(dir + QStringLiteral("/commands.txt")), QByteArray("# boot\ndocker run 'a b'\n"));
        QVERIFY(QFile::exists(dir + QLatin1Char('/') + QLatin1String(contextMarkerName())));
    }
    void replacesAnEarlierContext()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ctx"));
        QCOMPARE(writeBuildContext(samplePlan("FROM a\n"), dir), QString());
        QFile extra(dir + QStringLiteral("/stale"));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.close();
        QCOMPARE(writeBuildContext(samplePlan("FROM b\n"), dir), QString());
        QCOMPARE(read(dir + QStringLiteral("/Containerfile")), QByteArray("FROM b\n"));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/stale")));
        // No staging or backup folders are left next to it.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("ctx")});
    }
    void refusesAFolderWithUserFiles()
    {
        QTemporaryDir tmp;
        QFile mine(tmp.filePath(QStringLiteral("thesis.tex")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("precious");
        mine.close();
        const QString error = writeBuildContext(samplePlan("FROM a\n"), tmp.path());
        QVERIFY2(error.contains(QLatin1String("is not empty and is not an Initbench build context")), qPrintable(error));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("thesis.tex")});
        QCOMPARE(read(mine.fileName()), QByteArray("precious"));
    }
    void refusesAFile()
    {
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("file")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(writeBuildContext(samplePlan("x"), f.fileName()).contains(QLatin1String("is not a folder")));
    }
};

QTEST_GUILESS_MAIN(TstContextWriter)
#include "tst_contextwriter.moc"
