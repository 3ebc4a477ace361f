// Simulated usage: spend that accrues on the simulator's keys as its clock moves, one simulated hour
// at a time, so budgets fill, charts grow and periods reset while a trainee watches. The amounts
// depend only on the seed, the team, the member and the hour, so the same clock steps give the same
// spend. Also the sandbox's bulk routes for the demo data: /sim/history and /sim/forget.
#include "models/BudgetDuration.h"
#include "services/sandbox/LiteLlmSimulator.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace OrgConsole::Sandbox {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kMaxHoursPerStep = 24 * 400; // a clock jump beyond this accrues its last 400 days only

// splitmix64 over the text's bytes: the same number on every machine and run (qHash is seeded).
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 stableHash(quint64 seed, const QString &text, qint64 n)
{
    quint64 h = mix(seed);
    const QByteArray bytes = text.toUtf8();
    for (char c : bytes)
        h = mix(h ^ static_cast<unsigned char>(c));
    return mix(h ^ static_cast<quint64>(n));
}

double unitInterval(quint64 h)
{
    return double(h >> 11) / double(quint64(1) << 53);
}

QString dailyKey(const QString &team, const QString &date, const QString &token, const QString &model)
{
    return team + QLatin1Char('\n') + date + QLatin1Char('\n') + token + QLatin1Char('\n') + model;
}

const QStringList &defaultModels()
{
    static const QStringList models {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
                                     QStringLiteral("claude-3-5-sonnet")};
    return models;
}

// Days in one budget period, or nothing without a period.
std::optional<double> periodDays(const std::optional<QString> &duration, const QDateTime &at)
{
    if (!duration)
        return std::nullopt;
    const auto d = BudgetDuration::parse(*duration);
    if (!d)
        return std::nullopt;
    const double days = double(at.secsTo(d->addTo(at))) / 86400.0;
    return days > 0 ? std::optional<double>(days) : std::nullopt;
}

// What a key's simulated traffic is drawn from: its team's alias and its user, not the random ids
// and keys, so the same organizations get the same traffic in any sandbox.
QString usageIdentity(const SimKey &key, const SimTeam *team)
{
    return (team ? team->alias.value_or(team->teamId) : QString()) + QLatin1Char('/') + key.userId.value_or(QString());
}

bool overCap(double spend, const std::optional<double> &cap)
{
    return cap && spend >= *cap;
}

} // namespace

void LiteLlmSimulator::advanceClock(qint64 seconds)
{
    m_clockOffsetSecs += seconds;
    accrueUsage();
}

void LiteLlmSimulator::setUsage(bool enabled, int factor, quint32 seed)
{
    accrueUsage(); // the old settings up to now
    m_usage.enabled = enabled;
    m_usage.factor = std::max(1, factor);
    m_usage.seed = seed;
    m_usage.accruedUntilHour = now().toSecsSinceEpoch() / kHour;
    if (!m_usageTimer) {
        m_usageTimer = new QTimer(this);
        m_usageTimer->setInterval(1000);
        connect(m_usageTimer, &QTimer::timeout, this, &LiteLlmSimulator::usageTick);
    }
    // Factor 1 needs no timer: real time moves the clock by itself.
    if (enabled && m_usage.factor > 1)
        m_usageTimer->start();
    else
        m_usageTimer->stop();
}

QJsonObject LiteLlmSimulator::clockJson() const
{
    return QJsonObject {{QStringLiteral("offset_seconds"), m_clockOffsetSecs},
                        {QStringLiteral("usage_enabled"), m_usage.enabled},
                        {QStringLiteral("usage_factor"), m_usage.factor},
                        {QStringLiteral("usage_seed"), qint64(m_usage.seed)}};
}

