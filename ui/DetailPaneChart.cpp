// The detail pane's spend chart: the organization's days from the spend report service (stored
// closed days, today from the proxy), a bar per day, stacked by model when asked, with the budget's
// daily pace as a line when the budget resets on a period.
#include "models/BudgetDuration.h"
#include "services/core/AppContext.h"
#include "services/reports/SpendReports.h"
#include "ui/DetailPane.h"
#include "ui/SpendChartView.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>

namespace OrgConsole {

namespace {
// The budget spread evenly over its period: what a day may cost to last the period.
std::optional<double> budgetPerDay(const Organization &org)
{
    if (!org.maxBudget || org.budgetDuration.isEmpty())
        return std::nullopt;
    const auto duration = BudgetDuration::parse(org.budgetDuration);
    if (!duration)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const double days = double(now.secsTo(duration->addTo(now))) / 86400.0;
    if (days < 1.0)
        return std::nullopt;
    return *org.maxBudget / days;
}
} // namespace

void DetailPane::loadChart()
{
    if (!m_context->hasProxy() || m_org.id.isEmpty() || m_org.status != OrgStatus::Active)
        return;
    const quint64 generation = m_generation;
    const int days = m_range->currentData().toInt();
    const QDate to = m_reports->today();
    m_chart->clear(tr("Loading spend…"));
    m_reports->run(ReportRequest {to.addDays(-(days - 1)), to, ReportGrouping::Day, m_org.id},
                   [this, generation, days](ReportOutcome outcome) {
                       if (generation == m_generation)
                           showChart(outcome, days);
                   });
}

void DetailPane::showChart(const ReportOutcome &outcome, int days)
{
    if (outcome.error.kind == OperationError::Kind::Cancelled)
        return; // a newer request took its place
    if (outcome.error.isError())
        return m_chart->clear(tr("Spend could not be loaded: %1").arg(outcome.error.message));
    const SpendReport &r = *outcome.report;
    m_chart->chart()->setTitle(tr("Spent in the last %1 days: $%2").arg(days).arg(centsShown(r.total.cents())));
    const std::optional<double> pace = budgetPerDay(m_org);
    const QString paceLabel = pace
        ? tr("Budget pace: $%1 a day ($%2 per %3)")
              .arg(centsShown(std::llround(*pace * 100)), centsShown(std::llround(*m_org.maxBudget * 100)), m_org.budgetDuration)
        : QString();
    m_chart->showDays(r.request.from, r.request.to, r.facts, m_byModel->isChecked(), pace, paceLabel);
}

} // namespace OrgConsole
