#include "loginpane.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "warninglabel.h"

namespace initbench {

static QLabel *makeLine(const QString &objectName, QLabel *label)
{
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // container text: never rich text
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

LoginPane::LoginPane(QAbstractItemModel *model, int sortRole, QWidget *parent)
    : QWidget(parent), m_source(makeLine(QStringLiteral("source"), new QLabel(this))), m_why(makeLine(QStringLiteral("why"), new QLabel(this))),
      m_warnings(makeLine(QStringLiteral("warnings"), new WarningLabel(this))), m_view(new QTableView(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    // The model's own order (last: newest first) until the user clicks a header.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_why);
    layout->addWidget(m_warnings);
    layout->addWidget(m_view, 1);
    clear();
}

void LoginPane::clear()
{
    m_source->setText(tr("Not read yet."));
    m_why->hide();
    m_warnings->hide();
}

void LoginPane::showAnswer(const LoginAnswer &answer)
{
    m_source->setText(answer.backend.isEmpty() ? tr("Read from: %1").arg(answer.source)
                                               : tr("Read from: %1 (%2)").arg(answer.source, answer.backend));
    m_why->setText(answer.why.isEmpty() ? QString() : tr("Why: %1").arg(answer.why));
    m_why->setVisible(!answer.why.isEmpty());
    QStringList warnings;
    for (const QString &w : answer.warnings)
        warnings << tr("Warning: %1").arg(w);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace initbench
