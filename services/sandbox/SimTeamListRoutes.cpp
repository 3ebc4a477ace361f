// The simulator's paged reads over many teams: /team/list, /v2/team/list and /team/daily/activity,
// as LiteLLM v1.9x answers them (see shared/litellm/CONTRACT.md §2, §7.2). One team and its members
// are in SimTeamRoutes.cpp.
#include "services/sandbox/LiteLlmSimulator.h"

#include <QMap>

#include <algorithm>

namespace OrgConsole::Sandbox {

namespace {
QJsonObject pageQueryError(const QString &name, const QString &input, const char *op, int bound)
{
    const bool ge = QByteArray(op) == "ge";
    return QJsonObject {{QStringLiteral("type"), ge ? QStringLiteral("greater_than_equal") : QStringLiteral("less_than_equal")},
                        {QStringLiteral("loc"), QJsonArray {QStringLiteral("query"), name}},
                        {QStringLiteral("msg"),
                         QStringLiteral("Input should be %1 %2")
                             .arg(ge ? QStringLiteral("greater than or equal to") : QStringLiteral("less than or equal to"))
                             .arg(bound)},
                        {QStringLiteral("input"), input},
                        {QStringLiteral("ctx"), QJsonObject {{QString::fromLatin1(op), bound}}}};
}

// Parses page/size query parameters the way FastAPI validates them; appends 422 items on error.
int queryInt(const HttpRequest &request, const QString &name, int def, int min, int max, QJsonArray *errors)
{
    const QString raw = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (raw.isEmpty())
        return def;
    bool ok = false;
    const int v = raw.toInt(&ok);
    if (!ok) {
        errors->append(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("int_parsing")},
            {QStringLiteral("loc"), QJsonArray {QStringLiteral("query"), name}},
            {QStringLiteral("msg"), QStringLiteral("Input should be a valid integer, unable to parse string as an integer")},
            {QStringLiteral("input"), raw}});
        return def;
    }
    if (v < min)
        errors->append(pageQueryError(name, raw, "ge", min));
    else if (max > 0 && v > max)
        errors->append(pageQueryError(name, raw, "le", max));
    return v;
}

// /v2/team/list's filters: a substring of the alias, ignoring case, and a member.
struct TeamFilter {
    QString aliasFolded;
    const SimUser *user = nullptr;

    bool any() const { return aliasFolded.isEmpty() && !user; }
    bool matches(const SimState::TeamIndexEntry &e) const
    {
        if (!aliasFolded.isEmpty() && !e.aliasFolded.contains(aliasFolded))
            return false;
        return !user || user->teams.contains(e.teamId);
    }
};

// Counts every team offered to it and keeps the ids of those that fall on the requested page.
struct TeamPage {
    qsizetype start = 0;
    qsizetype size = 0;
    qsizetype total = 0;
    QStringList ids;

    void offer(const QString &id)
    {
        if (total >= start && total < start + size)
            ids.append(id);
        ++total;
    }
};

// ?team_id=: that one team, when it exists and passes the other filters.
void pageOneTeam(const SimState &state, const TeamFilter &filter, const QString &teamId, TeamPage *page)
{
    const auto it = state.teams.constFind(teamId);
    if (it == state.teams.cend())
        return;
    const SimState::TeamIndexEntry e {it->sequence, it->teamId, it->alias.value_or(QString()).toCaseFolded()};
    if (filter.matches(e))
        page->offer(teamId);
}

// sort_by=team_alias or team_id: walks a sorted view of teamOrder, backwards for sort_order=desc.
void pageSorted(const SimState &state, const TeamFilter &filter, const std::vector<size_t> &sorted, bool desc, TeamPage *page)
{
    const auto &order = state.teamOrder;
    auto visit = [&](size_t i) {
        if (filter.matches(order[i]))
            page->offer(order[i].teamId);
    };
    if (desc)
        std::for_each(sorted.rbegin(), sorted.rend(), visit);
    else
        std::for_each(sorted.begin(), sorted.end(), visit);
}

// By creation: newest first unless sort_by=created_at asks for ascending. Without a filter only the
// page itself is read, so a page of 100,000 teams stays cheap.
void pageByCreation(const SimState &state, const TeamFilter &filter, bool ascending, TeamPage *page)
{
    const auto &order = state.teamOrder;
    const qsizetype n = qsizetype(order.size());
    auto at = [&](qsizetype i) -> const SimState::TeamIndexEntry & { return order[size_t(ascending ? i : n - 1 - i)]; };
    if (filter.any()) {
        page->total = n;
        for (qsizetype i = page->start; i < std::min(n, page->start + page->size); ++i)
            page->ids.append(at(i).teamId);
        return;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (filter.matches(at(i)))
            page->offer(at(i).teamId);
    }
}

