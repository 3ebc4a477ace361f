#pragma once

#include <QChartView>

namespace OrgConsole {

// The detail pane's spend chart: as many date labels as fit its width (up to a maximum), so a
// narrow pane shows fewer labels instead of cutting them off.
class SpendChartView : public QChartView
{
    Q_OBJECT
public:
    using QChartView::QChartView;

    void setMaxDateTicks(int ticks) { m_maxTicks = ticks; }
    // Applies the width's tick count to the chart's date axes.
    void fitAxes();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_maxTicks = 6;
};

} // namespace OrgConsole
