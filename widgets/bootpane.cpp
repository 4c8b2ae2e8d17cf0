#include "bootpane.h"

#include "containerjob.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace initbench {

BootPane::BootPane(ContainerJob *job, QWidget *parent)
    : QWidget(parent), m_status(new QLabel(tr("Nothing has run yet."), this)), m_steps(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_log(new QPlainTextEdit(this)), m_statusText(m_status->text())
{
    m_cancel->setObjectName(QStringLiteral("cancelOperation"));
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the running build or boot: the command it runs is stopped and nothing more of it starts"));
    m_cancel->setAccessibleName(tr("Cancel the running operation"));
    connect(m_cancel, &QPushButton::clicked, job, &ContainerJob::cancel);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // build output and boot consoles: never rich text
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setTextVisible(true);
    m_steps->setFormat(QString());
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000); // a long build log must not grow without bound
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_steps, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(m_log, 1);

    connect(job, &ContainerJob::started, this, [this](const QString &title) {
        m_log->clear();
        showStatus(title);
        // Empty until the first step is known. Not the busy indicator: its animation repaints
        // for as long as the operation runs, and with ten boots sharing two cores each frame
        // took the GUI thread 30 to 70 ms.
        m_steps->setRange(0, 1);
        m_steps->setValue(0);
        m_steps->setFormat(tr("starting..."));
        m_sawStep = false;
        m_cancel->setEnabled(true);
    });
    connect(job, &ContainerJob::cancelling, this, [this] {
        m_cancelled = true;
        m_cancel->setEnabled(false);
        showStatus(tr("Cancelling..."));
    });
    connect(job, &ContainerJob::step, this, [this](int n, int total, const QString &title) {
        m_sawStep = true;
        m_steps->setRange(0, total);
        m_steps->setValue(n);
        m_steps->setFormat(tr("step %1 of %2: %3").arg(n).arg(total).arg(title));
    });
    // One append for the lines that came together: one layout, not one per line.
    connect(job, &ContainerJob::logLines, this, [this](const QStringList &lines) { m_log->appendPlainText(lines.join(QLatin1Char('\n'))); });
    connect(job, &ContainerJob::note, this, [this](const QString &text) {
        m_log->appendPlainText(QStringLiteral("==> ") + text);
        showStatus(text);
    });
    connect(job, &ContainerJob::finished, this, [this](bool ok, const QString &message, const QString &details) {
        m_steps->setRange(0, 1);
        m_steps->setValue(1);
        if (!m_sawStep)
            m_steps->setFormat(QString()); // nothing was built: no step to show
        m_cancel->setEnabled(false);
        // A cancelled operation's message says so itself ("Cancelled: ...").
        showStatus(ok || m_cancelled ? message : tr("Failed: %1").arg(message));
        m_cancelled = false;
        if (!details.isEmpty())
            m_log->appendPlainText(details);
    });
}

// A hidden pane (another container's operation) keeps the line for when it is shown: a wrapped
// label's new text makes its pane's layout be computed again, and the tab's stack asks every
// pane for its size, so ten operations' notes cost the window 16 ms of CPU a note.
void BootPane::showStatus(const QString &text)
{
    m_statusText = text;
    if (isVisible())
        m_status->setText(text);
}

void BootPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_status->text() != m_statusText)
        m_status->setText(m_statusText);
}

} // namespace initbench
