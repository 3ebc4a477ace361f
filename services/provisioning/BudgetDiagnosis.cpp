#include "services/provisioning/BudgetDiagnosis.h"

#include "models/BudgetDuration.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cstdio>

namespace OrgConsole {

QString findingSeverityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QStringLiteral("error");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString findingSubjectName(FindingSubject subject)
{
    switch (subject) {
    case FindingSubject::Member:
        return QStringLiteral("member");
    case FindingSubject::Key:
        return QStringLiteral("key");
    case FindingSubject::Organization:
        break;
    }
    return QStringLiteral("organization");
}

QString fixKindName(DoctorFix::Kind kind)
{
    switch (kind) {
    case DoctorFix::Kind::SetMemberPeriod:
        return QStringLiteral("set_member_period");
    case DoctorFix::Kind::AlignKeyCap:
        return QStringLiteral("align_key_cap");
    case DoctorFix::Kind::UnblockTeam:
        return QStringLiteral("unblock_team");
    case DoctorFix::Kind::UnblockOrgKey:
    case DoctorFix::Kind::UnblockMemberKey:
        return QStringLiteral("unblock_key");
    case DoctorFix::Kind::RotateOrgKey:
    case DoctorFix::Kind::RotateMemberKey:
        return QStringLiteral("rotate_key");
    case DoctorFix::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

namespace {

const QString kAllProxyModels = QStringLiteral("all-proxy-models");

// "2026-11-30 12:00 UTC" (by hand: toString() parses its format on every call).
QString when(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime h = utc.time();
    char text[40];
    const int n
        = std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d UTC", d.year(), d.month(), d.day(), h.hour(), h.minute());
    return QString::fromLatin1(text, std::clamp(n, 0, int(sizeof text) - 1));
}

// "$1,234.50", "unlimited": formatUsd()'s words, with one locale for every finding.
QString usd(std::optional<double> amount)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return amount ? QLatin1Char('$') + english.toString(*amount, 'f', 2)
                  : QCoreApplication::translate("BudgetDiagnosis", "unlimited");
}

// "3 days", "5 hours", "40 minutes": the largest whole unit.
QString span(qint64 seconds)
{
    // "1 day" on its own: English has no numerus translation, so "%n days" alone would say "1 days".
    const auto count = [](qint64 n, const char *one, const char *many) {
        return n == 1 ? QCoreApplication::translate("BudgetDiagnosis", one)
                      : QCoreApplication::translate("BudgetDiagnosis", many, nullptr, int(n));
    };
    if (seconds >= 86400)
        return count(seconds / 86400, QT_TRANSLATE_NOOP("BudgetDiagnosis", "1 day"),
                     QT_TRANSLATE_N_NOOP("BudgetDiagnosis", "%n days"));
    if (seconds >= 3600)
        return count(seconds / 3600, QT_TRANSLATE_NOOP("BudgetDiagnosis", "1 hour"),
                     QT_TRANSLATE_N_NOOP("BudgetDiagnosis", "%n hours"));
    return count(std::max<qint64>(seconds / 60, 1), QT_TRANSLATE_NOOP("BudgetDiagnosis", "1 minute"),
                 QT_TRANSLATE_N_NOOP("BudgetDiagnosis", "%n minutes"));
}

// When the period that ends at `resetAt` began, if the duration says.
QDateTime periodStart(const QString &duration, const QDateTime &resetAt)
{
    const auto d = BudgetDuration::parse(duration);
    if (!d || !resetAt.isValid())
        return {};
    switch (d->unit) {
    case BudgetDuration::Unit::Months:
        return resetAt.addMonths(-int(d->count));
    case BudgetDuration::Unit::Weeks:
        return resetAt.addDays(-7 * d->count);
    case BudgetDuration::Unit::Days:
        return resetAt.addDays(-d->count);
    case BudgetDuration::Unit::Hours:
        return resetAt.addSecs(-3600 * d->count);
    case BudgetDuration::Unit::Minutes:
        return resetAt.addSecs(-60 * d->count);
    case BudgetDuration::Unit::Seconds:
        break;
    }
    return resetAt.addSecs(-d->count);
}

// "since 2026-11-01 00:00 UTC", or "in all (the budget never resets)".
QString spendPeriod(const QString &duration, const QDateTime &resetAt)
{
    if (duration.isEmpty())
        return QCoreApplication::translate("BudgetDiagnosis", "in all (this budget never resets)");
    const QDateTime start = periodStart(duration, resetAt);
    return start.isValid() ? QCoreApplication::translate("BudgetDiagnosis", "since %1").arg(when(start))
                           : QCoreApplication::translate("BudgetDiagnosis", "this period");
}

struct Builder {
    const DoctorInput &in;
    QList<DoctorFinding> &out;

    DoctorFinding &add(const QString &code, FindingSeverity severity, FindingSubject subject, const QString &name,
                       const QString &explanation)
    {
        DoctorFinding &f = out.emplaceBack();
        f.code = code;
        f.severity = severity;
        f.organizationId = in.organization.id;
        f.organizationName = in.organization.name;
        f.subject = subject;
        f.subjectName = name;
        f.explanation = explanation;
        f.subjectLabel = name;
        return f;
    }
};

// `which` makes the budget's words ("Team budget", "kc-ada's member budget"): called only when the
// reset is overdue, so a healthy budget costs no string.
template<typename Which>
void resetOverdue(Builder &b, FindingSubject subject, const QString &name, const Which &which, const QDateTime &resetAt,
                  double spend, const QDateTime &now)
{
    if (!resetAt.isValid() || resetAt.secsTo(now) <= kResetGraceSeconds)
        return;
    b.add(
        QStringLiteral("reset_overdue"), FindingSeverity::Warning, subject, name,
        QCoreApplication::translate("BudgetDiagnosis",
                                    "%1 reset is overdue: it was due %2 (%3 ago) and spend %4 was not reset; the proxy's budget "
                                    "reset job may not be running, so requests can be refused on last period's spend.")
            .arg(which(), when(resetAt), span(resetAt.secsTo(now)), usd(spend)));
}

void teamFindings(Builder &b, const QDateTime &now)
{
    const TeamInfo &t = b.in.team.team;
    const QString org = b.in.organization.name;
    if (t.blocked) {
        DoctorFinding &f
            = b.add(QStringLiteral("team_blocked"), FindingSeverity::Error, FindingSubject::Organization, org,
                    QCoreApplication::translate("BudgetDiagnosis",
                                                "The team is blocked on the proxy: every request with this organization's "
                                                "keys is refused, whatever its budget."));
        f.fix.kind = DoctorFix::Kind::UnblockTeam;
        f.fix.description
            = QCoreApplication::translate("BudgetDiagnosis", "Unblock the team of \"%1\" on the proxy (audited as unblock-team).")
                  .arg(org);
    }
    if (!t.maxBudget) {
        b.add(QStringLiteral("no_budget"), FindingSeverity::Info, FindingSubject::Organization, org,
              QCoreApplication::translate("BudgetDiagnosis", "The team has no budget: spend is unlimited (%1 %2).")
                  .arg(usd(t.spend), spendPeriod(t.budgetDuration, t.budgetResetAt)));
    } else if (t.spend >= *t.maxBudget) {
        b.add(QStringLiteral("over_budget"), FindingSeverity::Error, FindingSubject::Organization, org,
              QCoreApplication::translate(
                  "BudgetDiagnosis",
                  "Team budget %1 is used up: spend %2 %3; requests with this organization's keys are refused now.")
                  .arg(usd(t.maxBudget), usd(t.spend), spendPeriod(t.budgetDuration, t.budgetResetAt)));
    }
    resetOverdue(
        b, FindingSubject::Organization, org, [] { return QCoreApplication::translate("BudgetDiagnosis", "Team budget"); },
        t.budgetResetAt, t.spend, now);
}

const Member *memberRow(const DoctorInput &in, const QString &userId)
{
    for (const Member &m : in.members) {
        if (m.userId == userId)
            return &m;
    }
    return nullptr;
}

void memberFindings(Builder &b, const TeamMembership &m, const QDateTime &now)
{
    if (!m.maxBudget)
        return;
    const QString who = m.userId;
    if (m.budgetDuration.isEmpty()) {
        DoctorFinding &f
            = b.add(QStringLiteral("member_budget_without_period"), FindingSeverity::Warning, FindingSubject::Member, who,
                    QCoreApplication::translate("BudgetDiagnosis",
                                                "Member budget %1 of %2 never resets: no period is set, so once %1 is spent "
                                                "(%3 so far) their requests are refused for good.")
                        .arg(usd(m.maxBudget), who, usd(m.spend)));
        const Member *row = memberRow(b.in, who);
        if (row && row->status == MemberStatus::Active) {
            const QString team = b.in.team.team.budgetDuration;
            f.fix.kind = DoctorFix::Kind::SetMemberPeriod;
            f.fix.userId = who;
            f.fix.memberCap = m.maxBudget;
            f.fix.budgetDuration = team.isEmpty() ? kDefaultMemberPeriod : team;
            f.fix.description
                = QCoreApplication::translate("BudgetDiagnosis",
                                              "Give %1's budget of %2 a period of %3 (%4), so it resets; the spend so far "
                                              "stays in the current period.")
                      .arg(who, usd(m.maxBudget), f.fix.budgetDuration,
                           team.isEmpty() ? QCoreApplication::translate("BudgetDiagnosis", "the team has none to copy")
                                          : QCoreApplication::translate("BudgetDiagnosis", "the team's"));
        }
    }
    if (m.spend >= *m.maxBudget)
        b.add(QStringLiteral("over_budget"), FindingSeverity::Error, FindingSubject::Member, who,
              QCoreApplication::translate("BudgetDiagnosis",
                                          "Member budget %1 of %2 is used up: spend %3 %4; %2's requests are refused now.")
                  .arg(usd(m.maxBudget), who, usd(m.spend), spendPeriod(m.budgetDuration, m.budgetResetAt)));
    resetOverdue(
        b, FindingSubject::Member, who,
        [&who] { return QCoreApplication::translate("BudgetDiagnosis", "%1's member budget").arg(who); }, m.budgetResetAt,
        m.spend, now);
}

// Whose key it is, for the words and the fixes: the organization's, a member's, or neither.
struct KeyOwner {
    bool organization = false;
    const Member *member = nullptr;
    // "the organization's key", "kc-ada's key", "a key of the team": made only for a finding.
    QString words() const
    {
        if (organization)
            return QCoreApplication::translate("BudgetDiagnosis", "the organization's key");
        return member ? QCoreApplication::translate("BudgetDiagnosis", "%1's key").arg(member->userId)
                      : QCoreApplication::translate("BudgetDiagnosis", "a key of the team");
    }
};

KeyOwner ownerOf(const DoctorInput &in, const KeyInfo &k)
{
    KeyOwner o;
    if (!k.token.isEmpty() && k.token == in.organization.keyHash) {
        o.organization = true;
        return o;
    }
    for (const Member &m : in.members) {
        if (!k.token.isEmpty() && m.keyHash == k.token && m.status == MemberStatus::Active) {
            o.member = &m;
            return o;
        }
    }
    return o;
}

// The key in a sentence: "sk-...abcd" as the proxy and the console show it.
QString keyLabel(const KeyInfo &k)
{
    const QString name = k.keyName.isEmpty() ? k.alias : k.keyName;
    return name.isEmpty() ? k.token.left(12) : name;
}

// What a key finding is about, stably: its alias (unique on the proxy).
QString keySubject(const KeyInfo &k)
{
    return k.alias.isEmpty() ? keyLabel(k) : k.alias;
}

void expiryFindings(Builder &b, const KeyInfo &k, const KeyOwner &owner, const QDateTime &now)
{
    if (!k.expires.isValid())
        return;
    const QString label = keyLabel(k);
    if (k.expires <= now) {
        DoctorFinding &f = b.add(
            QStringLiteral("key_expired"), FindingSeverity::Error, FindingSubject::Key, keySubject(k),
            QCoreApplication::translate("BudgetDiagnosis", "Key %1 (%2) expired %3 (%4 ago): requests with it are refused.")
                .arg(label, owner.words(), when(k.expires), span(k.expires.secsTo(now))));
        if (owner.organization || owner.member) {
            f.fix.kind = owner.organization ? DoctorFix::Kind::RotateOrgKey : DoctorFix::Kind::RotateMemberKey;
            f.fix.userId = owner.member ? owner.member->userId : QString();
            f.fix.description
                = QCoreApplication::translate("BudgetDiagnosis",
                                              "Issue a new key for %1 in place of the expired %2 and delete the old one "
                                              "(audited as a rotation); the new key is shown once, to hand over.")
                      .arg(owner.member ? owner.member->userId : b.in.organization.name, label);
        }
    } else if (now.secsTo(k.expires) < kExpirySoonSeconds) {
        b.add(QStringLiteral("key_expires_soon"), FindingSeverity::Warning, FindingSubject::Key, keySubject(k),
              QCoreApplication::translate("BudgetDiagnosis",
                                          "Key %1 (%2) expires %3, in %4: rotate it and hand over the new key before then.")
                  .arg(label, owner.words(), when(k.expires), span(now.secsTo(k.expires))));
    }
}

void blockedFinding(Builder &b, const KeyInfo &k, const KeyOwner &owner)
{
    if (!k.blocked)
        return;
    const QString label = keyLabel(k);
    const bool onPurpose = (owner.organization && b.in.organization.keyBlocked) || (owner.member && owner.member->keyBlocked);
    if (onPurpose) {
        b.add(QStringLiteral("key_blocked"), FindingSeverity::Info, FindingSubject::Key, keySubject(k),
              QCoreApplication::translate(
                  "BudgetDiagnosis",
                  "Key %1 (%2) is blocked, as it was blocked from the console: requests with it are refused "
                  "until someone unblocks it.")
                  .arg(label, owner.words()));
        return;
    }
    DoctorFinding &f
        = b.add(QStringLiteral("key_blocked"), FindingSeverity::Error, FindingSubject::Key, keySubject(k),
                QCoreApplication::translate("BudgetDiagnosis",
                                            "Key %1 (%2) is blocked on the proxy, though not from the console: requests "
                                            "with it are refused.")
                    .arg(label, owner.words()));
    if (owner.organization || owner.member) {
        f.fix.kind = owner.organization ? DoctorFix::Kind::UnblockOrgKey : DoctorFix::Kind::UnblockMemberKey;
        f.fix.userId = owner.member ? owner.member->userId : QString();
        f.fix.description
            = QCoreApplication::translate("BudgetDiagnosis", "Unblock key %1 (%2) on the proxy (audited as an unblock).")
                  .arg(label, owner.words());
    }
}

void capFindings(Builder &b, const KeyInfo &k, const KeyOwner &owner, const QDateTime &now)
{
    if (!k.maxBudget)
        return;
    const QString label = keyLabel(k);
    const std::optional<double> team = b.in.team.team.maxBudget;
    if (team && *k.maxBudget > *team) {
        DoctorFinding &f
            = b.add(QStringLiteral("key_budget_above_team"), FindingSeverity::Warning, FindingSubject::Key, keySubject(k),
                    QCoreApplication::translate("BudgetDiagnosis",
                                                "Key budget %1 of %2 (%3) is above the team budget %4 it can never reach: "
                                                "the team's budget refuses requests first.")
                        .arg(usd(k.maxBudget), label, owner.words(), usd(team)));
        f.fix.kind = DoctorFix::Kind::AlignKeyCap;
        f.fix.keyHash = k.token;
        f.fix.cap = team;
        f.fix.description = QCoreApplication::translate(
                                "BudgetDiagnosis", "Lower key %1's budget from %2 to the team's %3 (audited as set-key-budget).")
                                .arg(label, usd(k.maxBudget), usd(team));
    } else if (team && *k.maxBudget < *team) {
        b.add(QStringLiteral("key_budget_above_team"), FindingSeverity::Info, FindingSubject::Key, keySubject(k),
              QCoreApplication::translate(
                  "BudgetDiagnosis",
                  "Key budget %1 of %2 (%3) is below the team budget %4: requests with it are refused after %1 "
                  "even while the team has budget left.")
                  .arg(usd(k.maxBudget), label, owner.words(), usd(team)));
    }
    if (k.spend >= *k.maxBudget)
        b.add(QStringLiteral("over_budget"), FindingSeverity::Error, FindingSubject::Key, keySubject(k),
              QCoreApplication::translate(
                  "BudgetDiagnosis", "Key budget %1 of %2 (%3) is used up: spend %4 %5; requests with this key are refused now.")
                  .arg(usd(k.maxBudget), label, owner.words(), usd(k.spend), spendPeriod(k.budgetDuration, k.budgetResetAt)));
    resetOverdue(
        b, FindingSubject::Key, keySubject(k),
        [&label] { return QCoreApplication::translate("BudgetDiagnosis", "Key %1's budget").arg(label); }, k.budgetResetAt,
        k.spend, now);
}

void modelFinding(Builder &b, const KeyInfo &k, const KeyOwner &owner)
{
    const QStringList &team = b.in.team.team.models;
    if (team.isEmpty() || team.contains(kAllProxyModels))
        return;
    QStringList outside;
    for (const QString &m : k.models) {
        if (m != kAllProxyModels && !team.contains(m))
            outside.append(m);
    }
    if (outside.isEmpty())
        return;
    const QString label = keyLabel(k);
    b.add(
        QStringLiteral("models_outside_team"), FindingSeverity::Warning, FindingSubject::Key, keySubject(k),
        QCoreApplication::translate("BudgetDiagnosis",
                                    "Key %1 (%2) allows %3, which the team does not allow (the team allows %4): requests for %5 "
                                    "are refused.")
            .arg(label, owner.words(), outside.join(QStringLiteral(", ")), team.join(QStringLiteral(", ")),
                 outside.size() == 1 ? QCoreApplication::translate("BudgetDiagnosis", "it")
                                     : QCoreApplication::translate("BudgetDiagnosis", "them")));
}

void keyFindings(Builder &b, const KeyInfo &k, const QDateTime &now)
{
    const KeyOwner owner = ownerOf(b.in, k);
    const qsizetype first = b.out.size();
    expiryFindings(b, k, owner, now);
    blockedFinding(b, k, owner);
    capFindings(b, k, owner, now);
    modelFinding(b, k, owner);
    for (qsizetype i = first; i < b.out.size(); ++i)
        b.out[i].subjectLabel = owner.words() + QLatin1Char(' ') + keyLabel(k);
}

} // namespace

QList<DoctorFinding> diagnose(const DoctorInput &input, const QDateTime &now)
{
    QList<DoctorFinding> out;
    Builder b {input, out};
    teamFindings(b, now);
    for (const TeamMembership &m : input.team.memberships)
        memberFindings(b, m, now);
    // The team's keys from /key/list, and any that /team/info listed and the list did not (a
    // team has few keys: compared in place rather than through a set, so a healthy organization
    // costs no allocation).
    for (const KeyInfo &k : input.keys)
        keyFindings(b, k, now);
    for (const KeyInfo &k : input.team.keys) {
        if (std::none_of(input.keys.cbegin(), input.keys.cend(), [&k](const KeyInfo &l) { return l.token == k.token; }))
            keyFindings(b, k, now);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DoctorFinding &a, const DoctorFinding &c) { return int(a.severity) < int(c.severity); });
    return out;
}

} // namespace OrgConsole
