#include "warninglabel.h"

#include <QEvent>

namespace initbench {

WarningLabel::WarningLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    followPalette();
}

QColor WarningLabel::colorFor(const QPalette &palette)
{
    // Both keep a contrast of at least 4.5:1 against the usual window greys of their side.
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0xb3, 0x47) : QColor(0x8a, 0x4b, 0x00);
}

void WarningLabel::followPalette()
{
    const QColor wanted = colorFor(palette());
    if (palette().color(QPalette::WindowText) == wanted)
        return; // also ends the PaletteChange this very call causes
    QPalette p = palette();
    p.setColor(QPalette::WindowText, wanted);
    setPalette(p);
}

void WarningLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        followPalette();
}

} // namespace initbench
