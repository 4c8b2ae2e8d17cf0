// The Console and Findings tabs over a console captured from a real failing boot (OpenRC on
// docker without a tmpfs on /run), from one feed: read off the GUI thread, once for both and
// only while one of them is shown; shown as plain text without terminal codes; what the boot
// doctor recognises listed cause first with its line and fix, choosing a finding shows that
// line in the console, and the search counts matches. A console that cannot be read says why.
#include "consolefeed.h"
#include "consolepane.h"
#include "doctor/doctorrule.h"
#include "findingspane.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QThread>

#include "capturedoutput.h"

#include <atomic>

using namespace initbench;

class TstConsolePane : public QObject
{
    Q_OBJECT
private slots:
    void consoleFindingsAndSearch()
    {
        const QString console = QString::fromUtf8(initbench::test::capture(QStringLiteral("doctor/docker-openrc-without-tmpfs-run.console")));
        QThread *readOn = nullptr;
        std::atomic<int> reads{0};
        ConsoleFeed feed;
        feed.setReader([&](const QString &name, const QString &engine, QString *) {
            readOn = QThread::currentThread();
            ++reads;
            return name == QLatin1String("web") && engine == QLatin1String("docker") ? console + QStringLiteral("\x1b[1;31mcoloured\x1b[0m\n")
                                                                                      : QString();
        });
        ConsolePane pane(&feed);
        FindingsPane findingsPane(&feed);
        feed.setContainer(QStringLiteral("web"), QStringLiteral("docker"));
        QTest::qWait(100);
        QCOMPARE(reads.load(), 0); // neither tab shown: nothing is read
        pane.show();
        findingsPane.show();
        auto *findings = findingsPane.findChild<QTableWidget *>(QStringLiteral("findingsTable"));
        QTRY_VERIFY(findings->rowCount() > 0);
        QCOMPARE(reads.load(), 1); // one read for both
        QVERIFY(findingsPane.findChild<QLabel *>(QStringLiteral("findingsVerdict"))->text().endsWith(QLatin1String("problem(s), the cause first. Choose one to see its line in the Console tab.")));
        QVERIFY(readOn && readOn != QThread::currentThread());
        // The cause first: line 10, "* Unable to mount tmpfs on /run."
        QCOMPARE(findings->item(0, 0)->text(), QStringLiteral("10"));
        // The console's own line, as a tooltip: escaped into a plain paragraph, never taken as markup.
        const QString tip = findings->item(0, 2)->toolTip();
        QVERIFY2(tip.startsWith(QLatin1String("<p style='white-space:pre-wrap'>")) && tip.contains(QLatin1String("Unable to mount tmpfs on /run")),
                 qPrintable(tip));
        QCOMPARE(findings->item(0, 1)->text(), severityText(DoctorRule::Severity::Fatal));
        QVERIFY2(findings->item(0, 3)->text().contains(QLatin1String("tmpfs on /run")), qPrintable(findings->item(0, 3)->text()));
        auto *text = pane.findChild<QPlainTextEdit *>(QStringLiteral("consoleText"));
        QVERIFY(text->toPlainText().endsWith(QLatin1String("coloured"))); // terminal codes taken out
        QVERIFY(!text->toPlainText().contains(QChar(0x1b)));

        QSignalSpy chosen(&findingsPane, &FindingsPane::lineChosen);
        findings->cellClicked(0, 0);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toInt(), 10);
        pane.goToLine(10);
        QCOMPARE(text->textCursor().block().blockNumber(), 9);
        QVERIFY(text->textCursor().selectedText().contains(QLatin1String("Unable to mount tmpfs on /run")));

        auto *find = pane.findChild<QLineEdit *>(QStringLiteral("consoleFind"));
        find->setText(QStringLiteral("permission denied"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("consoleMatches"))->text(), QStringLiteral("Matches: 9")); // grep -ci says 9
        QVERIFY(text->textCursor().hasSelection());

        // Both hidden: no more reads.
        pane.hide();
        findingsPane.hide();
        const int before = reads.load();
        QTest::qWait(2500);
        QCOMPARE(reads.load(), before);
    }

    // A console with nothing known in it says so, with how much was read.
    void nothingRecognisedSaysSo()
    {
        ConsoleFeed feed;
        feed.setReader([](const QString &, const QString &, QString *) { return QStringLiteral("INIT: version 3.06 booting\nall fine\n"); });
        FindingsPane pane(&feed);
        pane.show();
        feed.setContainer(QStringLiteral("ok"), QStringLiteral("docker"));
        auto *verdict = pane.findChild<QLabel *>(QStringLiteral("findingsVerdict"));
        QTRY_COMPARE(verdict->text(), QStringLiteral("Nothing in its console matches a known problem (2 line(s) read)."));
        QCOMPARE(pane.findChild<QTableWidget *>(QStringLiteral("findingsTable"))->rowCount(), 0);
    }

    void unreadableConsoleSaysWhy()
    {
        ConsoleFeed feed;
        feed.setReader([](const QString &, const QString &, QString *error) {
            *error = QStringLiteral("no container named 'gone' (engines asked: docker)");
            return QString();
        });
        ConsolePane pane(&feed);
        pane.show();
        feed.setContainer(QStringLiteral("gone"), QStringLiteral("docker"));
        auto *error = pane.findChild<QLabel *>(QStringLiteral("consoleError"));
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("no container named 'gone' (engines asked: docker)"));
        QCOMPARE(error->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TstConsolePane)
#include "tst_consolepane.moc"