QJsonObject teamPageJson(const QJsonArray &teams, qsizetype total, int page, int pageSize)
{
    const qsizetype totalPages = (total + pageSize - 1) / pageSize;
    return QJsonObject {{QStringLiteral("teams"), teams},
                        {QStringLiteral("total"), total},
                        {QStringLiteral("page"), page},
                        {QStringLiteral("page_size"), pageSize},
                        {QStringLiteral("total_pages"), totalPages}};
}
} // namespace

HttpResponse LiteLlmSimulator::teamList(const HttpRequest &request, const QJsonObject &, const Caller &)
{
    const QString userId = request.query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
    std::vector<SimTeam *> teams;
    for (SimTeam &t : m_state.teams) {
        if (!userId.isEmpty()) {
            const auto u = m_state.users.constFind(userId);
            if (u == m_state.users.cend() || !u->teams.contains(t.teamId))
                continue;
        }
        applyResets(t);
        teams.push_back(&t);
    }
    std::sort(teams.begin(), teams.end(),
              [](const SimTeam *a, const SimTeam *b) { return a->alias.value_or(QString()) < b->alias.value_or(QString()); });
    QHash<QString, QJsonArray> keysByTeam;
    for (const SimKey &k : std::as_const(m_state.keys)) {
        if (k.teamId)
            keysByTeam[*k.teamId].append(keyJson(k, true));
    }
    QJsonArray out;
    for (const SimTeam *t : teams) {
        QJsonObject o = teamJson(*t);
        o.insert(QStringLiteral("team_memberships"), teamMemberships(*t));
        o.insert(QStringLiteral("keys"), keysByTeam.value(t->teamId));
        out.append(o);
    }
    return jsonResponse(out);
}

const std::vector<size_t> &LiteLlmSimulator::sortedTeamOrder(const QString &sortBy)
{
    // Sorted views are cached until a team or an alias changes.
    const auto &order = m_state.teamOrder;
    if (m_sortedVersion == m_state.teamVersion && m_sortedBy == sortBy && m_sorted.size() == order.size())
        return m_sorted;
    m_sorted.clear();
    m_sorted.reserve(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        m_sorted.push_back(i);
    if (sortBy == QLatin1String("team_id"))
        std::sort(m_sorted.begin(), m_sorted.end(), [&](size_t a, size_t b) { return order[a].teamId < order[b].teamId; });
    else
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](size_t a, size_t b) {
            return m_state.teams[order[a].teamId].alias.value_or(QString())
                < m_state.teams[order[b].teamId].alias.value_or(QString());
        });
    m_sortedVersion = m_state.teamVersion;
    m_sortedBy = sortBy;
    return m_sorted;
}

HttpResponse LiteLlmSimulator::teamListV2(const HttpRequest &request, const QJsonObject &, const Caller &)
{
    QJsonArray errors;
    const int page = queryInt(request, QStringLiteral("page"), 1, 1, 0, &errors);
    const int pageSize = queryInt(request, QStringLiteral("page_size"), 10, 1, 100, &errors);
    if (!errors.isEmpty())
        return validationError(errors);
    const QString teamId = request.query.queryItemValue(QStringLiteral("team_id"), QUrl::FullyDecoded);
    const QString alias = request.query.queryItemValue(QStringLiteral("team_alias"), QUrl::FullyDecoded);
    const QString userId = request.query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
    const QString orgId = request.query.queryItemValue(QStringLiteral("organization_id"), QUrl::FullyDecoded);
    const QString sortBy = request.query.queryItemValue(QStringLiteral("sort_by"));
    const bool desc = request.query.queryItemValue(QStringLiteral("sort_order")) == QLatin1String("desc");

    TeamFilter filter;
    if (!userId.isEmpty()) {
        const auto u = m_state.users.constFind(userId);
        if (u == m_state.users.cend())
            return detailError(404, QStringLiteral("User not found, passed user_id=%1").arg(userId));
        filter.user = &*u;
    }
    filter.aliasFolded = alias.toCaseFolded();
    if (!orgId.isEmpty() && orgId != QLatin1String("default_organization"))
        return jsonResponse(teamPageJson(QJsonArray(), 0, page, pageSize));

    TeamPage found;
    found.start = static_cast<qsizetype>(page - 1) * pageSize;
    found.size = pageSize;
    if (!teamId.isEmpty())
        pageOneTeam(m_state, filter, teamId, &found);
    else if (sortBy == QLatin1String("team_alias") || sortBy == QLatin1String("team_id"))
        pageSorted(m_state, filter, sortedTeamOrder(sortBy), desc, &found);
    else
        pageByCreation(m_state, filter, sortBy == QLatin1String("created_at") && !desc, &found);
    m_teamJson.prune(m_state.teams, m_state.teamVersion);
    QList<QByteArray> teams;
    teams.reserve(found.ids.size());
    for (const QString &id : std::as_const(found.ids)) {
        SimTeam &t = m_state.teams[id];
        applyResets(t);
        teams.append(m_teamJson.json(t));
    }
    HttpResponse r;
    r.body = teamPageBody(teams, found.total, page, pageSize);
    return r;
}

