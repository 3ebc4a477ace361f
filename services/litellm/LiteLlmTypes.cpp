#include "services/litellm/LiteLlmTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace OrgConsole {

QDateTime parseProxyDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = re.match(value.toString().trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const int ms = m.captured(5).isEmpty() ? 0 : m.captured(5).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(6);
    int offsetSecs = 0;
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        offsetSecs
            = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSecs).toUTC();
}

std::optional<double> parseOptionalNumber(const QJsonValue &value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

QStringList parseStringList(const QJsonValue &value)
{
    QStringList out;
    if (!value.isArray())
        return out;
    const QJsonArray arr = value.toArray();
    for (const QJsonValue &v : arr) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

static QJsonObject objectOrJsonString(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject();
    if (v.isString()) // /key/update returns JSON columns as strings
        return QJsonDocument::fromJson(v.toString().toUtf8()).object();
    return {};
}

TeamInfo parseTeam(const QJsonObject &o)
{
    TeamInfo t;
    t.teamId = o.value(QStringLiteral("team_id")).toString();
    t.alias = o.value(QStringLiteral("team_alias")).toString();
    t.maxBudget = parseOptionalNumber(o.value(QStringLiteral("max_budget")));
    t.spend = parseOptionalNumber(o.value(QStringLiteral("spend"))).value_or(0.0);
    t.budgetDuration = o.value(QStringLiteral("budget_duration")).toString();
    t.budgetResetAt = parseProxyDateTime(o.value(QStringLiteral("budget_reset_at")));
    t.models = parseStringList(o.value(QStringLiteral("models")));
    t.blocked = o.value(QStringLiteral("blocked")).toBool(false);
    t.metadata = objectOrJsonString(o.value(QStringLiteral("metadata")));
    t.createdAt = parseProxyDateTime(o.value(QStringLiteral("created_at")));
    return t;
}

KeyInfo parseKey(const QJsonObject &o)
{
    KeyInfo k;
    k.token = o.value(QStringLiteral("token")).toString();
    k.keyName = o.value(QStringLiteral("key_name")).toString();
    k.alias = o.value(QStringLiteral("key_alias")).toString();
    k.spend = parseOptionalNumber(o.value(QStringLiteral("spend"))).value_or(0.0);
    k.maxBudget = parseOptionalNumber(o.value(QStringLiteral("max_budget")));
    k.expires = parseProxyDateTime(o.value(QStringLiteral("expires")));
    k.blocked = o.value(QStringLiteral("blocked")).toBool(false);
    k.teamId = o.value(QStringLiteral("team_id")).toString();
    k.userId = o.value(QStringLiteral("user_id")).toString();
    k.budgetResetAt = parseProxyDateTime(o.value(QStringLiteral("budget_reset_at")));
    k.budgetDuration = o.value(QStringLiteral("budget_duration")).toString();
    k.models = parseStringList(o.value(QStringLiteral("models")));
    k.metadata = objectOrJsonString(o.value(QStringLiteral("metadata")));
    return k;
}

GeneratedKey parseGeneratedKey(const QJsonObject &o)
{
    GeneratedKey g;
    g.rawKey = o.value(QStringLiteral("key")).toString();
    g.token = o.value(QStringLiteral("token")).toString();
    if (g.token.isEmpty())
        g.token = o.value(QStringLiteral("token_id")).toString();
    g.keyName = o.value(QStringLiteral("key_name")).toString();
    g.alias = o.value(QStringLiteral("key_alias")).toString();
    g.teamId = o.value(QStringLiteral("team_id")).toString();
    g.userId = o.value(QStringLiteral("user_id")).toString();
    g.expires = parseProxyDateTime(o.value(QStringLiteral("expires")));
    return g;
}

QList<DailySpend> parseDailyActivity(const QJsonObject &o, bool *hasMore)
{
    QList<DailySpend> out;
    const QJsonArray results = o.value(QStringLiteral("results")).toArray();
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        DailySpend d;
        d.date = QDate::fromString(r.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!d.date.isValid())
            continue;
        const QJsonObject m = r.value(QStringLiteral("metrics")).toObject();
        d.spend = parseOptionalNumber(m.value(QStringLiteral("spend"))).value_or(0.0);
        d.requests = m.value(QStringLiteral("api_requests")).toInteger();
        d.tokens = m.value(QStringLiteral("total_tokens")).toInteger();
        out.append(d);
    }
    if (hasMore)
        *hasMore = o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("has_more")).toBool(false);
    return out;
}

TeamMembership parseMembership(const QJsonObject &o)
{
    TeamMembership m;
    m.userId = o.value(QStringLiteral("user_id")).toString();
    m.spend = parseOptionalNumber(o.value(QStringLiteral("spend"))).value_or(0.0);
    m.totalSpend = parseOptionalNumber(o.value(QStringLiteral("total_spend"))).value_or(m.spend);
    const QJsonObject budget = o.value(QStringLiteral("litellm_budget_table")).toObject();
    m.maxBudget = parseOptionalNumber(budget.value(QStringLiteral("max_budget")));
    m.budgetDuration = budget.value(QStringLiteral("budget_duration")).toString();
    m.budgetResetAt = parseProxyDateTime(budget.value(QStringLiteral("budget_reset_at")));
    m.allowedModels = parseStringList(budget.value(QStringLiteral("allowed_models")));
    return m;
}

