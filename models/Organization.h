#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace OrgConsole {

enum class OrgStatus { Provisioning, Active, Failed, Deleting };

QString orgStatusToString(OrgStatus status);
std::optional<OrgStatus> orgStatusFromString(const QString &text);

// Which process runs an unfinished operation on a row (create, delete, recovery): recovery uses
// it to tell a crashed operation from a live one. `started` tells a process from a later one that
// reused its pid (Linux: start time in clock ticks since boot; 0 where the platform cannot say).
// The other desktops show who runs it and for how long: the operator's name (as in the audit log)
// and `since`, when the operation claimed the row (set by the repository; empty for rows written
// before schema version 8).
struct OperationOwner {
    OperationOwner() = default;
    OperationOwner(QString host, qint64 pid, qint64 started, QString operatorName = {}, QDateTime since = {})
        : host(std::move(host))
        , pid(pid)
        , started(started)
        , operatorName(std::move(operatorName))
        , since(std::move(since))
    {
    }
    QString host;
    qint64 pid = 0;
    qint64 started = 0;
    QString operatorName;
    QDateTime since;
    // What a change of an active row is doing ("rotating-key", WorkPhase.h; schema version 9):
    // empty for creation, deletion and recovery, whose row status says it.
    QString phase;
    bool isEmpty() const { return host.isEmpty(); }
};

// One organization as the repository stores it. Never holds a raw API key or a master key.
struct Organization {
    QString id; // UUID (also the LiteLLM team id)
    QString name;
    QString normalizedName;
    OrgStatus status = OrgStatus::Provisioning;
    QString ownerUserId;
    QString contactName;
    QString contactEmail;
    QString teamId;
    QString keyAlias;
    QString keyHash;
    QString keyName; // "sk-...abcd"
    std::optional<double> maxBudget; // nullopt = unlimited
    QString budgetDuration;
    QStringList models;
    double spend = 0.0; // last known spend (from the latest refresh)
    QDateTime budgetResetAt;
    bool keyBlocked = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime provisionedAt;
    QString createdBy;
    qint64 rowVersion = 0;
    QString lastError;
    // Who runs the unfinished operation (empty when none), and when it last said it is alive.
    OperationOwner owner;
    QDateTime heartbeatAt;
    // The identity of the database the row was read from (one per database, not stored per row):
    // the teams and keys made for it carry it, so reconcile knows what this database created.
    QString databaseId;
    int memberCount = 0; // rows in members, whatever their state (read with the organization)
    // Their user ids, for the list's search text (filled by keyset pages only): one UTF-8 text, the
    // ids separated by kMemberIdSeparator, as the database keeps them with the row (schema version
    // 10). UTF-8 as SQLite stores it and the search text holds it: 500,000 ids are not converted
    // to UTF-16 and back on every load.
    QByteArray memberIdsUtf8;
    static constexpr QChar kMemberIdSeparator = QChar(0x1f); // a control character: in no user id
    QStringList memberUserIds() const
    {
        return memberIdsUtf8.isEmpty() ? QStringList() : QString::fromUtf8(memberIdsUtf8).split(kMemberIdSeparator);
    }
    void setMemberUserIds(const QStringList &ids) { memberIdsUtf8 = ids.join(kMemberIdSeparator).toUtf8(); }

    // The team on the proxy: its recorded id, or the organization's own id (the team id it is
    // created with) while none is recorded yet.
    QString teamIdOnProxy() const { return teamId.isEmpty() ? id : teamId; }

    // Remaining budget; nullopt when unlimited.
    std::optional<double> remaining() const;
};

// What the caller asks for when creating an organization.
struct NewOrganization {
    QString name;
    QString ownerUserId;
    QString contactName;
    QString contactEmail;
    std::optional<double> maxBudget;
    QString budgetDuration;
    QStringList models;
};

// Deterministic key alias for an organization id: lets every step be repeated safely.
QString keyAliasForOrg(const QString &orgId);

// "sk-...abcd" from a raw key.
QString keyDisplayName(const QString &rawKey);

} // namespace OrgConsole

Q_DECLARE_METATYPE(OrgConsole::Organization)
