// Control characters from a container never reach the user's terminal through the CLI.
#include "util/controlescape.h"

#include <QtTest>

using namespace initbench;

class TstControlEscape : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("root pts/0 2026-12-07") << QStringLiteral("root pts/0 2026-12-07");
        QTest::newRow("newline and tab stay") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
        QTest::newRow("clear screen") << QStringLiteral("\x1b[2J\x1b[H") << QStringLiteral("^[[2J^[[H");
        QTest::newRow("window title (OSC)") << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("^[]0;pwned^G");
        QTest::newRow("carriage return") << QStringLiteral("ok\rFAKE") << QStringLiteral("ok^MFAKE");
        QTest::newRow("DEL and NUL") << QString(QStringLiteral("a\x7f")) + QChar(0) << QStringLiteral("a^?^@");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << QStringLiteral("M-^[2J");
        QTest::newRow("unicode stays") << QStringLiteral("Zürich 東京") << QStringLiteral("Zürich 東京");
    }
    void escapes()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(escapeControls(in), out);
    }
};

QTEST_GUILESS_MAIN(TstControlEscape)
#include "tst_controlescape.moc"