namespace {
// Spend, tokens and requests summed over some daily rows.
struct ActivitySum {
    double spend = 0;
    qint64 prompt = 0, completion = 0, requests = 0;

    void add(const SimDailyRow &r)
    {
        spend += r.spend;
        prompt += r.promptTokens;
        completion += r.completionTokens;
        requests += r.requests;
    }
};

QJsonObject metricsJson(const ActivitySum &s)
{
    return QJsonObject {{QStringLiteral("spend"), s.spend},
                        {QStringLiteral("prompt_tokens"), s.prompt},
                        {QStringLiteral("completion_tokens"), s.completion},
                        {QStringLiteral("cache_read_input_tokens"), 0},
                        {QStringLiteral("cache_creation_input_tokens"), 0},
                        {QStringLiteral("total_tokens"), s.prompt + s.completion},
                        {QStringLiteral("successful_requests"), s.requests},
                        {QStringLiteral("failed_requests"), 0},
                        {QStringLiteral("api_requests"), s.requests}};
}

// A breakdown entry: bare metrics in the early-2025 shape, metrics with metadata since.
QJsonObject breakdownEntry(const ActivitySum &s, const QJsonObject &meta, bool legacy, const QJsonObject &perKey = {})
{
    const QJsonObject m = metricsJson(s);
    if (legacy)
        return m;
    return QJsonObject {
        {QStringLiteral("metrics"), m}, {QStringLiteral("metadata"), meta}, {QStringLiteral("api_key_breakdown"), perKey}};
}

// A key's metadata in a breakdown: its alias and team, as the proxy names them.
QJsonObject keyMetadata(const SimState &state, const QString &token)
{
    const auto key = state.keys.constFind(token);
    const bool known = key != state.keys.cend();
    return QJsonObject {{QStringLiteral("key_alias"), known ? optionalJson(key->alias) : QJsonValue::Null},
                        {QStringLiteral("team_id"), known ? optionalJson(key->teamId) : QJsonValue::Null}};
}

// Each model's figures by key (the proxy's `api_key_breakdown` inside a model's entry).
QJsonObject modelKeyBreakdown(const SimState &state, const std::vector<const SimDailyRow *> &rows, const QString &model)
{
    QMap<QString, ActivitySum> keys;
    for (const SimDailyRow *r : rows) {
        if (r->model == model)
            keys[r->apiKey].add(*r);
    }
    QJsonObject out;
    for (auto k = keys.cbegin(); k != keys.cend(); ++k)
        out.insert(k.key(), breakdownEntry(k.value(), keyMetadata(state, k.key()), false));
    return out;
}

// The rows of the requested teams between start and end (inclusive), newest day first; rows of the
// same day keep the order they were recorded in.
std::vector<const SimDailyRow *> activityRows(const std::vector<SimDailyRow> &daily, const QString &start, const QString &end,
                                              const QStringList &teamIds, const QStringList &excluded)
{
    std::vector<const SimDailyRow *> rows;
    for (const SimDailyRow &r : daily) {
        if (r.date < start || r.date > end)
            continue;
        if (!teamIds.isEmpty() && !teamIds.contains(r.teamId))
            continue;
        if (excluded.contains(r.teamId))
            continue;
        rows.push_back(&r);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const SimDailyRow *a, const SimDailyRow *b) { return a->date > b->date; });
    return rows;
}

