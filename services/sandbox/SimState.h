#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace OrgConsole::Sandbox {

struct SimTeam {
    QString teamId;
    std::optional<QString> alias;
    QJsonArray membersWithRoles;
    QJsonObject metadata;
    std::optional<qint64> tpmLimit;
    std::optional<qint64> rpmLimit;
    std::optional<double> maxBudget;
    std::optional<double> softBudget;
    std::optional<QString> budgetDuration;
    QDateTime budgetResetAt;
    QStringList models;
    bool blocked = false;
    double spend = 0.0;
    QDateTime createdAt;
    QDateTime updatedAt;
    quint64 sequence = 0; // creation order, for stable listing

    // Every field: SimTeamJsonCache makes a team's JSON anew when any of them changed.
    bool operator==(const SimTeam &) const = default;
};

struct SimKey {
    QString token; // sha256 hex of the raw key
    QString keyName;
    std::optional<QString> alias;
    double spend = 0.0;
    QDateTime expires;
    QStringList models;
    std::optional<QString> userId;
    std::optional<QString> teamId;
    QJsonObject metadata;
    std::optional<double> maxBudget;
    std::optional<QString> budgetDuration;
    QDateTime budgetResetAt;
    std::optional<bool> blocked;
    std::optional<qint64> tpmLimit;
    std::optional<qint64> rpmLimit;
    QDateTime createdAt;
    QDateTime updatedAt;
    quint64 sequence = 0;
};

struct SimUser {
    QString userId;
    std::optional<QString> email;
    QString role = QStringLiteral("internal_user");
    QStringList teams;
    std::optional<double> maxBudget;
    double spend = 0.0;
    QJsonObject metadata;
    QDateTime createdAt;
};

// A LiteLLM_BudgetTable row: a member's own limits inside a team (CONTRACT.md §7.5).
struct SimBudget {
    QString budgetId;
    std::optional<double> maxBudget;
    std::optional<qint64> tpmLimit;
    std::optional<qint64> rpmLimit;
    std::optional<QString> budgetDuration;
    QDateTime budgetResetAt;
    std::optional<QStringList> allowedModels;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A LiteLLM_TeamMembership row, one per (team, user): the member's spend in the current budget
// period, all of it, and the budget row it points at (budget_id null without one).
struct SimMembership {
    QString userId;
    QString teamId;
    double spend = 0.0;
    double totalSpend = 0.0;
    std::optional<SimBudget> budget;
};

struct SimDailyRow {
    QString teamId;
    QString date; // YYYY-MM-DD
    QString apiKey;
    QString model;
    double spend = 0.0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 requests = 0;
};

// All of the simulated proxy's data, in memory.
struct SimState {
    QHash<QString, SimTeam> teams;
    QHash<QString, SimKey> keys; // by token (hash)
    QHash<QString, QString> keyAliases; // alias -> token
    QHash<QString, SimUser> users;
    // team id -> user id -> membership. User ids are compared exactly, as the proxy compares them.
    QHash<QString, QHash<QString, SimMembership>> memberships;
    std::vector<SimDailyRow> daily;
    quint64 nextSequence = 1;
    // Indexes, kept by the mutators below.
    // Teams in creation order, with the case-folded alias for the substring filter: listing
    // and filtering scan this compact vector instead of the hash.
    struct TeamIndexEntry {
        quint64 sequence;
        QString teamId;
        QString aliasFolded;
    };
    std::vector<TeamIndexEntry> teamOrder;
    QHash<QString, QStringList> keysByTeam; // team id -> key tokens (a team has few keys)
    quint64 teamVersion = 0; // bumps when teams or aliases change

    SimKey *keyByRawOrHash(const QString &rawOrHash);
    void insertTeam(SimTeam team);
    void removeTeam(const QString &teamId); // and its keys and memberships
    void setTeamAlias(SimTeam &team, const std::optional<QString> &alias);
    void insertKey(const SimKey &key);
    void removeKey(const QString &token);
    void setKeyTeam(SimKey &key, const std::optional<QString> &teamId);
    // The user row of a member, created on first sight, with the team in its list.
    SimUser &joinTeam(const QString &userId, const QString &teamId, const QDateTime &now);
    // The (team, user) membership, created without a budget when there is none yet.
    SimMembership &addMembership(const QString &teamId, const QString &userId);
    SimMembership *findMembership(const QString &teamId, const QString &userId);
    void removeMembership(const QString &teamId, const QString &userId);
    QJsonObject dump() const;
    // Full state as JSON and back, so the sandbox proxy survives restarts.
    QJsonObject save() const;
    static SimState load(const QJsonObject &o);
};

QString sha256Hex(const QString &text);
QString isoUtc(const QDateTime &dt);
QJsonValue optionalJson(const std::optional<QString> &v);
QJsonValue optionalJson(const std::optional<double> &v);
QJsonValue optionalJson(const std::optional<qint64> &v);
QJsonValue dateJson(const QDateTime &dt);

// When a budget's period is over: moves its reset instant to the next one and says so, so the
// caller zeroes the period's spend. Nothing happens without a duration or a reset instant.
bool rollBudgetPeriod(const std::optional<QString> &duration, QDateTime &resetAt, const QDateTime &now);

QJsonObject teamJson(const SimTeam &team);
QJsonObject keyJson(const SimKey &key, bool withToken);
QJsonObject membershipJson(const SimMembership &membership); // with its litellm_budget_table

} // namespace OrgConsole::Sandbox