// The time the sandbox was not running passes on the simulated clock as on the real one, but
// accrues no simulated spend: usage goes on from the moment the sandbox is back.
void LiteLlmSimulator::restoreClock(const QJsonObject &saved)
{
    m_clockOffsetSecs = qint64(saved.value(QStringLiteral("offset_seconds")).toDouble(0));
    const qint64 factor = qint64(saved.value(QStringLiteral("usage_factor")).toDouble(1));
    const qint64 seed = qint64(saved.value(QStringLiteral("usage_seed")).toDouble(1));
    if (saved.value(QStringLiteral("usage_enabled")).toBool(false) && factor >= 1 && factor <= 86400 && seed >= 0
        && seed <= 0xffffffffLL)
        setUsage(true, int(factor), quint32(seed));
}

void LiteLlmSimulator::usageTick()
{
    advanceClock(m_usage.factor - 1); // one real second has passed by itself
    saveState();
}

void LiteLlmSimulator::accrueUsage()
{
    if (!m_usage.enabled)
        return;
    const qint64 nowSecs = now().toSecsSinceEpoch();
    qint64 hour = m_usage.accruedUntilHour;
    if ((hour + 1) * kHour > nowSecs)
        return;
    hour = std::max(hour, nowSecs / kHour - kMaxHoursPerStep);
    QHash<QString, size_t> dailyIndex;
    dailyIndex.reserve(qsizetype(m_state.daily.size()));
    for (size_t i = 0; i < m_state.daily.size(); ++i) {
        const SimDailyRow &r = m_state.daily[i];
        dailyIndex.insert(dailyKey(r.teamId, r.date, r.apiKey, r.model), i);
    }
    for (; (hour + 1) * kHour <= nowSecs; ++hour)
        accrueHour(hour, dailyIndex);
    m_usage.accruedUntilHour = hour;
    // A period that ended after the last whole hour's middle (a daily budget at 00:20) is reset now,
    // as a read of it would show it: the state is what the proxy answers at any time of day.
    for (SimTeam &t : m_state.teams)
        applyResets(t);
    for (SimKey &k : m_state.keys)
        applyResets(k);
    for (auto &byUser : m_state.memberships) {
        for (SimMembership &m : byUser)
            applyResets(m);
    }
}

// Spend in one hour on one key: the team's budget spread over its period (a quarter more, so
// budgets run out before they reset) and over its keys, busier in office hours, with jitter.
double LiteLlmSimulator::hourlySpend(const SimKey &key, const SimTeam *team, qint64 hour) const
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(hour * kHour, Qt::UTC);
    double perDay = 6.0;
    if (team && team->maxBudget) {
        if (const auto days = periodDays(team->budgetDuration, at))
            perDay = *team->maxBudget / *days * 1.25;
        else
            perDay = *team->maxBudget / 60.0;
    }
    const qsizetype keys = team ? std::max<qsizetype>(1, m_state.keysByTeam.value(team->teamId).size()) : 1;
    const int hourOfDay = int(((hour % 24) + 24) % 24);
    const double busy = (hourOfDay >= 8 && hourOfDay < 18) ? 2.0 : 0.4;
    const double meanBusy = (10 * 2.0 + 14 * 0.4) / 24.0;
    const double jitter = 0.5 + unitInterval(stableHash(m_usage.seed, usageIdentity(key, team), hour));
    return perDay / keys / 24.0 * busy / meanBusy * jitter;
}

void LiteLlmSimulator::addDaily(QHash<QString, size_t> &dailyIndex, const SimDailyRow &row)
{
    const QString k = dailyKey(row.teamId, row.date, row.apiKey, row.model);
    const auto it = dailyIndex.constFind(k);
    if (it == dailyIndex.cend()) {
        dailyIndex.insert(k, m_state.daily.size());
        m_state.daily.push_back(row);
        return;
    }
    SimDailyRow &r = m_state.daily[*it];
    r.spend += row.spend;
    r.promptTokens += row.promptTokens;
    r.completionTokens += row.completionTokens;
    r.requests += row.requests;
}

