#pragma once
#include "recipe/buildplan.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace initbench {

// Shows a generated build plan: its files on the left, the selected file (or the commands) on
// the right; or, when the profile does not validate, the reasons.
class RecipePreview : public QWidget
{
    Q_OBJECT
public:
    explicit RecipePreview(QWidget *parent = nullptr);

    void showPlan(const BuildPlan &plan);
    void showProblems(const QStringList &problems);

private:
    void showSelected();

    BuildPlan m_plan;
    QLabel *m_status;
    QListWidget *m_files;
    QPlainTextEdit *m_text;
};

} // namespace initbench
