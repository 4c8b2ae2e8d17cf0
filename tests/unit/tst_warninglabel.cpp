// Warnings stay readable when the desktop switches between a light and a dark palette: the
// colour is chosen from the palette in use, again on every change, with a contrast of at
// least 4.5:1 (WCAG AA for text) against the window behind it.
#include "warninglabel.h"

#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace initbench;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (qMax(x, y) + 0.05) / (qMin(x, y) + 0.05);
}

QPalette withWindow(const QColor &window)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    return p;
}

} // namespace

class TstWarningLabel : public QObject
{
    Q_OBJECT
private slots:
    void readableOnLightAndDark()
    {
        QWidget pane;
        auto *label = new WarningLabel(&pane);
        label->setText(QStringLiteral("Warning: the last record is cut short"));
        new QVBoxLayout(&pane);
        pane.layout()->addWidget(label);
        pane.show();
        // Light and dark window greys of the common styles (Fusion, Breeze, Adwaita).
        for (const QColor &window : {QColor(0xef, 0xef, 0xef), QColor(0xff, 0xff, 0xff), QColor(0xf6, 0xf5, 0xf4), QColor(0x35, 0x35, 0x35),
                                     QColor(0x2a, 0x2e, 0x32), QColor(0x24, 0x24, 0x24), QColor(0x00, 0x00, 0x00)}) {
            pane.setPalette(withWindow(window)); // as a palette change of the desktop reaches it
            const QColor text = label->palette().color(QPalette::WindowText);
            QCOMPARE(label->palette().color(QPalette::Window), window);
            QVERIFY2(contrast(text, window) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), window.name()).arg(contrast(text, window))));
        }
        QVERIFY(label->textFormat() == Qt::PlainText);
    }
};

QTEST_MAIN(TstWarningLabel)
#include "tst_warninglabel.moc"
