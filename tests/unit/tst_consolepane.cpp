// The Console tab over a console captured from a real failing boot (OpenRC on docker without a
// tmpfs on /run): read off the GUI thread, shown as plain text without terminal codes, what the
// boot doctor recognises listed cause first with its line and fix, a click on a finding shows
// that line, and the search counts matches. A container whose console cannot be read says why.
#include "consolepane.h"
#include "doctor/doctorrule.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QThread>

#include "capturedoutput.h"

using namespace initbench;

class TstConsolePane : public QObject
{
    Q_OBJECT
private slots:
    void consoleFindingsAndSearch()
    {
        const QString console = QString::fromUtf8(initbench::test::capture(QStringLiteral("doctor/docker-openrc-without-tmpfs-run.console")));
        QThread *readOn = nullptr;
        ConsolePane pane;
        pane.setReader([&](const QString &name, const QString &engine, QString *) {
            readOn = QThread::currentThread();
            return name == QLatin1String("web") && engine == QLatin1String("docker") ? console + QStringLiteral("\x1b[1;31mcoloured\x1b[0m\n")
                                                                                      : QString();
        });
        pane.show();
        pane.setContainer(QStringLiteral("web"), QStringLiteral("docker"));
        auto *findings = pane.findChild<QTableWidget *>(QStringLiteral("consoleFindings"));
        QTRY_VERIFY(findings->rowCount() > 0);
        QVERIFY(readOn && readOn != QThread::currentThread());
        // The cause first: line 10, "* Unable to mount tmpfs on /run."
        QCOMPARE(findings->item(0, 0)->text(), QStringLiteral("10"));
        QCOMPARE(findings->item(0, 1)->text(), severityText(DoctorRule::Severity::Fatal));
        QVERIFY2(findings->item(0, 3)->text().contains(QLatin1String("tmpfs on /run")), qPrintable(findings->item(0, 3)->text()));
        auto *text = pane.findChild<QPlainTextEdit *>(QStringLiteral("consoleText"));
        QVERIFY(text->toPlainText().endsWith(QLatin1String("coloured"))); // terminal codes taken out
        QVERIFY(!text->toPlainText().contains(QChar(0x1b)));

        findings->cellClicked(0, 0);
        QCOMPARE(text->textCursor().block().blockNumber(), 9);
        QVERIFY(text->textCursor().selectedText().contains(QLatin1String("Unable to mount tmpfs on /run")));

        auto *find = pane.findChild<QLineEdit *>(QStringLiteral("consoleFind"));
        find->setText(QStringLiteral("permission denied"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("consoleMatches"))->text(), QStringLiteral("Matches: 9")); // grep -ci says 9
        QVERIFY(text->textCursor().hasSelection());
    }

    void unreadableConsoleSaysWhy()
    {
        ConsolePane pane;
        pane.setReader([](const QString &, const QString &, QString *error) {
            *error = QStringLiteral("no container named 'gone' (engines asked: docker)");
            return QString();
        });
        pane.show();
        pane.setContainer(QStringLiteral("gone"), QStringLiteral("docker"));
        auto *error = pane.findChild<QLabel *>(QStringLiteral("consoleError"));
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("no container named 'gone' (engines asked: docker)"));
        QCOMPARE(error->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TstConsolePane)
#include "tst_consolepane.moc"
