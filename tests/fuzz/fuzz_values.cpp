// Datetimes and numbers from replies and from people: the proxy's timestamps, amounts given as
// numbers or strings, budget durations and their next reset, budgets typed by a person.
#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/Validation.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/litellm/ReplyValues.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

using namespace OrgConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString s = Fuzz::text(data, size);
    const QJsonValue v(s);
    const QDateTime when = parseProxyDateTime(v);
    const auto amount = parseOptionalNumber(v);
    (void)formatUsd(amount);
    for (const char *field : {"max_budget", "spend", "key_name", "budget_duration", "team_id"})
        (void)checkReplyValues(QJsonDocument(QJsonObject {{QLatin1String(field), v}}));
    if (size >= sizeof(double)) { // the same bytes as a double: NaN, infinities, huge and tiny
        double d = 0;
        std::memcpy(&d, data, sizeof d);
        (void)formatUsd(d);
        (void)validateBudget(d);
        (void)parseOptionalNumber(QJsonValue(d));
        (void)checkReplyValues(QJsonDocument(QJsonObject {{QStringLiteral("spend"), d}}));
    }
    if (const auto duration = BudgetDuration::parse(s)) {
        (void)duration->toString();
        const QDateTime now = when.isValid() ? when : QDateTime(QDate(2025, 1, 31), QTime(23, 59), Qt::UTC);
        (void)duration->nextReset(now);
        (void)duration->addTo(now);
    }
    (void)validateBudgetDuration(s);
    const BudgetParse typed = parseBudgetText(s);
    (void)formatUsd(typed.value);
    return 0;
}
