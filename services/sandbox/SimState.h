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
    void removeTeam(const QString &teamId); // and its keys
    void setTeamAlias(SimTeam &team, const std::optional<QString> &alias);
    void insertKey(const SimKey &key);
    void removeKey(const QString &token);
    void setKeyTeam(SimKey &key, const std::optional<QString> &teamId);
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

QJsonObject teamJson(const SimTeam &team);
QJsonObject keyJson(const SimKey &key, bool withToken);

} // namespace OrgConsole::Sandbox