// One day's figures by model, by key (with its alias and team) and by team (with its alias).
QJsonObject dayBreakdown(const SimState &state, const std::vector<const SimDailyRow *> &rows, bool legacy)
{
    QMap<QString, ActivitySum> models, keys, teams;
    for (const SimDailyRow *r : rows) {
        models[r->model].add(*r);
        keys[r->apiKey].add(*r);
        teams[r->teamId].add(*r);
    }
    QJsonObject modelBreakdown, keyBreakdown, teamBreakdown;
    for (auto m = models.cbegin(); m != models.cend(); ++m)
        modelBreakdown.insert(
            m.key(), breakdownEntry(m.value(), {}, legacy, legacy ? QJsonObject() : modelKeyBreakdown(state, rows, m.key())));
    for (auto k = keys.cbegin(); k != keys.cend(); ++k)
        keyBreakdown.insert(k.key(), breakdownEntry(k.value(), keyMetadata(state, k.key()), legacy));
    for (auto t = teams.cbegin(); t != teams.cend(); ++t) {
        const auto team = state.teams.constFind(t.key());
        teamBreakdown.insert(
            t.key(),
            breakdownEntry(t.value(),
                           QJsonObject {{QStringLiteral("team_alias"),
                                         team != state.teams.cend() ? optionalJson(team->alias) : QJsonValue::Null}},
                           legacy));
    }
    QJsonObject breakdown {{QStringLiteral("models"), modelBreakdown},
                           {QStringLiteral("api_keys"), keyBreakdown},
                           {QStringLiteral("entities"), teamBreakdown},
                           {QStringLiteral("providers"), QJsonObject()}};
    if (!legacy) {
        breakdown.insert(QStringLiteral("model_groups"), QJsonObject());
        breakdown.insert(QStringLiteral("mcp_servers"), QJsonObject());
        breakdown.insert(QStringLiteral("endpoints"), QJsonObject());
    }
    return breakdown;
}

QJsonObject dayResult(const SimState &state, const QString &date, const std::vector<const SimDailyRow *> &rows, bool legacy)
{
    ActivitySum day;
    for (const SimDailyRow *r : rows)
        day.add(*r);
    return QJsonObject {{QStringLiteral("date"), date},
                        {QStringLiteral("metrics"), metricsJson(day)},
                        {QStringLiteral("breakdown"), dayBreakdown(state, rows, legacy)}};
}

// The totals are those of the page, not of every matching row, as LiteLLM computes them.
QJsonObject activityMetadata(const ActivitySum &pageTotal, int page, qsizetype totalPages)
{
    return QJsonObject {{QStringLiteral("total_spend"), pageTotal.spend},
                        {QStringLiteral("total_prompt_tokens"), pageTotal.prompt},
                        {QStringLiteral("total_completion_tokens"), pageTotal.completion},
                        {QStringLiteral("total_tokens"), pageTotal.prompt + pageTotal.completion},
                        {QStringLiteral("total_api_requests"), pageTotal.requests},
                        {QStringLiteral("total_successful_requests"), pageTotal.requests},
                        {QStringLiteral("total_failed_requests"), 0},
                        {QStringLiteral("total_cache_read_input_tokens"), 0},
                        {QStringLiteral("total_cache_creation_input_tokens"), 0},
                        {QStringLiteral("page"), page},
                        {QStringLiteral("total_pages"), totalPages},
                        {QStringLiteral("has_more"), page < totalPages}};
}
} // namespace

HttpResponse LiteLlmSimulator::teamDailyActivity(const HttpRequest &request, const QJsonObject &, const Caller &)
{
    const QString start = request.query.queryItemValue(QStringLiteral("start_date"));
    const QString end = request.query.queryItemValue(QStringLiteral("end_date"));
    if (start.isEmpty() || end.isEmpty())
        return detailError(400, QStringLiteral("Please provide start_date and end_date"));
    QJsonArray errors;
    const int page = queryInt(request, QStringLiteral("page"), 1, 1, 0, &errors);
    const int pageSize = queryInt(request, QStringLiteral("page_size"), 10, 1, 0, &errors);
    if (!errors.isEmpty())
        return validationError(errors);
    const QStringList teamIds = request.query.queryItemValue(QStringLiteral("team_ids"), QUrl::FullyDecoded)
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList excluded = request.query.queryItemValue(QStringLiteral("exclude_team_ids"), QUrl::FullyDecoded)
                                     .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const std::vector<const SimDailyRow *> rows = activityRows(m_state.daily, start, end, teamIds, excluded);

    const qsizetype total = static_cast<qsizetype>(rows.size());
    const qsizetype totalPages = (total + pageSize - 1) / pageSize;
    const qsizetype from = static_cast<qsizetype>(page - 1) * pageSize;
    const qsizetype to = std::min(total, from + pageSize);
    QMap<QString, std::vector<const SimDailyRow *>> byDate;
    ActivitySum pageTotal;
    for (qsizetype i = from; i < to; ++i) {
        const SimDailyRow *r = rows[static_cast<size_t>(i)];
        byDate[r->date].push_back(r);
        pageTotal.add(*r);
    }
    QJsonArray results; // newest day first
    for (auto it = byDate.constEnd(); it != byDate.constBegin();) {
        --it;
        results.append(dayResult(m_state, it.key(), it.value(), m_config.legacyBreakdown));
    }
    return jsonResponse(QJsonObject {{QStringLiteral("results"), results},
                                     {QStringLiteral("metadata"), activityMetadata(pageTotal, page, totalPages)}});
}

} // namespace OrgConsole::Sandbox
