#include "consolepane.h"

#include "consolefeed.h"
#include "doctor/bootdoctor.h"
#include "warninglabel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace initbench {

ConsolePane::ConsolePane(ConsoleFeed *feed, QWidget *parent)
    : QWidget(parent), m_feed(feed), m_title(new QLabel(this)), m_find(new QLineEdit(this)), m_matches(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_error(new WarningLabel(this))
{
    m_title->setObjectName(QStringLiteral("consoleTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("Choose a container in the Containers list to see its console."));
    m_find->setObjectName(QStringLiteral("consoleFind"));
    m_find->setPlaceholderText(tr("Find in the console"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in the console"));
    m_matches->setObjectName(QStringLiteral("consoleMatches"));
    m_text->setObjectName(QStringLiteral("consoleText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Boot console"));
    m_error->setObjectName(QStringLiteral("consoleError"));
    m_error->hide();

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_matches);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(findRow);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);

    connect(m_find, &QLineEdit::textChanged, this, &ConsolePane::search);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!m_text->find(m_find->text())) { // from the top again
            m_text->moveCursor(QTextCursor::Start);
            m_text->find(m_find->text());
        }
    });
    connect(m_feed, &ConsoleFeed::containerChanged, this, [this](const QString &name, const QString &engine) {
        m_shown.clear();
        m_text->clear();
        m_title->setText(tr("Console of %1 (%2)").arg(name, engine));
    });
    connect(m_feed, &ConsoleFeed::read, this, &ConsolePane::showConsole);
}

void ConsolePane::showConsole(const QString &console, const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (console == m_shown)
        return;
    m_shown = console;
    QStringList lines = console.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the newline that ends the last line starts no line of its own
    for (QString &line : lines)
        line = BootDoctor::plainLine(line);
    // Following the end, unless the user scrolled up to read.
    const bool atEnd = m_text->verticalScrollBar()->value() == m_text->verticalScrollBar()->maximum();
    const int kept = m_text->verticalScrollBar()->value();
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    if (atEnd)
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    else
        m_text->verticalScrollBar()->setValue(kept);
    search();
}

void ConsolePane::search()
{
    const QString needle = m_find->text();
    if (needle.isEmpty()) {
        m_matches->clear();
        return;
    }
    const int count = int(m_text->toPlainText().count(needle, Qt::CaseInsensitive));
    m_matches->setText(tr("Matches: %1").arg(count));
    m_text->moveCursor(QTextCursor::Start);
    m_text->find(needle);
}

void ConsolePane::goToLine(int line)
{
    const QTextBlock block = m_text->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.select(QTextCursor::LineUnderCursor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void ConsolePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_feed->watch(this, true);
}

void ConsolePane::hideEvent(QHideEvent *event)
{
    m_feed->watch(this, false);
    QWidget::hideEvent(event);
}

} // namespace initbench
