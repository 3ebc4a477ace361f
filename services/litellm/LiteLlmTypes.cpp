#include "services/litellm/LiteLlmTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace OrgConsole {

namespace {
// The number the `count` ASCII digits of `s` at `at` write; -1 when one is missing or not a digit.
int asciiNumber(QStringView s, qsizetype at, qsizetype count)
{
    if (at < 0 || at + count > s.size())
        return -1;
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

bool isAt(QStringView s, qsizetype at, char16_t c)
{
    return at < s.size() && s[at] == c;
}

// The offset of a zone "Z", "+HH:MM", "-HHMM" at `i` (0 when there is none), `i` moved past it;
// nullopt when one starts there malformed.
std::optional<int> zoneOffsetSecs(QStringView s, qsizetype &i)
{
    if (isAt(s, i, u'Z')) {
        ++i;
        return 0;
    }
    if (!isAt(s, i, u'+') && !isAt(s, i, u'-'))
        return 0;
    const int sign = isAt(s, i, u'-') ? -1 : 1;
    const int hours = asciiNumber(s, i + 1, 2);
    qsizetype at = isAt(s, i + 3, u':') ? i + 4 : i + 3;
    const int minutes = asciiNumber(s, at, 2);
    if (hours < 0 || minutes < 0)
        return std::nullopt;
    i = at + 2;
    return sign * (hours * 3600 + minutes * 60);
}

// "yyyy-MM-dd", 'T' or ' ', "HH:mm", optional ":ss", optional '.' and any digits (the first three
// are the milliseconds), optional zone; nothing else. Read by hand: a regular expression and its
// captured strings took a tenth of the time a page of 100 teams needed to be decoded.
QDateTime parseDateTimeText(QStringView s)
{
    const int year = asciiNumber(s, 0, 4), month = asciiNumber(s, 5, 2), day = asciiNumber(s, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !isAt(s, 4, u'-') || !isAt(s, 7, u'-') || !(isAt(s, 10, u'T') || isAt(s, 10, u' ')))
        return {};
    const int hour = asciiNumber(s, 11, 2), minute = asciiNumber(s, 14, 2);
    if (hour < 0 || minute < 0 || !isAt(s, 13, u':'))
        return {};
    qsizetype i = 16;
    int second = 0;
    if (isAt(s, i, u':')) {
        if ((second = asciiNumber(s, i + 1, 2)) < 0)
            return {};
        i += 3;
    }
    int ms = 0;
    if (isAt(s, i, u'.')) {
        qsizetype digits = 0;
        while (asciiNumber(s, i + 1 + digits, 1) >= 0)
            ++digits;
        if (digits == 0)
            return {};
        for (qsizetype d = 0; d < 3; ++d) // ".5" is 500 ms
            ms = ms * 10 + (d < digits ? asciiNumber(s, i + 1 + d, 1) : 0);
        i += 1 + digits;
    }
    const std::optional<int> offsetSecs = zoneOffsetSecs(s, i);
    if (!offsetSecs || i != s.size())
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, *offsetSecs).toUTC();
}
} // namespace

QDateTime parseProxyDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    return parseDateTimeText(QStringView(text).trimmed());
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
