#pragma once

#include "models/Organization.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace OrgConsole {

// A member's row goes provisioning -> active -> removing (-> gone); `failed` when an add or a
// removal stopped half-way and its cleanup did not finish either (recovery resolves it).
enum class MemberStatus { Provisioning, Active, Removing, Failed };

QString memberStatusToString(MemberStatus status);
std::optional<MemberStatus> memberStatusFromString(const QString &text);

// One person of an organization: a member of its LiteLLM team with their own key and, optionally,
// a budget inside the team. `(organizationId, userId)` is unique; user ids compare exactly, as
// the proxy compares them. Never holds a raw key.
struct Member {
    QString organizationId;
    QString userId; // the customer's Keycloak id
    QString email;
    QString role = QStringLiteral("user"); // "user", or "admin" where the proxy is licensed for it
    MemberStatus status = MemberStatus::Provisioning;
    std::optional<double> maxBudget; // max_budget_in_team; nullopt = none (the team's budget applies)
    QString budgetDuration;
    QStringList models;
    QString keyAlias;
    QString keyHash;
    QString keyName; // "sk-...abcd"
    bool keyBlocked = false;
    double spend = 0.0; // last known spend in the team (current period)
    QDateTime budgetResetAt;
    QString addedBy;
    QDateTime addedAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;
    QString lastError;
    OperationOwner owner; // who runs the unfinished operation on the row
    QDateTime heartbeatAt;

    std::optional<double> remaining() const;
};

// What the caller asks for when adding a member.
struct NewMember {
    QString organization; // the organization's id or name
    QString userId;
    QString email;
    QString role = QStringLiteral("user");
    std::optional<double> maxBudget;
    QString budgetDuration;
    QStringList models;
};

// The key alias of a member of `orgId`: deterministic (a retried step finds its own key) and in
// the alphabet the proxy accepts for aliases whatever characters the user id has. The owner of an
// organization created before members existed keeps keyAliasForOrg().
QString keyAliasForMember(const QString &orgId, const QString &userId);

// Member input rules: the user id as for an owner, a role the proxy knows.
QString validateMemberRole(const QString &role);

// Everything wrong with a member's input, in one sentence each (empty when it is fine).
QStringList memberInputProblems(const NewMember &input);

} // namespace OrgConsole

Q_DECLARE_METATYPE(OrgConsole::Member)
