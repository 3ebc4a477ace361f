#include "ui/SpendChartView.h"

#include <QDateTimeAxis>
#include <QValueAxis>

namespace OrgConsole {

void SpendChartView::fitAxes()
{
    // A "dd MMM" label and its gap take about six average characters; the value axis about eight.
    const int label = fontMetrics().horizontalAdvance(QStringLiteral("00 MMM")) + fontMetrics().averageCharWidth() * 3;
    const int room = width() - fontMetrics().horizontalAdvance(QStringLiteral("$0,000.00")) - 40;
    const int ticks = std::clamp(room / std::max(1, label), 2, std::max(2, m_maxTicks));
    const auto axes = chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
            dates->setTickCount(ticks);
    }
    const auto values = chart()->axes(Qt::Vertical);
    for (QAbstractAxis *axis : values) {
        if (auto *v = qobject_cast<QValueAxis *>(axis))
            v->setTickCount(std::clamp(height() / (fontMetrics().height() * 3), 2, 5));
    }
}

void SpendChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitAxes();
}

} // namespace OrgConsole
