#pragma once

#include "services/reports/SpendReport.h"

#include <QChartView>
#include <QDate>
#include <QMap>

#include <optional>

class QValueAxis;

namespace OrgConsole {

// Spend per day as bars: one bar per day, stacked by model when asked, on a value axis with round
// steps (1, 2 or 5 x 10^n: $0, $5, $10, never $71.88), a tooltip with the day's figures, and a
// dashed budget line where a budget applies. Or the top groups of a report as horizontal bars.
// Used by the detail pane and the Reports window.
class SpendChartView : public QChartView
{
    Q_OBJECT
public:
    explicit SpendChartView(QWidget *parent = nullptr);

    // The days from..to, each with its spend by model (cents). A budget line at `budgetPerDay`
    // (USD) when given, named `budgetLabel`.
    void showDays(const QDate &from, const QDate &to, const QList<SpendFact> &facts, bool stackByModel,
                  std::optional<double> budgetPerDay = std::nullopt, const QString &budgetLabel = {});
    // The `top` largest lines of a report, largest on top.
    void showTop(const QList<ReportLine> &lines, int top = 10);
    void clear(const QString &title = {});

    // The step of a value axis from 0 to `max` with at most `maxTicks` intervals: 1, 2 or 5 x 10^n.
    static double roundStep(double max, int maxTicks = 5);
    // Sets `axis` to 0..a round top with round steps, labelled in dollars.
    static void applyRoundAxis(QValueAxis *axis, double max, int maxTicks = 5);
    // The tooltip of a day: its date, total and each model's spend.
    QString dayTooltip(int index) const;
    int dayCount() const { return int(m_days.size()); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void hovered(bool status, int index);
    void relabelDays();

    QList<QDate> m_days;
    QList<QMap<QString, qint64>> m_centsByModel; // per day
};

} // namespace OrgConsole
