#include "ui/SpendChartView.h"

#include <QDateTimeAxis>

namespace OrgConsole {

void SpendChartView::fitAxes()
{
    // A "dd MMM" label and its gap; the value axis's labels take the left of the width.
    const int label = fontMetrics().horizontalAdvance(QStringLiteral("00 MMM")) + fontMetrics().averageCharWidth() * 3;
    const int room = width() - fontMetrics().horizontalAdvance(QStringLiteral("$0,000.00")) - 40;
    const int ticks = std::clamp(room / std::max(1, label), 2, std::max(2, m_maxTicks));
    const auto axes = chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
            dates->setTickCount(ticks);
    }
}

void SpendChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitAxes();
}

} // namespace OrgConsole
