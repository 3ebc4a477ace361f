#include "services/sandbox/SimState.h"

#include <QCryptographicHash>

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

void SimState::removeKey(const QString &token)
{
    const auto it = keys.find(token);
    if (it == keys.end())
        return;
    if (it->alias)
        keyAliases.remove(*it->alias);
    keys.erase(it);
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

} // namespace OrgConsole::Sandbox
