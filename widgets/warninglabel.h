#pragma once
#include <QLabel>

namespace initbench {

// A line of warnings (what was cut short, refused, not found) in a colour that reads on the
// palette in use: dark orange on a light window, light orange on a dark one, chosen again when
// the palette changes (the desktop switching between light and dark). Plain text only: the
// warnings quote what came out of containers.
class WarningLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WarningLabel(QWidget *parent = nullptr);

    static QColor colorFor(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
};

} // namespace initbench
