#include "servicespane.h"
#include "warninglabel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace initbench {

ServicesPane::ServicesPane(QAbstractItemModel *model, int sortRole, QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_warnings(new WarningLabel(this)), m_view(new QTableView(this)),
      m_showRaw(new QCheckBox(tr("Raw output"), this)), m_raw(new QPlainTextEdit(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the init's own order first
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_showRaw->setToolTip(tr("What the init's status command printed, as it came"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setVisible(false);
    connect(m_showRaw, &QCheckBox::toggled, m_raw, &QWidget::setVisible);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_raw);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(split, 1);
    layout->addWidget(m_showRaw);
    clear();
}

void ServicesPane::clear()
{
    m_summary->setText(tr("Not read yet."));
    m_warnings->hide();
    m_raw->clear();
}

void ServicesPane::showList(const ServiceList &list)
{
    QStringList parts;
    parts << (list.init.isEmpty() ? tr("Init: unknown") : tr("Init: %1").arg(list.init));
    if (!list.runlevel.isEmpty())
        parts << tr("runlevel: %1").arg(list.runlevel);
    if (!list.command.isEmpty())
        parts << tr("asked with: %1").arg(list.command);
    parts << tr("%n service(s)", nullptr, int(list.rows.size()));
    m_summary->setText(parts.join(QStringLiteral(" \u00b7 ")));
    QStringList warnings;
    for (const QString &w : list.warnings)
        warnings << tr("Warning: %1").arg(w);
    if (list.rows.isEmpty() && list.warnings.isEmpty() && !list.init.isEmpty())
        warnings << tr("The init listed no services.");
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    if (m_raw->toPlainText() != list.raw)
        m_raw->setPlainText(list.raw); // only when it changed: keeps the scroll position
}

} // namespace initbench
