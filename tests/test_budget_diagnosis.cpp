// The budget doctor's rules, from a table: every finding code, its severity, subject and fix, and
// the boundaries (exactly 7 days, exactly one hour, a cap equal to the team's, spend equal to a cap).
#include "services/provisioning/BudgetDiagnosis.h"

#include <QJsonDocument>
#include <QTest>

using namespace OrgConsole;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

KeyInfo key(const QString &token, const QString &alias, const QString &userId)
{
    KeyInfo k;
    k.token = token;
    k.alias = alias;
    k.keyName = QStringLiteral("sk-...") + token.right(4);
    k.teamId = QStringLiteral("org-1");
    k.userId = userId;
    return k;
}

// A healthy organization: a $100 monthly team budget a tenth used, the owner's key and one member
// with a $5 budget that resets every 30 days.
DoctorInput healthy()
{
    DoctorInput in;
    in.organization.id = QStringLiteral("org-1");
    in.organization.name = QStringLiteral("Acme Corp");
    in.organization.status = OrgStatus::Active;
    in.organization.keyHash = QStringLiteral("h-org1");
    in.organization.ownerUserId = QStringLiteral("kc-owner");
    TeamInfo &t = in.team.team;
    t.teamId = QStringLiteral("org-1");
    t.maxBudget = 100.0;
    t.spend = 10.0;
    t.budgetDuration = QStringLiteral("30d");
    t.budgetResetAt = kNow.addDays(10);
    Member ada;
    ada.organizationId = QStringLiteral("org-1");
    ada.userId = QStringLiteral("kc-ada");
    ada.status = MemberStatus::Active;
    ada.keyHash = QStringLiteral("h-ada1");
    in.members.append(ada);
    TeamMembership m;
    m.userId = QStringLiteral("kc-ada");
    m.maxBudget = 5.0;
    m.spend = 1.0;
    m.budgetDuration = QStringLiteral("30d");
    m.budgetResetAt = kNow.addDays(10);
    in.team.memberships.append(m);
    in.keys.append(key(QStringLiteral("h-org1"), QStringLiteral("acme-key"), QStringLiteral("kc-owner")));
    in.keys.append(key(QStringLiteral("h-ada1"), QStringLiteral("ada-key"), QStringLiteral("kc-ada")));
    in.team.keys = in.keys;
    return in;
}

KeyInfo &orgKey(DoctorInput &in)
{
    return in.keys[0];
}
KeyInfo &adaKey(DoctorInput &in)
{
    return in.keys[1];
}

// The table's scenarios, each a change to the healthy organization.
using Changes = QHash<QString, std::function<void()>>;

Changes teamAndMemberChanges(DoctorInput &in)
{
    return {
        {QStringLiteral("healthy"), [] {}},
        {QStringLiteral("team blocked"), [&in] { in.team.team.blocked = true; }},
        {QStringLiteral("no budget"), [&in] { in.team.team.maxBudget.reset(); }},
        {QStringLiteral("team over budget"), [&in] { in.team.team.spend = 104.2; }},
        {QStringLiteral("team spend equal to its cap"), [&in] { in.team.team.spend = 100.0; }},
        {QStringLiteral("team spend just under its cap"), [&in] { in.team.team.spend = 99.99; }},
        {QStringLiteral("team reset an hour and a second late"), [&in] { in.team.team.budgetResetAt = kNow.addSecs(-3601); }},
        {QStringLiteral("team reset exactly an hour late"), [&in] { in.team.team.budgetResetAt = kNow.addSecs(-3600); }},
        {QStringLiteral("member cap without period"), [&in] { in.team.memberships[0].budgetDuration.clear(); }},
        {QStringLiteral("member cap without period, team without one"),
         [&in] {
             in.team.memberships[0].budgetDuration.clear();
             in.team.team.budgetDuration.clear();
             in.team.team.budgetResetAt = {};
         }},
        {QStringLiteral("member cap without period, no row"),
         [&in] {
             in.team.memberships[0].budgetDuration.clear();
             in.members.clear();
         }},
        {QStringLiteral("member over budget"), [&in] { in.team.memberships[0].spend = 5.0; }},
        {QStringLiteral("member reset overdue"), [&in] { in.team.memberships[0].budgetResetAt = kNow.addDays(-2); }},
    };
}