std::optional<TeamDetail> parseTeamDetail(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("team_info")).isObject())
        return std::nullopt;
    TeamDetail d;
    d.team = parseTeam(o.value(QStringLiteral("team_info")).toObject());
    if (d.team.teamId.isEmpty())
        d.team.teamId = o.value(QStringLiteral("team_id")).toString();
    const QJsonArray keys = o.value(QStringLiteral("keys")).toArray();
    for (const QJsonValue &k : keys)
        d.keys.append(parseKey(k.toObject()));
    const QJsonArray memberships = o.value(QStringLiteral("team_memberships")).toArray();
    d.memberships.reserve(memberships.size());
    for (const QJsonValue &m : memberships)
        d.memberships.append(parseMembership(m.toObject()));
    return d;
}

std::optional<TeamInfo> parseBlockedTeam(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("team_id")).isString() || !o.value(QStringLiteral("blocked")).isBool())
        return std::nullopt;
    return parseTeam(o);
}

std::optional<TeamPage> parseTeamPage(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("teams")).isArray() && !o.value(QStringLiteral("teams")).isNull())
        return std::nullopt;
    TeamPage p;
    const QJsonArray teams = o.value(QStringLiteral("teams")).toArray();
    for (const QJsonValue &t : teams)
        p.teams.append(parseTeam(t.toObject()));
    p.total = o.value(QStringLiteral("total")).toInteger();
    p.page = o.value(QStringLiteral("page")).toInt(1);
    p.pageSize = o.value(QStringLiteral("page_size")).toInt();
    p.totalPages = o.value(QStringLiteral("total_pages")).toInt();
    return p;
}

KeyPage parseKeyPage(const QJsonObject &o)
{
    KeyPage p;
    const QJsonArray keys = o.value(QStringLiteral("keys")).toArray();
    for (const QJsonValue &k : keys) {
        if (k.isObject()) {
            p.keys.append(parseKey(k.toObject()));
        } else if (k.isString()) {
            KeyInfo info;
            info.token = k.toString();
            p.keys.append(info);
        }
    }
    p.total = o.value(QStringLiteral("total_count")).toInteger();
    p.page = o.value(QStringLiteral("current_page")).toInt(1);
    p.totalPages = o.value(QStringLiteral("total_pages")).toInt();
    return p;
}

QJsonObject NewTeamRequest::toJson() const
{
    QJsonObject o {{QStringLiteral("team_alias"), alias}, {QStringLiteral("models"), QJsonArray::fromStringList(models)}};
    if (!teamId.isEmpty())
        o.insert(QStringLiteral("team_id"), teamId);
    if (maxBudget)
        o.insert(QStringLiteral("max_budget"), *maxBudget);
    if (!budgetDuration.isEmpty())
        o.insert(QStringLiteral("budget_duration"), budgetDuration);
    if (!metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), metadata);
    if (!ownerUserId.isEmpty())
        o.insert(QStringLiteral("members_with_roles"),
                 QJsonArray {
                     QJsonObject {{QStringLiteral("user_id"), ownerUserId}, {QStringLiteral("role"), QStringLiteral("user")}}});
    return o;
}

// The budget fields member_add and member_update share, each only when it is to be sent.
static void insertMemberBudget(const TeamMemberRequest &r, QJsonObject *o)
{
    if (r.maxBudget)
        o->insert(QStringLiteral("max_budget_in_team"), *r.maxBudget ? QJsonValue(**r.maxBudget) : QJsonValue(QJsonValue::Null));
    if (r.budgetDuration)
        o->insert(QStringLiteral("budget_duration"),
                  r.budgetDuration->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*r.budgetDuration));
    if (r.models)
        o->insert(QStringLiteral("allowed_models"), QJsonArray::fromStringList(*r.models));
}

QJsonObject TeamMemberRequest::toAddJson() const
{
    QJsonObject member {{QStringLiteral("user_id"), userId}, {QStringLiteral("role"), role}};
    if (!email.isEmpty())
        member.insert(QStringLiteral("user_email"), email);
    QJsonObject o {{QStringLiteral("team_id"), teamId}, {QStringLiteral("member"), member}};
    insertMemberBudget(*this, &o);
    return o;
}

QJsonObject TeamMemberRequest::toUpdateJson() const
{
    QJsonObject o {{QStringLiteral("team_id"), teamId}, {QStringLiteral("user_id"), userId}};
    insertMemberBudget(*this, &o);
    return o;
}

QJsonObject TeamUpdateRequest::toJson() const
{
    QJsonObject o {{QStringLiteral("team_id"), teamId}};
    if (maxBudget)
        o.insert(QStringLiteral("max_budget"), *maxBudget ? QJsonValue(**maxBudget) : QJsonValue(QJsonValue::Null));
    if (budgetDuration)
        o.insert(QStringLiteral("budget_duration"),
                 budgetDuration->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*budgetDuration));
    if (alias)
        o.insert(QStringLiteral("team_alias"), *alias);
    if (models)
        o.insert(QStringLiteral("models"), QJsonArray::fromStringList(*models));
    return o;
}

QJsonObject GenerateKeyRequest::toJson() const
{
    QJsonObject o {{QStringLiteral("team_id"), teamId},
                   {QStringLiteral("user_id"), userId},
                   {QStringLiteral("key_alias"), keyAlias},
                   {QStringLiteral("models"), QJsonArray::fromStringList(models)}};
    if (!metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), metadata);
    return o;
}

} // namespace OrgConsole