// One simulated hour for every key that may spend: not blocked or expired, its team not blocked,
// no budget on the way (team, key, member) used up once the periods that ended are reset.
void LiteLlmSimulator::accrueHour(qint64 hour, QHash<QString, size_t> &dailyIndex)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(hour * kHour + kHour / 2, Qt::UTC);
    std::vector<SimKey *> keys;
    keys.reserve(size_t(m_state.keys.size()));
    for (SimKey &k : m_state.keys)
        keys.push_back(&k);
    std::sort(keys.begin(), keys.end(), [](const SimKey *a, const SimKey *b) { return a->sequence < b->sequence; });
    for (SimKey *key : keys) {
        SimTeam *team = key->teamId && m_state.teams.contains(*key->teamId) ? &m_state.teams[*key->teamId] : nullptr;
        SimMembership *member = team && key->userId ? m_state.findMembership(team->teamId, *key->userId) : nullptr;
        if (rollBudgetPeriod(key->budgetDuration, key->budgetResetAt, at))
            key->spend = 0.0;
        if (team && rollBudgetPeriod(team->budgetDuration, team->budgetResetAt, at))
            team->spend = 0.0;
        if (member && member->budget && rollBudgetPeriod(member->budget->budgetDuration, member->budget->budgetResetAt, at))
            member->spend = 0.0;
        if (key->blocked.value_or(false) || (key->expires.isValid() && key->expires < at) || (team && team->blocked)
            || overCap(key->spend, key->maxBudget) || (team && overCap(team->spend, team->maxBudget))
            || (member && member->budget && overCap(member->spend, member->budget->maxBudget)))
            continue;
        const double spend = hourlySpend(*key, team, hour);
        const QStringList &models
            = !key->models.isEmpty() ? key->models : (team && !team->models.isEmpty() ? team->models : defaultModels());
        const QString model
            = models.at(qsizetype(stableHash(~m_usage.seed, usageIdentity(*key, team), hour) % quint64(models.size())));
        key->spend += spend;
        if (team)
            team->spend += spend;
        if (member) {
            member->spend += spend;
            member->totalSpend += spend;
        }
        if (key->userId && m_state.users.contains(*key->userId))
            m_state.users[*key->userId].spend += spend;
        const qint64 tokens = qint64(std::llround(spend * 100000.0));
        addDaily(dailyIndex,
                 SimDailyRow {team ? team->teamId : QString(), at.date().toString(Qt::ISODate), key->token, model, spend,
                              tokens * 3 / 4, tokens / 4, std::max<qint64>(1, tokens / 2000)});
    }
}

HttpResponse LiteLlmSimulator::simUsageGet(const HttpRequest &, const QJsonObject &, const Caller &)
{
    return jsonResponse(QJsonObject {{QStringLiteral("enabled"), m_usage.enabled},
                                     {QStringLiteral("factor"), m_usage.factor},
                                     {QStringLiteral("seed"), qint64(m_usage.seed)},
                                     {QStringLiteral("now"), isoUtc(now())}});
}

HttpResponse LiteLlmSimulator::simUsageSet(const HttpRequest &request, const QJsonObject &body, const Caller &caller)
{
    const QJsonArray errors = validateBody(
        body, {{"enabled", FieldKind::Boolean, true}, {"factor", FieldKind::Integer}, {"seed", FieldKind::Integer}});
    if (!errors.isEmpty())
        return validationError(errors);
    const qint64 factor = jsonInteger(body.value(QStringLiteral("factor"))).value_or(m_usage.factor);
    const qint64 seed = jsonInteger(body.value(QStringLiteral("seed"))).value_or(m_usage.seed);
    if (factor < 1 || factor > 86400)
        return detailError(400, QStringLiteral("factor must be 1-86400 (simulated seconds per real second)"));
    if (seed < 0 || seed > 0xffffffffLL)
        return detailError(400, QStringLiteral("seed must be 0-4294967295"));
    setUsage(jsonBool(body.value(QStringLiteral("enabled"))).value_or(false), int(factor), quint32(seed));
    return simUsageGet(request, body, caller);
}