Changes keyChanges(DoctorInput &in)
{
    return {
        {QStringLiteral("org key expired"), [&in] { orgKey(in).expires = kNow.addSecs(-60); }},
        {QStringLiteral("org key expires exactly now"), [&in] { orgKey(in).expires = kNow; }},
        {QStringLiteral("member key expired"), [&in] { adaKey(in).expires = kNow.addDays(-1); }},
        {QStringLiteral("key expires in under 7 days"), [&in] { orgKey(in).expires = kNow.addSecs(7 * 86400 - 1); }},
        {QStringLiteral("key expires in exactly 7 days"), [&in] { orgKey(in).expires = kNow.addDays(7); }},
        {QStringLiteral("org key blocked outside the console"), [&in] { orgKey(in).blocked = true; }},
        {QStringLiteral("member key blocked outside the console"), [&in] { adaKey(in).blocked = true; }},
        {QStringLiteral("org key blocked from the console"),
         [&in] {
             orgKey(in).blocked = true;
             in.organization.keyBlocked = true;
         }},
        {QStringLiteral("unknown key blocked"),
         [&in] {
             KeyInfo k = key(QStringLiteral("h-else"), QStringLiteral("ci-bot"), {});
             k.blocked = true;
             in.keys.append(k);
         }},
        {QStringLiteral("key cap above team"), [&in] { orgKey(in).maxBudget = 500.0; }},
        {QStringLiteral("key cap equal to team"), [&in] { orgKey(in).maxBudget = 100.0; }},
        {QStringLiteral("key cap below team"), [&in] { orgKey(in).maxBudget = 50.0; }},
        {QStringLiteral("key cap without team budget"),
         [&in] {
             orgKey(in).maxBudget = 50.0;
             in.team.team.maxBudget.reset();
         }},
        {QStringLiteral("key over its cap"),
         [&in] {
             orgKey(in).maxBudget = 5.0;
             orgKey(in).spend = 5.0;
         }},
        {QStringLiteral("key reset overdue"),
         [&in] {
             orgKey(in).maxBudget = 100.0;
             orgKey(in).budgetDuration = QStringLiteral("1d");
             orgKey(in).budgetResetAt = kNow.addSecs(-7200);
         }},
        {QStringLiteral("key models outside team"),
         [&in] {
             in.team.team.models = QStringList {QStringLiteral("gpt-4o-mini")};
             adaKey(in).models = QStringList {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")};
         }},
        {QStringLiteral("key models inside team"),
         [&in] {
             in.team.team.models = QStringList {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")};
             adaKey(in).models = QStringList {QStringLiteral("gpt-4o")};
         }},
        {QStringLiteral("team allows all proxy models"),
         [&in] {
             in.team.team.models = QStringList {QStringLiteral("all-proxy-models")};
             adaKey(in).models = QStringList {QStringLiteral("gpt-4o")};
         }},
        {QStringLiteral("expired key only in the key list"),
         [&in] {
             orgKey(in).expires = kNow.addDays(-3);
             in.team.keys.removeFirst(); // /team/info leaves expired keys out
         }},
    };
}

DoctorInput scenario(const QString &name)
{
    DoctorInput in = healthy();
    Changes changes = teamAndMemberChanges(in);
    changes.insert(keyChanges(in));
    changes.value(name)();
    return in;
}

// "code severity subject fix" for each finding, in order.
QStringList summary(const QList<DoctorFinding> &findings)
{
    QStringList out;
    for (const DoctorFinding &f : findings)
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(f.code, findingSeverityName(f.severity), findingSubjectName(f.subject), fixKindName(f.fix.kind)));
    return out;
}

} // namespace

