#include "recipepreview.h"

#include "recipe/contextwriter.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace initbench {

RecipePreview::RecipePreview(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_files(new QListWidget(this)), m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_files->setMaximumWidth(260);
    auto *row = new QHBoxLayout;
    row->addWidget(m_files);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row, 1);
    connect(m_files, &QListWidget::currentRowChanged, this, &RecipePreview::showSelected);
}

void RecipePreview::showPlan(const BuildPlan &plan)
{
    const QString current = m_files->currentItem() ? m_files->currentItem()->text() : QString();
    m_plan = plan;
    m_status->setText(tr("Recipe for %1: %2 files, %3 commands.").arg(plan.engine).arg(plan.files.size()).arg(plan.build.size() + 1));
    m_files->clear();
    m_files->addItem(tr("Commands"));
    for (const ContextFile &f : plan.files)
        m_files->addItem(f.path);
    const auto found = m_files->findItems(current, Qt::MatchExactly);
    m_files->setCurrentItem(found.isEmpty() ? m_files->item(0) : found.first());
    m_files->setEnabled(true);
    showSelected();
}

void RecipePreview::showProblems(const QStringList &problems)
{
    m_plan = {};
    m_status->setText(tr("This profile cannot be built yet:"));
    m_files->clear();
    m_files->setEnabled(false);
    m_text->setPlainText(problems.join(QLatin1Char('\n')));
}

void RecipePreview::showSelected()
{
    const int row = m_files->currentRow();
    if (row == 0)
        m_text->setPlainText(planCommandsText(m_plan));
    else if (row > 0 && row <= m_plan.files.size())
        m_text->setPlainText(QString::fromUtf8(m_plan.files.at(row - 1).content));
}

} // namespace initbench