// Past spend for the demo data, many rows at once: {"rows": [{"key", "date", "model", "spend",
// "prompt_tokens", "completion_tokens", "requests", "current"}]}. Every row goes to the daily
// activity; a row with "current": true also counts in the key's, team's and member's spend of the
// current period. All rows are checked first: a bad one changes nothing.
HttpResponse LiteLlmSimulator::simHistory(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = validateBody(body, {{"rows", FieldKind::List, true}});
    if (!errors.isEmpty())
        return validationError(errors);
    const QJsonArray rows = body.value(QStringLiteral("rows")).toArray();
    std::vector<std::pair<SimKey *, QJsonObject>> checked;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        SimKey *key = m_state.keyByRawOrHash(row.value(QStringLiteral("key")).toString());
        const double spend = row.value(QStringLiteral("spend")).toDouble(-1);
        if (!key)
            return detailError(404, QStringLiteral("rows[%1]: key not found").arg(i));
        if (!QDate::fromString(row.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid())
            return detailError(400, QStringLiteral("rows[%1]: date must be YYYY-MM-DD").arg(i));
        if (!std::isfinite(spend) || spend < 0 || row.value(QStringLiteral("model")).toString().isEmpty())
            return detailError(400, QStringLiteral("rows[%1]: spend must be a number >= 0 and model a name").arg(i));
        checked.emplace_back(key, row);
    }
    QHash<QString, size_t> dailyIndex;
    for (size_t i = 0; i < m_state.daily.size(); ++i)
        dailyIndex.insert(
            dailyKey(m_state.daily[i].teamId, m_state.daily[i].date, m_state.daily[i].apiKey, m_state.daily[i].model), i);
    for (const auto &[key, row] : checked) {
        const double spend = row.value(QStringLiteral("spend")).toDouble();
        if (row.value(QStringLiteral("current")).toBool()) {
            key->spend += spend;
            SimTeam *team = key->teamId && m_state.teams.contains(*key->teamId) ? &m_state.teams[*key->teamId] : nullptr;
            if (team)
                team->spend += spend;
            if (SimMembership *m = team && key->userId ? m_state.findMembership(team->teamId, *key->userId) : nullptr) {
                m->spend += spend;
                m->totalSpend += spend;
            }
            if (key->userId && m_state.users.contains(*key->userId))
                m_state.users[*key->userId].spend += spend;
        }
        addDaily(dailyIndex,
                 SimDailyRow {key->teamId.value_or(QString()), row.value(QStringLiteral("date")).toString(), key->token,
                              row.value(QStringLiteral("model")).toString(), spend,
                              qint64(row.value(QStringLiteral("prompt_tokens")).toDouble()),
                              qint64(row.value(QStringLiteral("completion_tokens")).toDouble()),
                              qint64(row.value(QStringLiteral("requests")).toDouble(1))});
    }
    return jsonResponse(QJsonObject {{QStringLiteral("recorded"), qint64(checked.size())}});
}

// Forgets what deleting teams leaves behind on a proxy: their daily activity and the given users.
// The demo data's reset uses it so the sandbox is as it was before the demo was loaded.
HttpResponse LiteLlmSimulator::simForget(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = validateBody(body, {{"team_ids", FieldKind::StringList}, {"user_ids", FieldKind::StringList}});
    if (!errors.isEmpty())
        return validationError(errors);
    const QStringList teams = jsonStrings(body.value(QStringLiteral("team_ids")));
    const QStringList users = jsonStrings(body.value(QStringLiteral("user_ids")));
    const auto before = m_state.daily.size();
    std::erase_if(m_state.daily, [&teams](const SimDailyRow &r) { return teams.contains(r.teamId); });
    qint64 usersRemoved = 0;
    for (const QString &u : users)
        usersRemoved += m_state.users.remove(u) ? 1 : 0;
    return jsonResponse(QJsonObject {{QStringLiteral("daily_rows_removed"), qint64(before - m_state.daily.size())},
                                     {QStringLiteral("users_removed"), usersRemoved}});
}

} // namespace OrgConsole::Sandbox
