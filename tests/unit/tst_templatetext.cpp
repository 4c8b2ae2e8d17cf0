#include "util/nearestword.h"
#include "util/templatetext.h"

#include <QTest>

using namespace initbench;

class TstTemplateText : public QObject
{
    Q_OBJECT
private slots:
    void expandsKnownPlaceholders()
    {
        QCOMPARE(expandTemplate(QStringLiteral("Port {ssh_port}\nHost {name}"),
                                {{QStringLiteral("ssh_port"), QStringLiteral("2222")}, {QStringLiteral("name"), QStringLiteral("x")}}),
                 QStringLiteral("Port 2222\nHost x"));
    }
    void leavesUnknownAndShellBracesAlone()
    {
        // Shell text such as ${s6_user%/x} or { a; } must pass through untouched.
        const QString shell = QStringLiteral("[ -f x ] || { mkdir -p y; } ${s6_user%/contents.d} {unknown}");
        QCOMPARE(expandTemplate(shell, {{QStringLiteral("name"), QStringLiteral("n")}}), shell);
        QCOMPARE(unexpandedPlaceholders(shell), QStringList{QStringLiteral("unknown")});
    }
    void nearestWordPicksClosest()
    {
        const QStringList keys{QStringLiteral("name"), QStringLiteral("services"), QStringLiteral("ssh_port")};
        QCOMPARE(nearestWord(QStringLiteral("servics"), keys), QStringLiteral("services"));
        QCOMPARE(nearestWord(QStringLiteral("sshport"), keys), QStringLiteral("ssh_port"));
        QCOMPARE(editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
    }
};

QTEST_GUILESS_MAIN(TstTemplateText)
#include "tst_templatetext.moc"
