#include "usagegraph.h"

#include <QPainter>
#include <QPainterPath>

namespace initbench {

UsageGraph::UsageGraph(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(160, 48);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UsageGraph::setSeries(const QList<double> &values, double floor, const QString &caption)
{
    m_values = values;
    m_floor = floor > 0 ? floor : 1;
    m_caption = caption;
    setAccessibleDescription(caption);
    update();
}

void UsageGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.fillRect(frame, palette().base());
    p.setPen(palette().mid().color());
    p.drawRect(frame);

    const QFontMetrics fm = fontMetrics();
    const QRectF plot = frame.adjusted(2, fm.height() + 2, -2, -2);
    double top = m_floor;
    for (double v : m_values)
        top = qMax(top, v);
    // One point per reading, right-aligned: the newest is always at the right edge.
    const int capacity = qMax(2, int(m_values.size()));
    const double step = plot.width() / double(capacity - 1);
    QPainterPath line;
    bool drawing = false;
    for (int i = 0; i < m_values.size(); ++i) {
        const double v = m_values[i];
        if (v < 0) {
            drawing = false;
            continue;
        }
        const QPointF at(plot.right() - double(m_values.size() - 1 - i) * step, plot.bottom() - v / top * plot.height());
        if (drawing)
            line.lineTo(at);
        else
            line.moveTo(at);
        drawing = true;
    }
    QPen pen(palette().highlight().color(), 1.5);
    p.setPen(pen);
    p.drawPath(line);

    p.setPen(palette().text().color());
    p.drawText(frame.adjusted(4, 1, -4, 0), Qt::AlignLeft | Qt::AlignTop, m_caption);
}

} // namespace initbench