class TestBudgetDiagnosis : public QObject
{
    Q_OBJECT
private slots:
    void findings_data();
    void findings();
    void fixesCarryWhatTheyNeed();
    void blockedTeamReplyIsParsed();
};

void TestBudgetDiagnosis::findings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("words"); // in the first finding's explanation
    const auto row = [](const char *name, std::initializer_list<const char *> expected, const char *words = "") {
        QStringList codes;
        for (const char *e : expected)
            codes.append(QString::fromLatin1(e));
        QTest::newRow(name) << QString::fromLatin1(name) << codes << QString::fromUtf8(words);
    };
    row("healthy", {});
    row("team blocked", {"team_blocked error organization unblock_team"}, "every request with this organization's keys");
    row("no budget", {"no_budget info organization none"}, "spend is unlimited ($10.00 since 2026-11-10 12:00 UTC)");
    row("team over budget", {"over_budget error organization none"},
        "Team budget $100.00 is used up: spend $104.20 since 2026-11-10 12:00 UTC; requests with this organization's keys "
        "are refused now.");
    row("team spend equal to its cap", {"over_budget error organization none"}, "Team budget $100.00 is used up");
    row("team spend just under its cap", {});
    row("team reset an hour and a second late", {"reset_overdue warning organization none"},
        "Team budget reset is overdue: it was due 2026-11-30 10:59 UTC (1 hour ago) and spend $10.00 was not reset");
    row("team reset exactly an hour late", {});
    row("member cap without period", {"member_budget_without_period warning member set_member_period"},
        "Member budget $5.00 of kc-ada never resets");
    row("member cap without period, team without one", {"member_budget_without_period warning member set_member_period"});
    row("member cap without period, no row", {"member_budget_without_period warning member none"});
    row("member over budget", {"over_budget error member none"},
        "Member budget $5.00 of kc-ada is used up: spend $5.00 since 2026-11-10 12:00 UTC");
    row("member reset overdue", {"reset_overdue warning member none"}, "kc-ada's member budget reset is overdue");
    row("org key expired", {"key_expired error key rotate_key"},
        "Key sk-...org1 (the organization's key) expired 2026-11-30 11:59 UTC");
    row("org key expires exactly now", {"key_expired error key rotate_key"});
    row("member key expired", {"key_expired error key rotate_key"}, "Key sk-...ada1 (kc-ada's key) expired");
    row("key expires in under 7 days", {"key_expires_soon warning key none"}, "expires 2026-12-07 11:59 UTC, in 6 days");
    row("key expires in exactly 7 days", {});
    row("org key blocked outside the console", {"key_blocked error key unblock_key"}, "not from the console");
    row("member key blocked outside the console", {"key_blocked error key unblock_key"});
    row("org key blocked from the console", {"key_blocked info key none"}, "blocked from the console");
    row("unknown key blocked", {"key_blocked error key none"}, "Key sk-...else (a key of the team)");
    row("key cap above team", {"key_budget_above_team warning key align_key_cap"},
        "Key budget $500.00 of sk-...org1 (the organization's key) is above the team budget $100.00 it can never reach");
    row("key cap equal to team", {});
    row("key cap below team", {"key_budget_above_team info key none"}, "is below the team budget $100.00");
    row("key cap without team budget", {"no_budget info organization none"});
    row("key over its cap", {"over_budget error key none", "key_budget_above_team info key none"},
        "Key budget $5.00 of sk-...org1 (the organization's key) is used up: spend $5.00 in all (this budget never resets)");
    row("key reset overdue", {"reset_overdue warning key none"}, "Key sk-...org1's budget reset is overdue");
    row("key models outside team", {"models_outside_team warning key none"},
        "Key sk-...ada1 (kc-ada's key) allows gpt-4o, which the team does not allow (the team allows gpt-4o-mini)");
    row("key models inside team", {});
    row("team allows all proxy models", {});
    row("expired key only in the key list", {"key_expired error key rotate_key"});
}

