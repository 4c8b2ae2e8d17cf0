#include "findingspane.h"

#include "consolefeed.h"
#include "doctor/doctorrules.h"
#include "plaintextwarning.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace initbench {

FindingsPane::FindingsPane(ConsoleFeed *feed, QWidget *parent)
    : QWidget(parent), m_feed(feed), m_doctor(builtinDoctorRules()), m_title(new QLabel(this)), m_verdict(new QLabel(this)),
      m_table(new QTableWidget(0, 4, this))
{
    m_title->setObjectName(QStringLiteral("findingsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("Choose a container in the Containers list to see what Initbench recognises in its console."));
    m_verdict->setObjectName(QStringLiteral("findingsVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("How bad"), tr("What happened"), tr("Fix")});
    // Line and severity as wide as they need; what happened and the fix share the rest.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("What Initbench recognises in the console"));
    // Wrapped rows are as tall as their text at the columns' widths, which are known only once
    // the table is laid out: measured again whenever a column's width changes.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableWidget::resizeRowsToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) { emit lineChosen(m_table->item(row, 0)->text().toInt()); });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) { emit lineChosen(m_table->item(row, 0)->text().toInt()); });
    connect(m_feed, &ConsoleFeed::containerChanged, this, [this](const QString &name, const QString &engine) {
        m_examined.clear();
        m_pending = false;
        m_table->setRowCount(0);
        m_verdict->clear();
        m_title->setText(tr("What Initbench recognises in the console of %1 (%2)").arg(name, engine));
    });
    connect(m_feed, &ConsoleFeed::read, this, &FindingsPane::examine);
}

void FindingsPane::examine(const QString &console, const QString &error)
{
    // A read for the Console tab while this one is hidden: examined when shown, once the table
    // has its width (rows measured at a hidden table's width came out many lines tall).
    if (!isVisible()) {
        m_pendingConsole = console;
        m_pendingError = error;
        m_pending = true;
        return;
    }
    if (!error.isEmpty()) {
        m_verdict->setText(tr("The console cannot be read: %1").arg(error));
        return;
    }
    if (console == m_examined && !m_verdict->text().isEmpty())
        return;
    m_examined = console;
    const QList<DoctorFinding> findings = m_doctor.examine(console);
    // Lines that look wrong and are not are listed too, with why: a teaching tool explains the
    // noise. The verdict counts only what matters.
    const auto problems = std::count_if(findings.cbegin(), findings.cend(),
                                        [](const DoctorFinding &f) { return f.rule.severity != DoctorRule::Severity::Harmless; });
    if (findings.isEmpty())
        m_verdict->setText(tr("Nothing in its console matches a known problem (%n line(s) read).", nullptr, int(console.count(QLatin1Char('\n')))));
    else if (problems == 0)
        m_verdict->setText(tr("Nothing that stops the boot or breaks a login: %n kind(s) of line that look wrong and are harmless here, and why.",
                              nullptr, int(findings.size())));
    else
        m_verdict->setText(tr("%n problem(s), the cause first. Choose one to see its line in the Console tab.", nullptr, int(problems)));
    m_table->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const DoctorFinding &f = findings.at(row);
        const QString what = f.count > 1 ? tr("%1 (and %2 more lines like it)").arg(f.rule.what).arg(f.count - 1) : f.rule.what;
        const QStringList cells{QString::number(f.line), severityText(f.rule.severity), what, f.rule.fix};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column)); // QTableWidgetItem text is never rich text
            // The console line is the container's text: a tooltip would take "<b>..." as markup.
            item->setToolTip(plainToolTip(column == 2 ? f.text : cells.at(column)));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
}

void FindingsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_feed->watch(this, true);
    if (m_pending) // after this turn of the event loop, when the table is laid out
        QTimer::singleShot(0, this, [this] {
            if (!m_pending || !isVisible())
                return;
            m_pending = false;
            examine(m_pendingConsole, m_pendingError);
        });
}

void FindingsPane::hideEvent(QHideEvent *event)
{
    m_feed->watch(this, false);
    QWidget::hideEvent(event);
}

} // namespace initbench
