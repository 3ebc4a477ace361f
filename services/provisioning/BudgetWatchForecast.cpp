// The run-out forecast's requests: each organization's daily spend of the last days, a few
// requests at a time, then the pure forecastBudget().
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/BudgetWatch.h"

namespace OrgConsole {

namespace {
// Requests in flight at once: enough to hide latency, few enough not to crowd the proxy.
constexpr int kForecastConcurrency = 4;
} // namespace

struct BudgetWatch::Forecasting {
    LiteLlmClient *client = nullptr;
    QList<Organization> queue;
    qsizetype next = 0;
    int inFlight = 0;
    QDate today;
    QHash<QString, BudgetForecast> forecasts;
    OperationError error;
    std::function<void(QHash<QString, BudgetForecast>, OperationError)> done;
};

void BudgetWatch::forecast(LiteLlmClient *client, const QList<Organization> &organizations,
                           std::function<void(QHash<QString, BudgetForecast>, OperationError)> done)
{
    auto f = std::make_shared<Forecasting>();
    f->client = client;
    f->today = now().date();
    f->done = std::move(done);
    for (const Organization &o : organizations) {
        // Only what can run out needs the proxy: an unlimited budget never does, nor one not
        // touched this period, and one already used up has.
        if (o.status != OrgStatus::Active)
            continue;
        if (!o.maxBudget || o.spend <= 0 || o.spend >= *o.maxBudget)
            f->forecasts.insert(o.id, forecastBudget({}, f->today, o.spend, o.maxBudget, o.budgetResetAt));
        else
            f->queue.append(o);
    }
    if (!client && !f->queue.isEmpty()) {
        f->error = OperationError::other(tr("No proxy is connected: the forecast needs the daily spend."));
        f->queue.clear();
    }
    if (f->queue.isEmpty())
        return f->done(f->forecasts, f->error);
    for (int i = 0; i < kForecastConcurrency; ++i)
        forecastNext(f);
}

void BudgetWatch::forecastNext(std::shared_ptr<Forecasting> f)
{
    if (f->next >= f->queue.size()) {
        if (f->inFlight == 0 && f->done) {
            auto done = std::move(f->done);
            f->done = nullptr;
            done(f->forecasts, f->error);
        }
        return;
    }
    const Organization org = f->queue.at(f->next++);
    ++f->inFlight;
    const QDate from = f->today.addDays(-(kForecastWindowDays - 1));
    f->client->teamDailyActivity(org.teamIdOnProxy(), from, f->today, [this, f, org](Result<QList<DailySpend>> r) {
        --f->inFlight;
        if (r.ok())
            f->forecasts.insert(org.id, forecastBudget(*r.value, f->today, org.spend, org.maxBudget, org.budgetResetAt));
        else if (!f->error.isError())
            f->error = OperationError(r.error).withContext(tr("Reading the daily spend of %1 failed: ").arg(org.name));
        forecastNext(f);
    });
}

} // namespace OrgConsole
