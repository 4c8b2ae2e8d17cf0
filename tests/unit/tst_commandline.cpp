#include "process/commandline.h"

#include <QTest>

using namespace initbench;

class TstCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "docker" << "docker";
        QTest::newRow("path") << "/tmp/ctx/Containerfile" << "/tmp/ctx/Containerfile";
        QTest::newRow("space") << "a b" << "'a b'";
        QTest::newRow("empty") << "" << "''";
        QTest::newRow("dollar") << "chroot \"$1\" x" << "'chroot \"$1\" x'";
        QTest::newRow("single quote") << "it's" << "'it'\\''s'";
        QTest::newRow("semicolon") << "a;rm -rf /" << "'a;rm -rf /'";
    }
    void quoting()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(shellQuote(argument), quoted);
    }
    void displayIncludesWorkingDirectory()
    {
        const CommandLine c{QStringLiteral("mmdebstrap"), {QStringLiteral("--variant=minbase")}, QStringLiteral("/tmp/my ctx")};
        QCOMPARE(c.toDisplayString(), QStringLiteral("(cd '/tmp/my ctx' && mmdebstrap --variant=minbase)"));
    }
    void longCommandsWrapBeforeOptions()
    {
        const CommandLine c{QStringLiteral("docker"),
                            {QStringLiteral("run"), QStringLiteral("--name"), QStringLiteral("a"), QStringLiteral("--stop-signal"),
                             QStringLiteral("SIGPWR"), QStringLiteral("image")},
                            {}};
        QCOMPARE(c.toWrappedDisplayString(200), c.toDisplayString());
        QCOMPARE(c.toWrappedDisplayString(10),
                 QStringLiteral("docker run \\\n    --name a \\\n    --stop-signal SIGPWR image"));
    }
};

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
