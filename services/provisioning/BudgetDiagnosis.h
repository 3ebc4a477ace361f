#pragma once

// The budget doctor's judgement: from an organization's row, its members' rows and what the proxy
// said about its team and keys, the findings that explain why a budget does not behave as people
// think it does. A pure function of its input and the time it is given, so every rule and every
// boundary is tested from a table.
#include "models/Member.h"
#include "models/Organization.h"
#include "services/litellm/LiteLlmTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace OrgConsole {

enum class FindingSeverity { Error, Warning, Info };
// "error", "warning", "info": stable, for --json and scripts.
QString findingSeverityName(FindingSeverity severity);

// What a finding is about.
enum class FindingSubject { Organization, Member, Key };
QString findingSubjectName(FindingSubject subject); // "organization", "member", "key"

// A fix the doctor can apply through the normal, audited operations. None when there is no safe
// one (raising a budget or resetting spend is a decision for a person, not for the doctor).
struct DoctorFix {
    enum class Kind {
        None,
        SetMemberPeriod, // MemberOperations::setBudget with the member's cap and a period
        AlignKeyCap, // OrgOperations::setKeyBudget to the team's cap
        UnblockTeam, // OrgOperations::setTeamBlocked(false)
        UnblockOrgKey, // OrgOperations::setKeyBlocked(false)
        UnblockMemberKey, // MemberOperations::setKeyBlocked(false)
        RotateOrgKey, // OrgOperations::rotateKey: the expired key replaced, the new one shown once
        RotateMemberKey, // MemberOperations::rotateKey
    };
    Kind kind = Kind::None;
    QString description; // what it will do, in words, before it is applied
    QString userId; // member fixes
    QString keyHash; // AlignKeyCap
    std::optional<double> cap; // AlignKeyCap: the cap the key gets
    QString budgetDuration; // SetMemberPeriod
    std::optional<double> memberCap; // SetMemberPeriod: the member's cap, kept
};
// "set_member_period", "align_key_cap", ...: stable, for --json.
QString fixKindName(DoctorFix::Kind kind);

struct DoctorFinding {
    QString code; // stable: over_budget, key_budget_above_team, ...
    FindingSeverity severity = FindingSeverity::Info;
    QString organizationId;
    QString organizationName;
    FindingSubject subject = FindingSubject::Organization;
    QString subjectName; // the organization's name, the member's user id or the key's alias
    QString subjectLabel; // the same in words: the name, the user id, "kc-ada's key sk-...abcd"
    QString explanation; // one sentence with the figures
    DoctorFix fix;
    bool fixable() const { return fix.kind != DoctorFix::Kind::None; }
};

// Everything the doctor reads about one organization.
struct DoctorInput {
    Organization organization;
    QList<Member> members; // the database's rows
    TeamDetail team; // /team/info: the team, its memberships (its key list leaves expired keys out)
    QList<KeyInfo> keys; // /key/list?team_id=: every key of the team, expired ones too
};

// A reset is overdue when its instant passed more than this long ago (the proxy's reset job runs
// about every ten minutes, so a few minutes late is normal).
inline constexpr qint64 kResetGraceSeconds = 3600;
// A key expiring within this is reported.
inline constexpr qint64 kExpirySoonSeconds = 7 * 24 * 3600;
// The period a member's cap gets when the team has none to copy.
inline const QString kDefaultMemberPeriod = QStringLiteral("30d");

// The findings for one organization at `now`, errors first, then warnings, then information.
QList<DoctorFinding> diagnose(const DoctorInput &input, const QDateTime &now);

} // namespace OrgConsole