void TestBudgetDiagnosis::findings()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QFETCH(QString, words);
    const QList<DoctorFinding> found = diagnose(scenario(name), kNow);
    QCOMPARE(summary(found), expected);
    for (const DoctorFinding &f : found) {
        QCOMPARE(f.organizationId, QStringLiteral("org-1"));
        QVERIFY(!f.subjectName.isEmpty());
        if (f.subject == FindingSubject::Key) {
            QVERIFY2(f.subjectName.endsWith(QLatin1String("-key")) || f.subjectName == QLatin1String("ci-bot"),
                     qPrintable(f.subjectName)); // the alias
            QVERIFY2(f.subjectLabel.endsWith(QLatin1String("'s key sk-...org1"))
                         || f.subjectLabel.endsWith(QLatin1String("'s key sk-...ada1"))
                         || f.subjectLabel == QLatin1String("a key of the team sk-...else"),
                     qPrintable(f.subjectLabel));
        } else {
            QCOMPARE(f.subjectLabel, f.subjectName);
        }
        QVERIFY(!f.explanation.isEmpty());
        QCOMPARE(f.fixable(), !f.fix.description.isEmpty());
    }
    if (!words.isEmpty())
        QVERIFY2(found.first().explanation.contains(words), qPrintable(found.first().explanation));
}

void TestBudgetDiagnosis::fixesCarryWhatTheyNeed()
{
    auto only = [](const QString &name) { return diagnose(scenario(name), kNow).value(0).fix; };
    const DoctorFix period = only(QStringLiteral("member cap without period"));
    QCOMPARE(period.userId, QStringLiteral("kc-ada"));
    QCOMPARE(period.budgetDuration, QStringLiteral("30d")); // the team's
    QCOMPARE(period.memberCap, std::optional<double>(5.0)); // kept
    QCOMPARE(only(QStringLiteral("member cap without period, team without one")).budgetDuration, kDefaultMemberPeriod);
    const DoctorFix cap = only(QStringLiteral("key cap above team"));
    QCOMPARE(cap.keyHash, QStringLiteral("h-org1"));
    QCOMPARE(cap.cap, std::optional<double>(100.0));
    QVERIFY(cap.description.contains(QLatin1String("from $500.00 to the team's $100.00")));
    QCOMPARE(only(QStringLiteral("org key expired")).kind, DoctorFix::Kind::RotateOrgKey);
    const DoctorFix memberRotation = only(QStringLiteral("member key expired"));
    QCOMPARE(memberRotation.kind, DoctorFix::Kind::RotateMemberKey);
    QCOMPARE(memberRotation.userId, QStringLiteral("kc-ada"));
    QCOMPARE(only(QStringLiteral("member key blocked outside the console")).kind, DoctorFix::Kind::UnblockMemberKey);
    QCOMPARE(only(QStringLiteral("org key blocked outside the console")).kind, DoctorFix::Kind::UnblockOrgKey);
}

void TestBudgetDiagnosis::blockedTeamReplyIsParsed()
{
    const auto parse = [](const char *json) { return parseBlockedTeam(QJsonDocument::fromJson(json).object()); };
    const auto team = parse(R"({"team_id":"t1","blocked":false,"models":["gpt-4o"],"max_budget":5})");
    QVERIFY(team);
    QCOMPARE(team->teamId, QStringLiteral("t1"));
    QVERIFY(!team->blocked);
    QVERIFY(!parse(R"({"blocked":false})"));
    QVERIFY(!parse(R"({"team_id":"t1"})"));
    QVERIFY(!parse(R"({"team_id":"t1","blocked":"no"})"));
    const KeyInfo k = parseKey(QJsonDocument::fromJson(R"({"models":["a","b"],"budget_duration":"1d"})").object());
    QCOMPARE(k.models, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(k.budgetDuration, QStringLiteral("1d"));
}

QTEST_GUILESS_MAIN(TestBudgetDiagnosis)
#include "test_budget_diagnosis.moc"
