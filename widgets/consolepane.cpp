#include "consolepane.h"

#include "doctor/doctorrules.h"
#include "warninglabel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace initbench {

namespace {

// At most this much of a console's end is shown and examined: a console can be endless.
constexpr int kMaxChars = 1 << 20;

} // namespace

ConsolePane::ConsolePane(QWidget *parent)
    : QWidget(parent), m_doctor(builtinDoctorRules()), m_title(new QLabel(this)), m_find(new QLineEdit(this)), m_matches(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_error(new WarningLabel(this)), m_findings(new QTableWidget(0, 4, this)), m_timer(new QTimer(this))
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
    m_findings->setObjectName(QStringLiteral("consoleFindings"));
    m_findings->setHorizontalHeaderLabels({tr("Line"), tr("How bad"), tr("What happened"), tr("Fix")});
    // Line and severity as wide as they need; what happened and the fix share the rest.
    m_findings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_findings->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_findings->verticalHeader()->hide();
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setWordWrap(true);
    m_findings->setAccessibleName(tr("What Initbench recognises in the console"));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_matches);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addLayout(findRow);
    topLayout->addWidget(m_text, 1);
    topLayout->addWidget(m_error);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &ConsolePane::refresh);
    connect(m_find, &QLineEdit::textChanged, this, &ConsolePane::search);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!m_text->find(m_find->text())) { // from the top again
            m_text->moveCursor(QTextCursor::Start);
            m_text->find(m_find->text());
        }
    });
    connect(m_findings, &QTableWidget::cellClicked, this, [this](int row) { goToLine(m_findings->item(row, 0)->text().toInt()); });
}

ConsolePane::~ConsolePane()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ConsolePane::setReader(Reader reader)
{
    m_reader = std::move(reader);
}

void ConsolePane::setContainer(const QString &name, const QString &engine)
{
    if (name == m_name && engine == m_engine)
        return;
    m_name = name;
    m_engine = engine;
    m_shown.clear();
    m_text->clear();
    m_findings->setRowCount(0);
    m_title->setText(tr("Console of %1 (%2)").arg(name, engine));
    if (isVisible())
        refresh();
}

void ConsolePane::refresh()
{
    if (m_thread || !m_reader || m_name.isEmpty())
        return; // one read at a time; the timer asks again
    const QString name = m_name, engine = m_engine;
    Reader reader = m_reader;
    m_thread = QThread::create([this, reader, name, engine] {
        QString error;
        m_read = reader(name, engine, &error).right(kMaxChars);
        m_readError = error;
    });
    connect(m_thread, &QThread::finished, this, [this, name, engine] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        if (name == m_name && engine == m_engine) // not a read for a container left since
            showConsole(m_read, m_readError);
    });
    m_thread->start();
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

    const QList<DoctorFinding> findings = m_doctor.examine(console);
    m_findings->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const DoctorFinding &f = findings.at(row);
        const QString what = f.count > 1 ? tr("%1 (and %2 more lines like it)").arg(f.rule.what).arg(f.count - 1) : f.rule.what;
        const QStringList cells{QString::number(f.line), severityText(f.rule.severity), what, f.rule.fix};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column)); // QTableWidgetItem text is never rich text
            item->setToolTip(column == 2 ? f.text : cells.at(column));
            m_findings->setItem(row, column, item);
        }
    }
    m_findings->resizeRowsToContents();
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
    refresh();
    m_timer->start();
}

void ConsolePane::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

} // namespace initbench
