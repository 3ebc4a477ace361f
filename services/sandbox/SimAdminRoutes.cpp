// The simulator's /user/*, /health/* and simulator-only /sim/* endpoints.
#include "services/sandbox/LiteLlmSimulator.h"

#include <QJsonDocument>
#include <QUuid>

namespace OrgConsole::Sandbox {

HttpResponse LiteLlmSimulator::userNew(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = validateBody(body,
                                           {{"user_id", FieldKind::String},
                                            {"user_email", FieldKind::String},
                                            {"user_role", FieldKind::String},
                                            {"teams", FieldKind::List},
                                            {"auto_create_key", FieldKind::Boolean},
                                            {"max_budget", FieldKind::Number},
                                            {"models", FieldKind::StringList},
                                            {"metadata", FieldKind::Object}});
    if (!errors.isEmpty())
        return validationError(errors);
    const QString email = body.value(QStringLiteral("user_email")).toString();
    if (!email.isEmpty()) {
        for (const SimUser &u : std::as_const(m_state.users)) {
            if (u.email && u.email->compare(email, Qt::CaseInsensitive) == 0)
                return errorEnvelope(
                    400, pyRepr(QStringLiteral("error"), QStringLiteral("User with email %1 already exists").arg(email)),
                    QStringLiteral("internal_server_error"));
        }
    }
    QString uid = body.value(QStringLiteral("user_id")).toString();
    if (uid.isEmpty())
        uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SimUser &u = m_state.users[uid]; // an existing user id is an upsert with an empty update
    if (u.userId.isEmpty()) {
        u.userId = uid;
        if (!email.isEmpty())
            u.email = email;
        u.role = body.value(QStringLiteral("user_role")).toString(QStringLiteral("internal_user"));
        if (body.value(QStringLiteral("max_budget")).isDouble())
            u.maxBudget = body.value(QStringLiteral("max_budget")).toDouble();
        u.metadata = body.value(QStringLiteral("metadata")).toObject();
        u.createdAt = now();
    }
    const QJsonArray teams = body.value(QStringLiteral("teams")).toArray();
    for (const QJsonValue &t : teams) {
        const QString tid = t.isString() ? t.toString() : t.toObject().value(QStringLiteral("team_id")).toString();
        if (!tid.isEmpty() && !u.teams.contains(tid)) {
            u.teams.append(tid);
            if (m_state.teams.contains(tid)) {
                m_state.teams[tid].membersWithRoles.append(
                    QJsonObject {{QStringLiteral("user_id"), uid},
                                 {QStringLiteral("user_email"), u.email ? QJsonValue(*u.email) : QJsonValue::Null},
                                 {QStringLiteral("role"), QStringLiteral("user")}});
                m_state.addMembership(tid, uid);
            }
        }
    }
    QString raw;
    QString keyName;
    if (body.value(QStringLiteral("auto_create_key")).toBool(true)) {
        QJsonObject keyBody {{QStringLiteral("user_id"), uid}};
        const HttpResponse generated = generateKeyFrom(keyBody, std::nullopt);
        const QJsonObject g = QJsonDocument::fromJson(generated.body).object();
        raw = g.value(QStringLiteral("key")).toString();
        keyName = g.value(QStringLiteral("key_name")).toString();
    }
    return jsonResponse(QJsonObject {{QStringLiteral("key"), raw},
                                     {QStringLiteral("key_name"), keyName.isEmpty() ? QJsonValue::Null : QJsonValue(keyName)},
                                     {QStringLiteral("expires"), QJsonValue::Null},
                                     {QStringLiteral("user_id"), uid},
                                     {QStringLiteral("user_email"), u.email ? QJsonValue(*u.email) : QJsonValue::Null},
                                     {QStringLiteral("user_role"), u.role},
                                     {QStringLiteral("max_budget"), optionalJson(u.maxBudget)},
                                     {QStringLiteral("teams"), QJsonValue::Null},
                                     {QStringLiteral("user_alias"), QJsonValue::Null},
                                     {QStringLiteral("models"), QJsonArray()},
                                     {QStringLiteral("spend"), 0.0},
                                     {QStringLiteral("metadata"), u.metadata},
                                     {QStringLiteral("token"), QJsonValue::Null},
                                     {QStringLiteral("token_id"), QJsonValue::Null},
                                     {QStringLiteral("created_at"), dateJson(u.createdAt)},
                                     {QStringLiteral("updated_at"), dateJson(now())}});
}

HttpResponse LiteLlmSimulator::userInfo(const HttpRequest &request, const QJsonObject &, const Caller &caller)
{
    QString uid = request.query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
    if (uid.isEmpty() && !caller.admin) // a virtual key: its own user (CONTRACT.md §6.2)
        uid = caller.userId.isEmpty() ? QStringLiteral("None") : caller.userId;
    if (uid.isEmpty()) {
        QJsonArray keys, teams;
        for (const SimKey &k : std::as_const(m_state.keys))
            keys.append(keyJson(k, true));
        for (const SimTeam &t : std::as_const(m_state.teams))
            teams.append(teamJson(t));
        return jsonResponse(QJsonObject {{QStringLiteral("user_id"), QJsonValue::Null},
                                         {QStringLiteral("user_info"), QJsonValue::Null},
                                         {QStringLiteral("keys"), keys},
                                         {QStringLiteral("teams"), teams}});
    }
    const auto it = m_state.users.constFind(uid);
    if (it == m_state.users.cend())
        return errorEnvelope(404, QStringLiteral("User %1 not found").arg(uid), QStringLiteral("internal_server_error"));
    QJsonArray keys;
    for (const SimKey &k : std::as_const(m_state.keys)) {
        if (k.userId != uid)
            continue;
        QJsonObject o = keyJson(k, true);
        const auto team = k.teamId ? m_state.teams.constFind(*k.teamId) : m_state.teams.cend();
        o.insert(QStringLiteral("team_alias"),
                 team != m_state.teams.cend() ? optionalJson(team->alias) : QJsonValue(QStringLiteral("None")));
        keys.append(o);
    }
    QJsonArray teams;
    for (const QString &tid : it->teams) {
        if (m_state.teams.contains(tid))
            teams.append(teamJson(m_state.teams.value(tid)));
    }
    const QJsonObject info {{QStringLiteral("user_id"), it->userId},
                            {QStringLiteral("user_alias"), QJsonValue::Null},
                            {QStringLiteral("team_id"), QJsonValue::Null},
                            {QStringLiteral("teams"), QJsonArray::fromStringList(it->teams)},
                            {QStringLiteral("user_role"), it->role},
                            {QStringLiteral("max_budget"), optionalJson(it->maxBudget)},
                            {QStringLiteral("spend"), it->spend},
                            {QStringLiteral("user_email"), it->email ? QJsonValue(*it->email) : QJsonValue::Null},
                            {QStringLiteral("models"), QJsonArray()},
                            {QStringLiteral("metadata"), it->metadata},
                            {QStringLiteral("budget_duration"), QJsonValue::Null},
                            {QStringLiteral("budget_reset_at"), QJsonValue::Null},
                            {QStringLiteral("created_at"), dateJson(it->createdAt)},
                            {QStringLiteral("updated_at"), dateJson(it->createdAt)}};
    return jsonResponse(QJsonObject {{QStringLiteral("user_id"), uid},
                                     {QStringLiteral("user_info"), info},
                                     {QStringLiteral("keys"), keys},
                                     {QStringLiteral("teams"), teams}});
}

HttpResponse LiteLlmSimulator::healthLiveliness(const HttpRequest &, const QJsonObject &, const Caller &)
{
    return jsonResponse(QJsonValue(QStringLiteral("I'm alive!")));
}

HttpResponse LiteLlmSimulator::healthReadiness(const HttpRequest &, const QJsonObject &, const Caller &)
{
    const QString db = m_config.dbConnected ? QStringLiteral("connected") : QStringLiteral("Not connected");
    if (!m_config.readinessDetailed)
        return jsonResponse(QJsonObject {{QStringLiteral("status"), QStringLiteral("healthy")}, {QStringLiteral("db"), db}});
    return jsonResponse(
        QJsonObject {{QStringLiteral("status"), m_config.dbConnected ? QStringLiteral("connected") : QStringLiteral("healthy")},
                     {QStringLiteral("db"), db},
                     {QStringLiteral("cache"), QJsonValue::Null},
                     {QStringLiteral("litellm_version"), m_config.version},
                     {QStringLiteral("success_callbacks"), QJsonArray()},
                     {QStringLiteral("use_aiohttp_transport"), true},
                     {QStringLiteral("last_updated"), now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000"))}});
}

HttpResponse LiteLlmSimulator::simState(const HttpRequest &, const QJsonObject &, const Caller &)
{
    return jsonResponse(m_state.dump());
}

HttpResponse LiteLlmSimulator::simReset(const HttpRequest &, const QJsonObject &, const Caller &)
{
    m_state = SimState();
    m_sorted.clear();
    m_sortedVersion = ~quint64(0);
    m_faults.clear();
    m_requests.clear();
    m_clockOffsetSecs = 0;
    setUsage(false, 1, 1);
    return jsonResponse(QJsonObject {{QStringLiteral("status"), QStringLiteral("reset")}});
}

HttpResponse LiteLlmSimulator::simFaultsGet(const HttpRequest &, const QJsonObject &, const Caller &)
{
    return jsonResponse(m_faults.toJson());
}

HttpResponse LiteLlmSimulator::simFaultsAdd(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    QString error;
    const auto fault = SimFault::fromJson(body, &error);
    if (!fault)
        return detailError(400, error);
    m_faults.add(*fault);
    return jsonResponse(m_faults.toJson());
}

HttpResponse LiteLlmSimulator::simFaultsClear(const HttpRequest &, const QJsonObject &, const Caller &)
{
    m_faults.clear();
    return jsonResponse(m_faults.toJson());
}

bool LiteLlmSimulator::recordSpend(const QString &keyRawOrHash, double spend, const QString &model, const QString &date,
                                   qint64 promptTokens, qint64 completionTokens)
{
    SimKey *k = m_state.keyByRawOrHash(keyRawOrHash);
    if (!k)
        return false;
    applyResets(*k);
    k->spend += spend;
    if (k->teamId && m_state.teams.contains(*k->teamId)) {
        SimTeam &t = m_state.teams[*k->teamId];
        applyResets(t);
        t.spend += spend;
    }
    if (k->userId && m_state.users.contains(*k->userId))
        m_state.users[*k->userId].spend += spend;
    // The member's spend inside the team: the period's (reset with their budget) and all of it.
    SimMembership *member = k->teamId && k->userId ? m_state.findMembership(*k->teamId, *k->userId) : nullptr;
    if (member) {
        applyResets(*member);
        member->spend += spend;
        member->totalSpend += spend;
    }
    const QString day = date.isEmpty() ? now().date().toString(Qt::ISODate) : date;
    const QString team = k->teamId.value_or(QString());
    for (SimDailyRow &r : m_state.daily) {
        if (r.teamId == team && r.date == day && r.apiKey == k->token && r.model == model) {
            r.spend += spend;
            r.promptTokens += promptTokens;
            r.completionTokens += completionTokens;
            ++r.requests;
            return true;
        }
    }
    m_state.daily.push_back(SimDailyRow {team, day, k->token, model, spend, promptTokens, completionTokens, 1});
    return true;
}

HttpResponse LiteLlmSimulator::simSpend(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = validateBody(body,
                                           {{"key", FieldKind::String, true},
                                            {"spend", FieldKind::Number, true},
                                            {"model", FieldKind::String},
                                            {"date", FieldKind::String},
                                            {"prompt_tokens", FieldKind::Integer},
                                            {"completion_tokens", FieldKind::Integer}});
    if (!errors.isEmpty())
        return validationError(errors);
    const QString date = body.value(QStringLiteral("date")).toString();
    if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
        return detailError(400, QStringLiteral("date must be YYYY-MM-DD"));
    if (!recordSpend(body.value(QStringLiteral("key")).toString(), body.value(QStringLiteral("spend")).toDouble(),
                     body.value(QStringLiteral("model")).toString(QStringLiteral("gpt-4o")), date,
                     static_cast<qint64>(body.value(QStringLiteral("prompt_tokens")).toDouble(1000)),
                     static_cast<qint64>(body.value(QStringLiteral("completion_tokens")).toDouble(100))))
        return detailError(404, QStringLiteral("Key not found"));
    return jsonResponse(QJsonObject {{QStringLiteral("status"), QStringLiteral("recorded")}});
}

HttpResponse LiteLlmSimulator::simClock(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = validateBody(body, {{"advance_seconds", FieldKind::Integer, true}});
    if (!errors.isEmpty())
        return validationError(errors);
    advanceClock(static_cast<qint64>(body.value(QStringLiteral("advance_seconds")).toDouble()));
    return jsonResponse(QJsonObject {{QStringLiteral("now"), isoUtc(now())}});
}

HttpResponse LiteLlmSimulator::simConfig(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = validateBody(body,
                                           {{"premium", FieldKind::Boolean},
                                            {"db_connected", FieldKind::Boolean},
                                            {"readiness_detailed", FieldKind::Boolean},
                                            {"legacy_breakdown", FieldKind::Boolean},
                                            {"key_update_not_found_2026", FieldKind::Boolean},
                                            {"resets_stalled", FieldKind::Boolean}});
    if (!errors.isEmpty())
        return validationError(errors);
    m_config.premium = body.value(QStringLiteral("premium")).toBool(m_config.premium);
    m_config.dbConnected = body.value(QStringLiteral("db_connected")).toBool(m_config.dbConnected);
    m_config.readinessDetailed = body.value(QStringLiteral("readiness_detailed")).toBool(m_config.readinessDetailed);
    m_config.legacyBreakdown = body.value(QStringLiteral("legacy_breakdown")).toBool(m_config.legacyBreakdown);
    m_config.keyUpdateNotFound2026
        = body.value(QStringLiteral("key_update_not_found_2026")).toBool(m_config.keyUpdateNotFound2026);
    m_config.resetsStalled = body.value(QStringLiteral("resets_stalled")).toBool(m_config.resetsStalled);
    return jsonResponse(QJsonObject {{QStringLiteral("premium"), m_config.premium},
                                     {QStringLiteral("resets_stalled"), m_config.resetsStalled},
                                     {QStringLiteral("db_connected"), m_config.dbConnected},
                                     {QStringLiteral("readiness_detailed"), m_config.readinessDetailed},
                                     {QStringLiteral("legacy_breakdown"), m_config.legacyBreakdown},
                                     {QStringLiteral("key_update_not_found_2026"), m_config.keyUpdateNotFound2026}});
}

void LiteLlmSimulator::seed(int teams, int keysPerTeam, const QString &aliasPrefix)
{
    const QDateTime t = now();
    m_state.teams.reserve(m_state.teams.size() + teams);
    m_state.keys.reserve(m_state.keys.size() + teams * keysPerTeam);
    for (int i = 0; i < teams; ++i) {
        SimTeam team;
        team.teamId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        team.alias = QStringLiteral("%1 %2").arg(aliasPrefix).arg(i);
        team.maxBudget = 100.0 + i % 400;
        team.spend = (i % 97) * 0.5;
        team.createdAt = team.updatedAt = t;
        team.sequence = m_state.nextSequence++;
        for (int k = 0; k < keysPerTeam; ++k) {
            SimKey key;
            const QString raw = QStringLiteral("sk-seed-%1-%2").arg(i).arg(k);
            key.token = sha256Hex(raw);
            key.keyName = QStringLiteral("sk-...") + raw.right(4);
            key.teamId = team.teamId;
            key.createdAt = key.updatedAt = t;
            key.sequence = m_state.nextSequence++;
            m_state.insertKey(key);
        }
        m_state.insertTeam(team);
    }
}

HttpResponse LiteLlmSimulator::simSeed(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = validateBody(
        body, {{"teams", FieldKind::Integer, true}, {"keys_per_team", FieldKind::Integer}, {"alias_prefix", FieldKind::String}});
    if (!errors.isEmpty())
        return validationError(errors);
    const int teams = body.value(QStringLiteral("teams")).toInt();
    const int keys = body.value(QStringLiteral("keys_per_team")).toInt(1);
    if (teams < 0 || teams > 1000000 || keys < 0 || keys > 10)
        return detailError(400, QStringLiteral("teams must be 0-1000000 and keys_per_team 0-10"));
    seed(teams, keys, body.value(QStringLiteral("alias_prefix")).toString(QStringLiteral("Seed Team")));
    return jsonResponse(
        QJsonObject {{QStringLiteral("team_count"), m_state.teams.size()}, {QStringLiteral("key_count"), m_state.keys.size()}});
}

HttpResponse LiteLlmSimulator::simRequests(const HttpRequest &, const QJsonObject &, const Caller &)
{
    QJsonArray list;
    for (const QJsonObject &r : m_requests)
        list.append(r);
    return jsonResponse(QJsonObject {{QStringLiteral("requests"), list}});
}

HttpResponse LiteLlmSimulator::simRequestsClear(const HttpRequest &, const QJsonObject &, const Caller &)
{
    m_requests.clear();
    return jsonResponse(QJsonObject {{QStringLiteral("requests"), QJsonArray()}});
}

} // namespace OrgConsole::Sandbox
