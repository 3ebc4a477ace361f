#include "services/sandbox/SimState.h"

#include "models/BudgetDuration.h"
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

bool rollBudgetPeriod(const std::optional<QString> &duration, QDateTime &resetAt, const QDateTime &now)
{
    if (!duration || !resetAt.isValid() || resetAt > now)
        return false;
    if (const auto d = BudgetDuration::parse(*duration))
        resetAt = d->nextReset(now);
    return true;
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
    memberships.remove(teamId);
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

SimUser &SimState::joinTeam(const QString &userId, const QString &teamId, const QDateTime &now)
{
    SimUser &u = users[userId];
    u.userId = userId;
    if (!u.createdAt.isValid())
        u.createdAt = now;
    if (!u.teams.contains(teamId))
        u.teams.append(teamId);
    return u;
}

SimMembership &SimState::addMembership(const QString &teamId, const QString &userId)
{
    SimMembership &m = memberships[teamId][userId];
    m.teamId = teamId;
    m.userId = userId;
    return m;
}

SimMembership *SimState::findMembership(const QString &teamId, const QString &userId)
{
    const auto team = memberships.find(teamId);
    if (team == memberships.end())
        return nullptr;
    const auto it = team->find(userId);
    return it != team->end() ? &it.value() : nullptr;
}

void SimState::removeMembership(const QString &teamId, const QString &userId)
{
    const auto team = memberships.find(teamId);
    if (team == memberships.end())
        return;
    team->remove(userId);
    if (team->isEmpty())
        memberships.erase(team);
}

static QJsonObject budgetJson(const SimBudget &b)
{
    return QJsonObject {
        {QStringLiteral("budget_id"), b.budgetId},
        {QStringLiteral("max_budget"), optionalJson(b.maxBudget)},
        {QStringLiteral("soft_budget"), QJsonValue::Null},
        {QStringLiteral("max_parallel_requests"), QJsonValue::Null},
        {QStringLiteral("tpm_limit"), optionalJson(b.tpmLimit)},
        {QStringLiteral("rpm_limit"), optionalJson(b.rpmLimit)},
        {QStringLiteral("model_max_budget"), QJsonValue::Null},
        {QStringLiteral("budget_duration"), optionalJson(b.budgetDuration)},
        {QStringLiteral("budget_reset_at"), dateJson(b.budgetResetAt)},
        {QStringLiteral("allowed_models"),
         b.allowedModels ? QJsonValue(QJsonArray::fromStringList(*b.allowedModels)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), dateJson(b.createdAt)},
        {QStringLiteral("created_by"), QStringLiteral("default_user_id")},
        {QStringLiteral("updated_at"), dateJson(b.updatedAt)},
        {QStringLiteral("updated_by"), QStringLiteral("default_user_id")},
    };
}

QJsonObject membershipJson(const SimMembership &m)
{
    return QJsonObject {
        {QStringLiteral("user_id"), m.userId},
        {QStringLiteral("team_id"), m.teamId},
        {QStringLiteral("budget_id"), m.budget ? QJsonValue(m.budget->budgetId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("spend"), m.spend},
        {QStringLiteral("total_spend"), m.totalSpend},
        {QStringLiteral("litellm_budget_table"), m.budget ? QJsonValue(budgetJson(*m.budget)) : QJsonValue(QJsonValue::Null)},
    };
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
    QJsonArray membershipArray;
    for (const auto &team : memberships) {
        for (const SimMembership &m : team)
            membershipArray.append(membershipJson(m));
    }
    return QJsonObject {{QStringLiteral("teams"), teamArray},         {QStringLiteral("keys"), keyArray},
                        {QStringLiteral("users"), userArray},         {QStringLiteral("memberships"), membershipArray},
                        {QStringLiteral("team_count"), teams.size()}, {QStringLiteral("key_count"), keys.size()}};
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

namespace {
SimTeam teamFromJson(const QJsonObject &x)
{
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
    return t;
}

SimKey keyFromJson(const QJsonObject &x)
{
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
    return k;
}

SimUser userFromJson(const QJsonObject &x)
{
    SimUser u;
    u.userId = x.value(QStringLiteral("user_id")).toString();
    u.email = jsonString(x.value(QStringLiteral("user_email")));
    u.role = x.value(QStringLiteral("user_role")).toString(QStringLiteral("internal_user"));
    u.teams = jsonStrings(x.value(QStringLiteral("teams")));
    u.maxBudget = jsonNumber(x.value(QStringLiteral("max_budget")));
    u.spend = x.value(QStringLiteral("spend")).toDouble();
    u.createdAt = dateOf(x.value(QStringLiteral("created_at")));
    return u;
}

std::optional<SimBudget> budgetFromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject x = v.toObject();
    SimBudget b;
    b.budgetId = x.value(QStringLiteral("budget_id")).toString();
    b.maxBudget = jsonNumber(x.value(QStringLiteral("max_budget")));
    b.tpmLimit = jsonInteger(x.value(QStringLiteral("tpm_limit")));
    b.rpmLimit = jsonInteger(x.value(QStringLiteral("rpm_limit")));
    b.budgetDuration = jsonString(x.value(QStringLiteral("budget_duration")));
    b.budgetResetAt = dateOf(x.value(QStringLiteral("budget_reset_at")));
    if (x.value(QStringLiteral("allowed_models")).isArray())
        b.allowedModels = jsonStrings(x.value(QStringLiteral("allowed_models")));
    b.createdAt = dateOf(x.value(QStringLiteral("created_at")));
    b.updatedAt = dateOf(x.value(QStringLiteral("updated_at")));
    return b;
}

// The saved memberships; a state saved before memberships were kept has none, and gets a row
// without a budget for every member of every team, as /team/info listed them then.
void loadMemberships(const QJsonObject &o, SimState &s)
{
    if (!o.contains(QStringLiteral("memberships"))) {
        for (const SimTeam &t : std::as_const(s.teams)) {
            for (const QJsonValue &m : t.membersWithRoles) {
                const QString uid = m.toObject().value(QStringLiteral("user_id")).toString();
                if (!uid.isEmpty())
                    s.addMembership(t.teamId, uid);
            }
        }
        return;
    }
    const QJsonArray rows = o.value(QStringLiteral("memberships")).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject x = v.toObject();
        const QString teamId = x.value(QStringLiteral("team_id")).toString();
        const QString userId = x.value(QStringLiteral("user_id")).toString();
        if (teamId.isEmpty() || userId.isEmpty() || !s.teams.contains(teamId))
            continue;
        SimMembership &m = s.addMembership(teamId, userId);
        m.spend = x.value(QStringLiteral("spend")).toDouble();
        m.totalSpend = x.value(QStringLiteral("total_spend")).toDouble();
        m.budget = budgetFromJson(x.value(QStringLiteral("litellm_budget_table")));
    }
}
} // namespace

SimState SimState::load(const QJsonObject &o)
{
    SimState s;
    const QJsonArray teamArray = o.value(QStringLiteral("teams")).toArray();
    for (const QJsonValue &v : teamArray) {
        SimTeam t = teamFromJson(v.toObject());
        if (!t.teamId.isEmpty())
            s.insertTeam(std::move(t));
    }
    const QJsonArray keyArray = o.value(QStringLiteral("keys")).toArray();
    for (const QJsonValue &v : keyArray) {
        const SimKey k = keyFromJson(v.toObject());
        if (!k.token.isEmpty())
            s.insertKey(k);
    }
    const QJsonArray userArray = o.value(QStringLiteral("users")).toArray();
    for (const QJsonValue &v : userArray) {
        const SimUser u = userFromJson(v.toObject());
        if (!u.userId.isEmpty())
            s.users.insert(u.userId, u);
    }
    loadMemberships(o, s);
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
