#include "services/sandbox/SimState.h"

#include "services/sandbox/LiteLlmSimulator.h"

#include <QCryptographicHash>

#include <algorithm>

namespace OrgConsole::Sandbox {

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString isoUtc(const QDateTime &dt)
{
    // LiteLLM emits microseconds and a Z suffix.
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

QJsonValue optionalJson(const std::optional<QString> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateJson(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(isoUtc(dt)) : QJsonValue(QJsonValue::Null);
}

SimKey *SimState::keyByRawOrHash(const QString &rawOrHash)
{
    auto it = keys.find(rawOrHash);
    if (it != keys.end())
        return &it.value();
    it = keys.find(sha256Hex(rawOrHash));
    return it != keys.end() ? &it.value() : nullptr;
}

static auto indexOf(std::vector<SimState::TeamIndexEntry> &order, quint64 sequence)
{
    return std::lower_bound(order.begin(), order.end(), sequence,
                            [](const SimState::TeamIndexEntry &e, quint64 s) { return e.sequence < s; });
}

void SimState::insertTeam(SimTeam team)
{
    SimState::TeamIndexEntry entry {team.sequence, team.teamId, team.alias.value_or(QString()).toCaseFolded()};
    teamOrder.insert(indexOf(teamOrder, team.sequence), std::move(entry));
    teams.insert(team.teamId, std::move(team));
    ++teamVersion;
}

void SimState::removeTeam(const QString &teamId)
{
    const auto it = teams.find(teamId);
    if (it == teams.end())
        return;
    const auto pos = indexOf(teamOrder, it->sequence);
    if (pos != teamOrder.end() && pos->sequence == it->sequence)
        teamOrder.erase(pos);
    teams.erase(it);
    const QStringList tokens = keysByTeam.take(teamId);
    for (const QString &token : tokens)
        removeKey(token);
    ++teamVersion;
}

void SimState::setTeamAlias(SimTeam &team, const std::optional<QString> &alias)
{
    team.alias = alias;
    const auto pos = indexOf(teamOrder, team.sequence);
    if (pos != teamOrder.end() && pos->sequence == team.sequence)
        pos->aliasFolded = alias.value_or(QString()).toCaseFolded();
    ++teamVersion;
}

void SimState::insertKey(const SimKey &key)
{
    keys.insert(key.token, key);
    if (key.alias)
        keyAliases.insert(*key.alias, key.token);
    if (key.teamId)
        keysByTeam[*key.teamId].append(key.token);
}

void SimState::removeKey(const QString &token)
{
    const auto it = keys.find(token);
    if (it == keys.end())
        return;
    if (it->alias)
        keyAliases.remove(*it->alias);
    if (it->teamId) {
        auto byTeam = keysByTeam.find(*it->teamId);
        if (byTeam != keysByTeam.end()) {
            byTeam->removeAll(token);
            if (byTeam->isEmpty())
                keysByTeam.erase(byTeam);
        }
    }
    keys.erase(it);
}

void SimState::setKeyTeam(SimKey &key, const std::optional<QString> &teamId)
{
    if (key.teamId)
        keysByTeam[*key.teamId].removeAll(key.token);
    key.teamId = teamId;
    if (teamId)
        keysByTeam[*teamId].append(key.token);
}

QJsonObject teamJson(const SimTeam &t)
{
    return QJsonObject {
        {QStringLiteral("team_alias"), optionalJson(t.alias)},
        {QStringLiteral("team_id"), t.teamId},
        {QStringLiteral("organization_id"), QJsonValue::Null},
        {QStringLiteral("admins"), QJsonArray()},
        {QStringLiteral("members"), QJsonArray()},
        {QStringLiteral("members_with_roles"), t.membersWithRoles},
        {QStringLiteral("team_member_permissions"), QJsonArray()},
        {QStringLiteral("metadata"), t.metadata},
        {QStringLiteral("tpm_limit"), optionalJson(t.tpmLimit)},
        {QStringLiteral("rpm_limit"), optionalJson(t.rpmLimit)},
        {QStringLiteral("max_budget"), optionalJson(t.maxBudget)},
        {QStringLiteral("soft_budget"), optionalJson(t.softBudget)},
        {QStringLiteral("budget_duration"), optionalJson(t.budgetDuration)},
        {QStringLiteral("budget_limits"), QJsonValue::Null},
        {QStringLiteral("models"), QJsonArray::fromStringList(t.models)},
        {QStringLiteral("blocked"), t.blocked},
        {QStringLiteral("router_settings"), QJsonObject()},
        {QStringLiteral("access_group_ids"), QJsonArray()},
        {QStringLiteral("default_team_member_models"), QJsonArray()},
        {QStringLiteral("spend"), t.spend},
        {QStringLiteral("max_parallel_requests"), QJsonValue::Null},
        {QStringLiteral("budget_reset_at"), dateJson(t.budgetResetAt)},
        {QStringLiteral("model_id"), QJsonValue::Null},
        {QStringLiteral("model_spend"), QJsonObject()},
        {QStringLiteral("model_max_budget"), QJsonObject()},
        {QStringLiteral("policies"), QJsonArray()},
        {QStringLiteral("allow_team_guardrail_config"), false},
        {QStringLiteral("litellm_model_table"), QJsonValue::Null},
        {QStringLiteral("object_permission"), QJsonValue::Null},
        {QStringLiteral("object_permission_id"), QJsonValue::Null},
        {QStringLiteral("updated_at"), dateJson(t.updatedAt)},
        {QStringLiteral("created_at"), dateJson(t.createdAt)},
    };
}

QJsonObject keyJson(const SimKey &k, bool withToken)
{
    QJsonObject o {
        {QStringLiteral("key_name"), k.keyName},
        {QStringLiteral("key_alias"), optionalJson(k.alias)},
        {QStringLiteral("soft_budget_cooldown"), false},
        {QStringLiteral("spend"), k.spend},
        {QStringLiteral("expires"), dateJson(k.expires)},
        {QStringLiteral("models"), QJsonArray::fromStringList(k.models)},
        {QStringLiteral("aliases"), QJsonObject()},
        {QStringLiteral("config"), QJsonObject()},
        {QStringLiteral("router_settings"), QJsonObject()},
        {QStringLiteral("user_id"), optionalJson(k.userId)},
        {QStringLiteral("team_id"), optionalJson(k.teamId)},
        {QStringLiteral("permissions"), QJsonObject()},
        {QStringLiteral("max_parallel_requests"), QJsonValue::Null},
        {QStringLiteral("metadata"), k.metadata},
        {QStringLiteral("blocked"), k.blocked ? QJsonValue(*k.blocked) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tpm_limit"), optionalJson(k.tpmLimit)},
        {QStringLiteral("rpm_limit"), optionalJson(k.rpmLimit)},
        {QStringLiteral("max_budget"), optionalJson(k.maxBudget)},
        {QStringLiteral("budget_duration"), optionalJson(k.budgetDuration)},
        {QStringLiteral("budget_reset_at"), dateJson(k.budgetResetAt)},
        {QStringLiteral("allowed_cache_controls"), QJsonArray()},
        {QStringLiteral("allowed_routes"), QJsonArray()},
        {QStringLiteral("model_spend"), QJsonObject()},
        {QStringLiteral("model_max_budget"), QJsonObject()},
        {QStringLiteral("budget_id"), QJsonValue::Null},
        {QStringLiteral("organization_id"), QJsonValue::Null},
        {QStringLiteral("created_at"), dateJson(k.createdAt)},
        {QStringLiteral("created_by"), QStringLiteral("default_user_id")},
        {QStringLiteral("updated_at"), dateJson(k.updatedAt)},
        {QStringLiteral("updated_by"), QStringLiteral("default_user_id")},
        {QStringLiteral("last_active"), QJsonValue::Null},
        {QStringLiteral("rotation_count"), 0},
        {QStringLiteral("auto_rotate"), false},
        {QStringLiteral("litellm_budget_table"), QJsonValue::Null},
        {QStringLiteral("object_permission"), QJsonValue::Null},
    };
    if (withToken)
        o.insert(QStringLiteral("token"), k.token);
    return o;
}

QJsonObject SimState::dump() const
{
    QJsonArray teamArray;
    for (const SimTeam &t : teams)
        teamArray.append(teamJson(t));
    QJsonArray keyArray;
    for (const SimKey &k : keys)
        keyArray.append(keyJson(k, true));
    QJsonArray userArray;
    for (const SimUser &u : users)
        userArray.append(
            QJsonObject {{QStringLiteral("user_id"), u.userId}, {QStringLiteral("teams"), QJsonArray::fromStringList(u.teams)}});
    return QJsonObject {{QStringLiteral("teams"), teamArray},
                        {QStringLiteral("keys"), keyArray},
                        {QStringLiteral("users"), userArray},
                        {QStringLiteral("team_count"), teams.size()},
                        {QStringLiteral("key_count"), keys.size()}};
}

namespace {
QDateTime dateOf(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}
} // namespace

QJsonObject SimState::save() const
{
    QJsonObject o = dump();
    QJsonArray teamArray = o.value(QStringLiteral("teams")).toArray();
    QJsonArray withSeq;
    for (const QJsonValue &t : teamArray) {
        QJsonObject x = t.toObject();
        x.insert(QStringLiteral("_sequence"), qint64(teams.value(x.value(QStringLiteral("team_id")).toString()).sequence));
        withSeq.append(x);
    }
    o.insert(QStringLiteral("teams"), withSeq);
    QJsonArray keyArray;
    for (const SimKey &k : keys) {
        QJsonObject x = keyJson(k, true);
        x.insert(QStringLiteral("_sequence"), qint64(k.sequence));
        keyArray.append(x);
    }
    o.insert(QStringLiteral("keys"), keyArray);
    QJsonArray userArray;
    for (const SimUser &u : users)
        userArray.append(QJsonObject {{QStringLiteral("user_id"), u.userId},
                                      {QStringLiteral("user_email"), optionalJson(u.email)},
                                      {QStringLiteral("user_role"), u.role},
                                      {QStringLiteral("teams"), QJsonArray::fromStringList(u.teams)},
                                      {QStringLiteral("max_budget"), optionalJson(u.maxBudget)},
                                      {QStringLiteral("spend"), u.spend},
                                      {QStringLiteral("created_at"), dateJson(u.createdAt)}});
    o.insert(QStringLiteral("users"), userArray);
    QJsonArray dailyArray;
    for (const SimDailyRow &r : daily)
        dailyArray.append(QJsonObject {{QStringLiteral("team_id"), r.teamId},
                                       {QStringLiteral("date"), r.date},
                                       {QStringLiteral("api_key"), r.apiKey},
                                       {QStringLiteral("model"), r.model},
                                       {QStringLiteral("spend"), r.spend},
                                       {QStringLiteral("prompt_tokens"), r.promptTokens},
                                       {QStringLiteral("completion_tokens"), r.completionTokens},
                                       {QStringLiteral("requests"), r.requests}});
    o.insert(QStringLiteral("daily"), dailyArray);
    o.insert(QStringLiteral("next_sequence"), qint64(nextSequence));
    return o;
}

SimState SimState::load(const QJsonObject &o)
{
    SimState s;
    const QJsonArray teamArray = o.value(QStringLiteral("teams")).toArray();
    for (const QJsonValue &v : teamArray) {
        const QJsonObject x = v.toObject();
        SimTeam t;
        t.teamId = x.value(QStringLiteral("team_id")).toString();
        t.alias = jsonString(x.value(QStringLiteral("team_alias")));
        t.membersWithRoles = x.value(QStringLiteral("members_with_roles")).toArray();
        t.metadata = x.value(QStringLiteral("metadata")).toObject();
        t.tpmLimit = jsonInteger(x.value(QStringLiteral("tpm_limit")));
        t.rpmLimit = jsonInteger(x.value(QStringLiteral("rpm_limit")));
        t.maxBudget = jsonNumber(x.value(QStringLiteral("max_budget")));
        t.softBudget = jsonNumber(x.value(QStringLiteral("soft_budget")));
        t.budgetDuration = jsonString(x.value(QStringLiteral("budget_duration")));
        t.budgetResetAt = dateOf(x.value(QStringLiteral("budget_reset_at")));
        t.models = jsonStrings(x.value(QStringLiteral("models")));
        t.blocked = x.value(QStringLiteral("blocked")).toBool();
        t.spend = x.value(QStringLiteral("spend")).toDouble();
        t.createdAt = dateOf(x.value(QStringLiteral("created_at")));
        t.updatedAt = dateOf(x.value(QStringLiteral("updated_at")));
        t.sequence = quint64(x.value(QStringLiteral("_sequence")).toInteger());
        if (!t.teamId.isEmpty())
            s.insertTeam(t);
    }
    const QJsonArray keyArray = o.value(QStringLiteral("keys")).toArray();
    for (const QJsonValue &v : keyArray) {
        const QJsonObject x = v.toObject();
        SimKey k;
        k.token = x.value(QStringLiteral("token")).toString();
        k.keyName = x.value(QStringLiteral("key_name")).toString();
        k.alias = jsonString(x.value(QStringLiteral("key_alias")));
        k.spend = x.value(QStringLiteral("spend")).toDouble();
        k.expires = dateOf(x.value(QStringLiteral("expires")));
        k.models = jsonStrings(x.value(QStringLiteral("models")));
        k.userId = jsonString(x.value(QStringLiteral("user_id")));
        k.teamId = jsonString(x.value(QStringLiteral("team_id")));
        k.metadata = x.value(QStringLiteral("metadata")).toObject();
        k.maxBudget = jsonNumber(x.value(QStringLiteral("max_budget")));
        k.budgetDuration = jsonString(x.value(QStringLiteral("budget_duration")));
        k.budgetResetAt = dateOf(x.value(QStringLiteral("budget_reset_at")));
        if (x.value(QStringLiteral("blocked")).isBool())
            k.blocked = x.value(QStringLiteral("blocked")).toBool();
        k.createdAt = dateOf(x.value(QStringLiteral("created_at")));
        k.updatedAt = dateOf(x.value(QStringLiteral("updated_at")));
        k.sequence = quint64(x.value(QStringLiteral("_sequence")).toInteger());
        if (k.token.isEmpty())
            continue;
        s.insertKey(k);
    }
    const QJsonArray userArray = o.value(QStringLiteral("users")).toArray();
    for (const QJsonValue &v : userArray) {
        const QJsonObject x = v.toObject();
        SimUser u;
        u.userId = x.value(QStringLiteral("user_id")).toString();
        u.email = jsonString(x.value(QStringLiteral("user_email")));
        u.role = x.value(QStringLiteral("user_role")).toString(QStringLiteral("internal_user"));
        u.teams = jsonStrings(x.value(QStringLiteral("teams")));
        u.maxBudget = jsonNumber(x.value(QStringLiteral("max_budget")));
        u.spend = x.value(QStringLiteral("spend")).toDouble();
        u.createdAt = dateOf(x.value(QStringLiteral("created_at")));
        if (!u.userId.isEmpty())
            s.users.insert(u.userId, u);
    }
    const QJsonArray dailyArray = o.value(QStringLiteral("daily")).toArray();
    for (const QJsonValue &v : dailyArray) {
        const QJsonObject x = v.toObject();
        s.daily.push_back(SimDailyRow {
            x.value(QStringLiteral("team_id")).toString(), x.value(QStringLiteral("date")).toString(),
            x.value(QStringLiteral("api_key")).toString(), x.value(QStringLiteral("model")).toString(),
            x.value(QStringLiteral("spend")).toDouble(), x.value(QStringLiteral("prompt_tokens")).toInteger(),
            x.value(QStringLiteral("completion_tokens")).toInteger(), x.value(QStringLiteral("requests")).toInteger()});
    }
    s.nextSequence = std::max<quint64>(1, quint64(o.value(QStringLiteral("next_sequence")).toInteger()));
    return s;
}

} // namespace OrgConsole::Sandbox
