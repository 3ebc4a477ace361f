#pragma once

#include "services/litellm/LiteLlmError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OrgConsole {

template<typename T> struct Result {
    std::optional<T> value;
    LiteLlmError error;
    bool ok() const { return value.has_value(); }
    static Result success(T v) { return Result {std::move(v), {}}; }
    static Result failure(LiteLlmError e) { return Result {std::nullopt, std::move(e)}; }
};

struct Done {
}; // a call with nothing to return

struct TeamInfo {
    QString teamId;
    QString alias;
    std::optional<double> maxBudget;
    double spend = 0.0;
    QString budgetDuration;
    QDateTime budgetResetAt;
    QStringList models;
    bool blocked = false;
    QJsonObject metadata;
    QDateTime createdAt;
};

struct KeyInfo {
    QString token; // hash
    QString keyName;
    QString alias;
    double spend = 0.0;
    std::optional<double> maxBudget;
    QDateTime expires;
    bool blocked = false;
    QString teamId;
    QString userId;
    QDateTime budgetResetAt;
    QString budgetDuration; // empty: the key's own cap (if any) never resets
    QStringList models; // empty: every model the team allows
    QJsonObject metadata;
};

// One member's row in a team (/team/info's team_memberships), with its budget row if it has one.
struct TeamMembership {
    QString userId;
    double spend = 0.0; // current period
    double totalSpend = 0.0;
    std::optional<double> maxBudget; // max_budget_in_team
    QString budgetDuration;
    QDateTime budgetResetAt;
    QStringList allowedModels;
};

struct TeamDetail {
    TeamInfo team;
    QList<KeyInfo> keys;
    QList<TeamMembership> memberships;
};

// Whether /team/member_add added the member, or found them in the team already (an earlier
// attempt whose reply was lost, or someone else).
struct MemberAdded {
    bool alreadyMember = false;
};

struct GeneratedKey {
    QString rawKey; // shown once; never stored or logged
    QString token;
    QString keyName;
    QString alias;
    QString teamId;
    QString userId;
    QDateTime expires;
};

struct TeamPage {
    QList<TeamInfo> teams;
    qint64 total = 0;
    int page = 1;
    int pageSize = 0;
    int totalPages = 0;
};

struct KeyPage {
    QList<KeyInfo> keys;
    qint64 total = 0;
    int page = 1;
    int totalPages = 0;
};

struct DailySpend {
    QDate date;
    double spend = 0.0;
    qint64 requests = 0;
    qint64 tokens = 0;
};

struct UserInfo {
    QString userId;
    QString email;
    QStringList teams;
};

struct HealthStatus {
    bool alive = false;
    QString db; // "connected", "Not connected", ...
    QString version; // when the proxy tells
    // The proxy said plainly that it has no database ("Not connected", "disconnected"); an empty or
    // other answer is not taken as a no.
    bool databaseMissing() const
    {
        return db.compare(QLatin1String("Not connected"), Qt::CaseInsensitive) == 0
            || db.compare(QLatin1String("disconnected"), Qt::CaseInsensitive) == 0;
    }
};

struct ConnectionReport {
    bool reachable = false;
    bool databaseConnected = false;
    bool adminKey = false;
    QString version;
    QString summary; // one line for the user
};

// Requests.
struct NewTeamRequest {
    QString teamId;
    QString alias;
    QString ownerUserId; // the team's first member (members_with_roles), omitted when empty
    std::optional<double> maxBudget; // omitted when unlimited
    QString budgetDuration; // omitted when empty
    QStringList models;
    QJsonObject metadata;
    QJsonObject toJson() const;
};

struct TeamUpdateRequest {
    QString teamId;
    std::optional<std::optional<double>> maxBudget; // outer: send it; inner nullopt: send null (unlimited)
    std::optional<QString> budgetDuration; // empty string: send null (no reset)
    std::optional<QString> alias;
    std::optional<QStringList> models;
    QJsonObject toJson() const;
};

// /team/member_add and /team/member_update for one member.
struct TeamMemberRequest {
    QString teamId;
    QString userId;
    QString email; // member_add only; omitted when empty
    QString role = QStringLiteral("user");
    std::optional<std::optional<double>> maxBudget; // outer: send it; inner nullopt: send null (no limit)
    std::optional<QString> budgetDuration; // empty string: send null (no reset)
    std::optional<QStringList> models; // allowed_models
    QJsonObject toAddJson() const;
    QJsonObject toUpdateJson() const;
};

struct GenerateKeyRequest {
    QString teamId;
    QString userId;
    QString keyAlias;
    QStringList models;
    QJsonObject metadata;
    QJsonObject toJson() const;
};

// Lenient parsing of proxy replies: every field optional, unknown fields ignored.
QDateTime parseProxyDateTime(const QJsonValue &value);
std::optional<double> parseOptionalNumber(const QJsonValue &value);
QStringList parseStringList(const QJsonValue &value);
TeamInfo parseTeam(const QJsonObject &o);
KeyInfo parseKey(const QJsonObject &o);
TeamMembership parseMembership(const QJsonObject &o);
GeneratedKey parseGeneratedKey(const QJsonObject &o);
QList<DailySpend> parseDailyActivity(const QJsonObject &o, bool *hasMore);
// Whole replies: /team/info (nullopt without team_info), a /v2/team/list page (nullopt when
// "teams" is neither a list nor null), a /key/list page (keys as objects or bare hashes).
std::optional<TeamDetail> parseTeamDetail(const QJsonObject &o);
// /team/block and /team/unblock: the team row (nullopt without a team id or a boolean `blocked`).
std::optional<TeamInfo> parseBlockedTeam(const QJsonObject &o);
std::optional<TeamPage> parseTeamPage(const QJsonObject &o);
KeyPage parseKeyPage(const QJsonObject &o);

} // namespace OrgConsole
