#pragma once
#include <QString>

class QWidget;

namespace initbench {

// A warning box whose text is never read as rich text: profile values and container output
// appear in it as typed (QMessageBox::warning would render "<img src=...>" or a link).
void plainTextWarning(QWidget *parent, const QString &title, const QString &text);

// A tooltip that shows text as typed (tooltips render anything that looks like HTML).
QString plainToolTip(const QString &text);

} // namespace initbench
