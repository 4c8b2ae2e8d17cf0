// The real binary, run as a user would: exit codes, messages, and that bad input writes nothing.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

struct Run {
    int status = -1;
    QString out;
    QString err;
};

class TstCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INITBENCH_HOME"), m_home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(INITBENCH_BINARY), args);
        p.waitForFinished(30000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString writeProfile(const QByteArray &text)
    {
        const QString path = m_home.filePath(QStringLiteral("p%1.yaml").arg(++m_counter));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }
    int m_counter = 0;

private slots:
    void helpForEveryCommand()
    {
        const Run top = run({QStringLiteral("--help")});
        QCOMPARE(top.status, 0);
        QVERIFY(top.out.contains(QLatin1String("recipe")));
        QVERIFY(top.out.contains(QLatin1String("catalog")));
        for (const char *cmd : {"recipe", "catalog"}) {
            const Run r = run({QString::fromLatin1(cmd), QStringLiteral("--help")});
            QCOMPARE(r.status, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: initbench %1").arg(QLatin1String(cmd))), qPrintable(r.out));
        }
    }
    void usageErrorsExitTwo()
    {
        QCOMPARE(run({QStringLiteral("recipe")}).status, 2);
        QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("--bogus")}).status, 2);
        const Run unknown = run({QStringLiteral("recipes")});
        QCOMPARE(unknown.status, 2);
        QVERIFY(unknown.err.contains(QLatin1String("did you mean 'recipe'?")));
        const Run noOut = run({QStringLiteral("recipe"), writeProfile("name: a\ndistro: debian:bookworm\ninit: openrc\n")});
        QCOMPARE(noOut.status, 2);
        QVERIFY(noOut.err.contains(QLatin1String("--out DIR is required")));
    }
    void recipeWritesContextAndPrintsCommands()
    {
        const QString profile = writeProfile("name: web\ndistro: debian:bookworm\ninit: sysvinit\nengine: docker\nservices: [sshd]\n");
        const QString out = m_home.filePath(QStringLiteral("ctx-web"));
        Run r = run({QStringLiteral("recipe"), profile, QStringLiteral("--out"), out});
        QCOMPARE(r.status, 0);
        r.out.replace(QStringLiteral(" \\\n    "), QStringLiteral(" ")); // join wrapped commands
        QVERIFY(QFile::exists(out + QStringLiteral("/Containerfile")));
        QVERIFY(QFile::exists(out + QStringLiteral("/rootfs/initbench/setup.sh")));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("docker build --force-rm --tag initbench/web:latest "
                                                                  "--label io.initbench.context=[0-9a-f]{16} --file %1/Containerfile %1")
                                                       .arg(QRegularExpression::escape(out)))),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("--stop-signal SIGPWR --cap-add SYS_BOOT")));
        // --engine overrides the profile's engine.
        Run n = run({QStringLiteral("recipe"), profile, QStringLiteral("--engine"), QStringLiteral("nspawn"), QStringLiteral("--out"), out});
        QCOMPARE(n.status, 0);
        n.out.replace(QStringLiteral(" \\\n    "), QStringLiteral(" "));
        QVERIFY(n.out.contains(QLatin1String("systemd-nspawn --directory=")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/Containerfile")));
    }
    void badInputWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("message");
        const QByteArray rest = "distro: debian:bookworm\ninit: openrc\n";
        QTest::newRow("malformed") << QByteArray("name: x\nservices: [a\n") << "line 3, column 1: malformed YAML";
        QTest::newRow("unknown key") << "name: x\n" + rest + "sevices: []\n" << "line 4, column 1: unknown key 'sevices' in the profile; did you mean 'services'?";
        QTest::newRow("type error") << "name: x\n" + rest + "ssh_port: [1]\n" << "line 4, column 11: ssh_port must be a whole number from 1 to 65535, not a list";
        QTest::newRow("shell name") << "name: a;rm -rf /\n" + rest << "line 1, column 7: name 'a;rm -rf /' is not allowed";
        QTest::newRow("dotdot name") << "name: ../x\n" + rest << "name '../x' is not allowed";
        QTest::newRow("empty name") << "name: \"\"\n" + rest << "name is empty";
        QTest::newRow("long name") << "name: " + QByteArray(300, 'x') + "\n" + rest << "name is 300 characters long";
        QTest::newRow("unsupported") << QByteArray("name: x\ndistro: guix:1.4\ninit: shepherd\nengine: docker\n")
                                     << "GuixSD has no container image to start from; it runs only under systemd-nspawn";
    }
    void badInputWritesNothing()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, message);
        const QString out = m_home.filePath(QStringLiteral("never-%1").arg(m_counter));
        const Run r = run({QStringLiteral("recipe"), writeProfile(profile), QStringLiteral("--out"), out});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing was written")));
        QVERIFY(!QFileInfo::exists(out));
    }
    void foreignFolderIsNotTouched()
    {
        QTemporaryDir folder;
        QFile mine(folder.filePath(QStringLiteral("notes.txt")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.close();
        const QString profile = writeProfile("name: x\ndistro: debian:bookworm\ninit: openrc\n");
        const Run r = run({QStringLiteral("recipe"), profile, QStringLiteral("--out"), folder.path()});
        QCOMPARE(r.status, 2);
        QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("notes.txt")});
    }
    void missingProfileFile()
    {
        const Run r = run({QStringLiteral("recipe"), m_home.filePath(QStringLiteral("nope.yaml")), QStringLiteral("--out"), m_home.filePath(QStringLiteral("o"))});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QLatin1String("cannot read")));
    }
    // The doctor over a console captured from a real failing boot, as text and as JSON; a good
    // boot's console gives nothing to fix; no container and no file is a usage error.
    void doctorReadsASavedConsole()
    {
        const QString bad = QStringLiteral(INITBENCH_SOURCE_DIR "/tests/data/doctor/docker-openrc-without-tmpfs-run.console");
        const Run text = run({QStringLiteral("doctor"), QStringLiteral("--file"), bad});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(QLatin1String("line 10: * Unable to mount tmpfs on /run.\n  stops the boot:")), qPrintable(text.out));
        QVERIFY(!text.out.contains(QLatin1String("harmless here")));
        QVERIFY(run({QStringLiteral("doctor"), QStringLiteral("--file"), bad, QStringLiteral("--all")}).out.contains(QLatin1String("harmless here")));

        const Run json = run({QStringLiteral("doctor"), QStringLiteral("--file"), bad, QStringLiteral("--json")});
        QCOMPARE(json.status, 0);
        const QJsonArray findings = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject first = findings.first().toObject();
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("openrc-run-not-a-mount"));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("fatal"));
        QCOMPARE(first.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("line")).toInt(), 10);
        QVERIFY(first.value(QStringLiteral("fix")).toString().contains(QLatin1String("--tmpfs /run")));

        const Run good = run({QStringLiteral("doctor"), QStringLiteral("--file"),
                              QStringLiteral(INITBENCH_SOURCE_DIR "/tests/data/doctor/docker-bookworm-sysvinit-good.console")});
        QCOMPARE(good.status, 0);
        QVERIFY2(good.out.startsWith(QLatin1String("Nothing in ")), qPrintable(good.out));
        QCOMPARE(run({QStringLiteral("doctor")}).status, 2);
        QCOMPARE(run({QStringLiteral("doctor"), QStringLiteral("--file"), m_home.filePath(QStringLiteral("absent.log"))}).status, 1);
    }

    void catalogJsonListsEveryCell()
    {
        const Run r = run({QStringLiteral("catalog"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), o.value(QStringLiteral("distros")).toArray().size() * o.value(QStringLiteral("inits")).toArray().size() * 3);
        bool sawRefusal = false;
        for (const QJsonValue &v : cells) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("supported")).toBool())
                QVERIFY(!c.contains(QStringLiteral("reason")));
            else
                sawRefusal = !c.value(QStringLiteral("reason")).toString().isEmpty();
        }
        QVERIFY(sawRefusal);
        const Run text = run({QStringLiteral("catalog")});
        QVERIFY(text.out.contains(QLatin1String("refused: Alpine has no systemd")));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
