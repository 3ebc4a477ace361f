// litellm-sim's team membership over real HTTP (CONTRACT.md §4.1, §4.4-4.7, §7.4, §7.5): member
// budget rows from /team/member_add and /team/member_update, member spend from the member's keys,
// its reset on the simulator's clock, the rows going with the member and the team, every refusal
// in its envelope, the rows across a save and load, and a team of 1,000 members.
#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/support/SimHarness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using OrgConsole::Test::HttpResult;
using OrgConsole::Test::HttpTestClient;
using OrgConsole::Test::jsonAt;

namespace {
const QString kMaster = QStringLiteral("sk-master-test");
const QString kPremiumRefusal
    = QStringLiteral("Assigning team admins is a premium feature. You must be a LiteLLM Enterprise user to use this feature. "
                     "If you have a license please set `LITELLM_LICENSE` in your env.");

QJsonObject member(const QString &uid, const QString &role = QStringLiteral("user"))
{
    return QJsonObject {{QStringLiteral("user_id"), uid}, {QStringLiteral("role"), role}};
}

// The error envelope and the bare {"detail": {"error": ...}} of a 400.
QJsonObject errorBody(const QString &message, const QString &type, const QString &param)
{
    return QJsonObject {{QStringLiteral("error"),
                         QJsonObject {{QStringLiteral("message"), message},
                                      {QStringLiteral("type"), type},
                                      {QStringLiteral("param"), param},
                                      {QStringLiteral("code"), QStringLiteral("400")}}}};
}

QJsonObject detailBody(const QString &text)
{
    return QJsonObject {{QStringLiteral("detail"), QJsonObject {{QStringLiteral("error"), text}}}};
}

QDateTime dateAt(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
} // namespace

class TestSimMembers : public QObject
{
    Q_OBJECT
private:
    OrgConsole::Test::SimHarness m_harness;
    LiteLlmSimulator *m_sim = nullptr;
    HttpTestClient *m_http = nullptr;

    HttpResult post(const QString &path, const QJsonObject &body) { return m_http->post(path, body); }
    QJsonObject post200(const QString &path, const QJsonObject &body) { return m_harness.post200(path, body); }
    QJsonObject addMember(const QString &teamId, const QJsonObject &extra)
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("team_id"), teamId);
        if (!body.contains(QStringLiteral("member")))
            body.insert(QStringLiteral("member"), member(QStringLiteral("u1")));
        return post200(QStringLiteral("/team/member_add"), body);
    }
    QJsonObject updateMember(const QJsonObject &body) { return post200(QStringLiteral("/team/member_update"), body); }
    // The team's team_memberships from /team/info, by user id.
    QHash<QString, QJsonObject> memberships(const QString &teamId)
    {
        const HttpResult r = m_http->get(QStringLiteral("/team/info?team_id=") + teamId);
        QHash<QString, QJsonObject> out;
        const QJsonArray rows = jsonAt(r.json, QStringLiteral("team_memberships")).toArray();
        for (const QJsonValue &v : rows)
            out.insert(v.toObject().value(QStringLiteral("user_id")).toString(), v.toObject());
        return out;
    }
    QJsonObject budgetOf(const QString &teamId, const QString &uid)
    {
        return memberships(teamId).value(uid).value(QStringLiteral("litellm_budget_table")).toObject();
    }
    // A new key of the user, in the team unless it is empty; the raw key.
    QString keyOf(const QString &uid, const QString &team = QString())
    {
        QJsonObject body {{QStringLiteral("user_id"), uid}};
        if (!team.isEmpty())
            body.insert(QStringLiteral("team_id"), team);
        return m_harness.generateKey(body).value(QStringLiteral("key")).toString();
    }
    void spend(const QString &rawKey, double amount)
    {
        post200(QStringLiteral("/sim/spend"), {{QStringLiteral("key"), rawKey}, {QStringLiteral("spend"), amount}});
    }

private slots:
    void init()
    {
        QVERIFY(m_harness.start(kMaster));
        m_sim = m_harness.sim.get();
        m_http = m_harness.http.get();
        m_harness.createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")}});
    }
    void cleanup() { m_harness.stop(); }

    void addWithBudgetShowsTheBudgetRow()
    {
        m_sim->advanceClock(5 * 86400); // the reset follows the simulator's clock, not the wall clock
        const QJsonObject added = addMember(QStringLiteral("t1"),
                                            {{QStringLiteral("max_budget_in_team"), 50.0},
                                             {QStringLiteral("budget_duration"), QStringLiteral("30d")},
                                             {QStringLiteral("allowed_models"), QJsonArray {QStringLiteral("gpt-4o")}}});
        const QJsonObject row = added.value(QStringLiteral("updated_team_memberships")).toArray().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("user_id")).toString(), QStringLiteral("u1"));
        QVERIFY(row.value(QStringLiteral("budget_id")).isString());

        const QHash<QString, QJsonObject> rows = memberships(QStringLiteral("t1"));
        QCOMPARE(rows.size(), 2); // the caller, made team admin by /team/new, and u1
        const QJsonObject u1 = rows.value(QStringLiteral("u1"));
        QCOMPARE(u1.value(QStringLiteral("team_id")).toString(), QStringLiteral("t1"));
        QCOMPARE(u1.value(QStringLiteral("spend")).toDouble(), 0.0);
        QCOMPARE(u1.value(QStringLiteral("total_spend")).toDouble(), 0.0);
        const QJsonObject budget = u1.value(QStringLiteral("litellm_budget_table")).toObject();
        QCOMPARE(budget.value(QStringLiteral("budget_id")), u1.value(QStringLiteral("budget_id")));
        QCOMPARE(u1.value(QStringLiteral("budget_id")), row.value(QStringLiteral("budget_id")));
        QCOMPARE(budget.value(QStringLiteral("max_budget")).toDouble(), 50.0);
        QCOMPARE(budget.value(QStringLiteral("budget_duration")).toString(), QStringLiteral("30d"));
        QCOMPARE(dateAt(budget.value(QStringLiteral("budget_reset_at"))),
                 QDateTime(m_sim->now().date().addDays(30), QTime(0, 0), Qt::UTC));
        QCOMPARE(budget.value(QStringLiteral("allowed_models")).toArray(), QJsonArray {QStringLiteral("gpt-4o")});
        for (const char *none : {"soft_budget", "max_parallel_requests", "tpm_limit", "rpm_limit", "model_max_budget"})
            QVERIFY2(budget.contains(QLatin1String(none)) && budget.value(QLatin1String(none)).isNull(), none);
        QVERIFY(dateAt(budget.value(QStringLiteral("created_at"))).isValid());
        QVERIFY(dateAt(budget.value(QStringLiteral("updated_at"))).isValid());
        // Without a budget of their own a member has no budget row.
        QVERIFY(rows.value(QStringLiteral("default_user_id")).value(QStringLiteral("budget_id")).isNull());
        QVERIFY(rows.value(QStringLiteral("default_user_id")).value(QStringLiteral("litellm_budget_table")).isNull());
        addMember(
            QStringLiteral("t1"),
            {{QStringLiteral("member"), member(QStringLiteral("u2"))}, {QStringLiteral("max_budget_in_team"), QJsonValue()}});
        QVERIFY(memberships(QStringLiteral("t1")).value(QStringLiteral("u2")).value(QStringLiteral("budget_id")).isNull());
        // A duration alone is a budget row too.
        addMember(QStringLiteral("t1"),
                  {{QStringLiteral("member"), member(QStringLiteral("u3"))},
                   {QStringLiteral("budget_duration"), QStringLiteral("1d")}});
        QVERIFY(budgetOf(QStringLiteral("t1"), QStringLiteral("u3")).value(QStringLiteral("max_budget")).isNull());
        QCOMPARE(dateAt(budgetOf(QStringLiteral("t1"), QStringLiteral("u3")).value(QStringLiteral("budget_reset_at"))),
                 QDateTime(m_sim->now().date().addDays(1), QTime(0, 0), Qt::UTC));
    }

    void teamNewAndUserNewMembersHaveRows()
    {
        m_harness.createTeam({{QStringLiteral("team_id"), QStringLiteral("t2")},
                              {QStringLiteral("members_with_roles"), QJsonArray {member(QStringLiteral("owner"))}}});
        post200(
            QStringLiteral("/user/new"),
            {{QStringLiteral("user_id"), QStringLiteral("late")}, {QStringLiteral("teams"), QJsonArray {QStringLiteral("t2")}}});
        const QHash<QString, QJsonObject> rows = memberships(QStringLiteral("t2"));
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.value(QStringLiteral("owner")).value(QStringLiteral("litellm_budget_table")).isNull());
        QVERIFY(rows.contains(QStringLiteral("late")));
        // The owner is in the team already; an id differing only in case is another user.
        const HttpResult again = post(
            QStringLiteral("/team/member_add"),
            {{QStringLiteral("team_id"), QStringLiteral("t2")}, {QStringLiteral("member"), member(QStringLiteral("owner"))}});
        QCOMPARE(again.status, 400);
        addMember(QStringLiteral("t2"), {{QStringLiteral("member"), member(QStringLiteral("OWNER"))}});
        QCOMPARE(memberships(QStringLiteral("t2")).size(), 4);
    }

    void memberUpdateChangesAndRemovesTheLimit()
    {
        addMember(QStringLiteral("t1"), {});
        const QJsonObject ref {{QStringLiteral("team_id"), QStringLiteral("t1")},
                               {QStringLiteral("user_id"), QStringLiteral("u1")}};
        auto with = [&](const QJsonObject &fields) {
            QJsonObject body = ref;
            for (auto it = fields.begin(); it != fields.end(); ++it)
                body.insert(it.key(), it.value());
            return body;
        };
        // TeamMemberUpdateResponse; a budget row is created where there was none.
        QJsonObject r = updateMember(with({{QStringLiteral("max_budget_in_team"), 20.0}}));
        QCOMPARE(r,
                 (QJsonObject {{QStringLiteral("user_id"), QStringLiteral("u1")},
                               {QStringLiteral("user_email"), QJsonValue::Null},
                               {QStringLiteral("team_id"), QStringLiteral("t1")},
                               {QStringLiteral("max_budget_in_team"), 20.0},
                               {QStringLiteral("tpm_limit"), QJsonValue::Null},
                               {QStringLiteral("rpm_limit"), QJsonValue::Null},
                               {QStringLiteral("budget_duration"), QJsonValue::Null},
                               {QStringLiteral("allowed_models"), QJsonValue::Null}}));
        const QString budgetId
            = memberships(QStringLiteral("t1")).value(QStringLiteral("u1")).value(QStringLiteral("budget_id")).toString();
        QVERIFY(!budgetId.isEmpty());
        QCOMPARE(budgetOf(QStringLiteral("t1"), QStringLiteral("u1")).value(QStringLiteral("max_budget")).toDouble(), 20.0);

        // Only the fields sent are written.
        updateMember(with({{QStringLiteral("budget_duration"), QStringLiteral("1d")},
                           {QStringLiteral("tpm_limit"), 1000},
                           {QStringLiteral("rpm_limit"), 10}}));
        QJsonObject budget = budgetOf(QStringLiteral("t1"), QStringLiteral("u1"));
        QCOMPARE(budget.value(QStringLiteral("budget_id")).toString(), budgetId);
        QCOMPARE(budget.value(QStringLiteral("max_budget")).toDouble(), 20.0);
        QCOMPARE(budget.value(QStringLiteral("tpm_limit")).toInteger(), 1000);
        QCOMPARE(budget.value(QStringLiteral("rpm_limit")).toInteger(), 10);
        QCOMPARE(dateAt(budget.value(QStringLiteral("budget_reset_at"))),
                 QDateTime(m_sim->now().date().addDays(1), QTime(0, 0), Qt::UTC));
        updateMember(with({{QStringLiteral("max_budget_in_team"), 35.5}}));
        QCOMPARE(budgetOf(QStringLiteral("t1"), QStringLiteral("u1")).value(QStringLiteral("max_budget")).toDouble(), 35.5);

        // null removes the limit; the row stays while it limits something else.
        updateMember(with({{QStringLiteral("max_budget_in_team"), QJsonValue()}}));
        budget = budgetOf(QStringLiteral("t1"), QStringLiteral("u1"));
        QVERIFY(budget.value(QStringLiteral("max_budget")).isNull());
        QCOMPARE(budget.value(QStringLiteral("budget_duration")).toString(), QStringLiteral("1d"));
        // With nothing left to limit the member is back to no budget row.
        updateMember(with({{QStringLiteral("budget_duration"), QJsonValue()},
                           {QStringLiteral("tpm_limit"), QJsonValue()},
                           {QStringLiteral("rpm_limit"), QJsonValue()}}));
        QVERIFY(memberships(QStringLiteral("t1")).value(QStringLiteral("u1")).value(QStringLiteral("budget_id")).isNull());

        // By email, and the role with a licence.
        addMember(QStringLiteral("t1"),
                  {{QStringLiteral("member"),
                    QJsonObject {{QStringLiteral("user_id"), QStringLiteral("u2")},
                                 {QStringLiteral("user_email"), QStringLiteral("ana@example.com")},
                                 {QStringLiteral("role"), QStringLiteral("user")}}}});
        r = updateMember({{QStringLiteral("team_id"), QStringLiteral("t1")},
                          {QStringLiteral("user_email"), QStringLiteral("ana@example.com")},
                          {QStringLiteral("max_budget_in_team"), 7}});
        QCOMPARE(r.value(QStringLiteral("user_id")).toString(), QStringLiteral("u2"));
        QCOMPARE(budgetOf(QStringLiteral("t1"), QStringLiteral("u2")).value(QStringLiteral("max_budget")).toDouble(), 7.0);
        m_sim->config().premium = true;
        updateMember(with({{QStringLiteral("role"), QStringLiteral("admin")}}));
        const HttpResult info = m_http->get(QStringLiteral("/team/info?team_id=t1"));
        QCOMPARE(jsonAt(info.json, QStringLiteral("team_info.members_with_roles.1.user_id")).toString(), QStringLiteral("u1"));
        QCOMPARE(jsonAt(info.json, QStringLiteral("team_info.members_with_roles.1.role")).toString(), QStringLiteral("admin"));
    }

    void memberSpendAndItsReset()
    {
        m_harness.createTeam({{QStringLiteral("team_id"), QStringLiteral("t2")}});
        addMember(QStringLiteral("t1"),
                  {{QStringLiteral("max_budget_in_team"), 10.0}, {QStringLiteral("budget_duration"), QStringLiteral("1d")}});
        addMember(QStringLiteral("t1"), {{QStringLiteral("member"), member(QStringLiteral("u2"))}});
        addMember(QStringLiteral("t2"), {{QStringLiteral("max_budget_in_team"), 10.0}});
        spend(keyOf(QStringLiteral("u1"), QStringLiteral("t1")), 1.5);
        spend(keyOf(QStringLiteral("u1"), QStringLiteral("t1")), 0.25); // a second key of the same member
        spend(keyOf(QStringLiteral("u2"), QStringLiteral("t1")), 0.5);
        spend(keyOf(QStringLiteral("u1"), QStringLiteral("t2")), 4.0); // the same user in another team
        spend(keyOf(QStringLiteral("u1")), 8.0); // a key of the user in no team
        QHash<QString, QJsonObject> rows = memberships(QStringLiteral("t1"));
        QCOMPARE(rows.value(QStringLiteral("u1")).value(QStringLiteral("spend")).toDouble(), 1.75);
        QCOMPARE(rows.value(QStringLiteral("u1")).value(QStringLiteral("total_spend")).toDouble(), 1.75);
        QCOMPARE(rows.value(QStringLiteral("u2")).value(QStringLiteral("spend")).toDouble(), 0.5);
        QCOMPARE(rows.value(QStringLiteral("default_user_id")).value(QStringLiteral("spend")).toDouble(), 0.0);
        QCOMPARE(memberships(QStringLiteral("t2")).value(QStringLiteral("u1")).value(QStringLiteral("spend")).toDouble(), 4.0);
        // The legacy list carries the same rows.
        const HttpResult list = m_http->get(QStringLiteral("/team/list"));
        for (const QJsonValue &t : list.json.array()) {
            if (t.toObject().value(QStringLiteral("team_id")).toString() == QLatin1String("t1"))
                QCOMPARE(t.toObject().value(QStringLiteral("team_memberships")).toArray(),
                         jsonAt(m_http->get(QStringLiteral("/team/info?team_id=t1")).json, QStringLiteral("team_memberships")));
        }

        // Past the period: the period's spend resets and the reset moves on; total_spend stays, and
        // a member without a period never resets.
        const QDateTime firstReset
            = dateAt(budgetOf(QStringLiteral("t1"), QStringLiteral("u1")).value(QStringLiteral("budget_reset_at")));
        post200(QStringLiteral("/sim/clock"), {{QStringLiteral("advance_seconds"), 2 * 86400}});
        rows = memberships(QStringLiteral("t1"));
        QCOMPARE(rows.value(QStringLiteral("u1")).value(QStringLiteral("spend")).toDouble(), 0.0);
        QCOMPARE(rows.value(QStringLiteral("u1")).value(QStringLiteral("total_spend")).toDouble(), 1.75);
        const QDateTime nextReset
            = dateAt(budgetOf(QStringLiteral("t1"), QStringLiteral("u1")).value(QStringLiteral("budget_reset_at")));
        QVERIFY(nextReset > m_sim->now() && nextReset > firstReset);
        QCOMPARE(nextReset, QDateTime(m_sim->now().date().addDays(1), QTime(0, 0), Qt::UTC));
        QCOMPARE(rows.value(QStringLiteral("u2")).value(QStringLiteral("spend")).toDouble(), 0.5);
        QCOMPARE(memberships(QStringLiteral("t2")).value(QStringLiteral("u1")).value(QStringLiteral("spend")).toDouble(), 4.0);
        spend(keyOf(QStringLiteral("u1"), QStringLiteral("t1")), 0.75);
        rows = memberships(QStringLiteral("t1"));
        QCOMPARE(rows.value(QStringLiteral("u1")).value(QStringLiteral("spend")).toDouble(), 0.75);
        QCOMPARE(rows.value(QStringLiteral("u1")).value(QStringLiteral("total_spend")).toDouble(), 2.5);
    }

    void memberDeleteAndTeamDeleteDropTheRows()
    {
        addMember(QStringLiteral("t1"), {{QStringLiteral("max_budget_in_team"), 5.0}});
        spend(keyOf(QStringLiteral("u1"), QStringLiteral("t1")), 1.0);
        post200(QStringLiteral("/team/member_delete"),
                {{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("user_id"), QStringLiteral("u1")}});
        QVERIFY(!memberships(QStringLiteral("t1")).contains(QStringLiteral("u1")));
        QVERIFY(!m_sim->state().findMembership(QStringLiteral("t1"), QStringLiteral("u1")));
        // Back again, the member starts from nothing: no budget, no spend.
        addMember(QStringLiteral("t1"), {});
        QJsonObject row = memberships(QStringLiteral("t1")).value(QStringLiteral("u1"));
        QVERIFY(row.value(QStringLiteral("budget_id")).isNull());
        QCOMPARE(row.value(QStringLiteral("total_spend")).toDouble(), 0.0);
        // A member removed by email goes too.
        addMember(QStringLiteral("t1"),
                  {{QStringLiteral("member"),
                    QJsonObject {{QStringLiteral("user_id"), QStringLiteral("u2")},
                                 {QStringLiteral("user_email"), QStringLiteral("bo@example.com")},
                                 {QStringLiteral("role"), QStringLiteral("user")}}}});
        post200(QStringLiteral("/team/member_delete"),
                {{QStringLiteral("team_id"), QStringLiteral("t1")},
                 {QStringLiteral("user_email"), QStringLiteral("bo@example.com")}});
        QVERIFY(!m_sim->state().findMembership(QStringLiteral("t1"), QStringLiteral("u2")));

        post200(QStringLiteral("/team/delete"), {{QStringLiteral("team_ids"), QJsonArray {QStringLiteral("t1")}}});
        QVERIFY(!m_sim->state().memberships.contains(QStringLiteral("t1")));
        // A new team under the same id has none of the old rows.
        m_harness.createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")}});
        QCOMPARE(memberships(QStringLiteral("t1")).keys(), QStringList {QStringLiteral("default_user_id")});
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QJsonObject>("expected");
        const QString add = QStringLiteral("/team/member_add");
        const QString update = QStringLiteral("/team/member_update");
        const QJsonValue t1 = QStringLiteral("t1");
        QTest::newRow("add: already in team")
            << add << QJsonObject {{QStringLiteral("team_id"), t1}, {QStringLiteral("member"), member(QStringLiteral("u1"))}}
            << 400
            << errorBody(QStringLiteral("User already in team. Member: user_id=u1, user_email=None. "
                                        "Existing members=[user_id=default_user_id, user_id=u1]"),
                         QStringLiteral("team_member_already_in_team"), QStringLiteral("member"));
        QTest::newRow("add: all already in team")
            << add
            << QJsonObject {{QStringLiteral("team_id"), t1},
                            {QStringLiteral("member"),
                             QJsonArray {member(QStringLiteral("u1")), member(QStringLiteral("default_user_id"))}}}
            << 400
            << errorBody(QStringLiteral("All users are already in team. Existing members=[user_id=default_user_id, user_id=u1]"),
                         QStringLiteral("team_member_already_in_team"), QStringLiteral("member"));
        QTest::newRow("add: admin without licence")
            << add
            << QJsonObject {{QStringLiteral("team_id"), t1},
                            {QStringLiteral("member"), member(QStringLiteral("u9"), QStringLiteral("admin"))}}
            << 400 << detailBody(kPremiumRefusal);
        QTest::newRow("add: team missing") << add
                                           << QJsonObject {{QStringLiteral("team_id"), QStringLiteral("nope")},
                                                           {QStringLiteral("member"), member(QStringLiteral("u9"))}}
                                           << 404 << detailBody(QStringLiteral("Team not found for team_id=nope"));
        QTest::newRow("add: duration LiteLLM refuses")
            << add
            << QJsonObject {{QStringLiteral("team_id"), t1},
                            {QStringLiteral("member"), member(QStringLiteral("u9"))},
                            {QStringLiteral("budget_duration"), QStringLiteral("0d")}}
            << 400
            << errorBody(
                   QStringLiteral("{'error': \"Invalid budget_duration: 0d. Must be a positive duration like '30d', '1mo'.\"}"),
                   QStringLiteral("internal_server_error"), QStringLiteral("None"));
        QTest::newRow("update: team missing") << update
                                              << QJsonObject {{QStringLiteral("team_id"), QStringLiteral("nope")},
                                                              {QStringLiteral("user_id"), QStringLiteral("u1")}}
                                              << 400 << detailBody(QStringLiteral("Team id=nope does not exist in db"));
        QTest::newRow("update: not a member")
            << update << QJsonObject {{QStringLiteral("team_id"), t1}, {QStringLiteral("user_id"), QStringLiteral("u9")}} << 400
            << detailBody(QStringLiteral("User=u9 not found in team=t1"));
        QTest::newRow("update: ids compared exactly")
            << update << QJsonObject {{QStringLiteral("team_id"), t1}, {QStringLiteral("user_id"), QStringLiteral("U1")}} << 400
            << detailBody(QStringLiteral("User=U1 not found in team=t1"));
        QTest::newRow("update: empty user id")
            << update << QJsonObject {{QStringLiteral("team_id"), t1}, {QStringLiteral("user_id"), QString()}} << 400
            << detailBody(QStringLiteral("User= not found in team=t1"));
        QTest::newRow("update: email not in team")
            << update
            << QJsonObject {{QStringLiteral("team_id"), t1}, {QStringLiteral("user_email"), QStringLiteral("x@example.com")}}
            << 400 << detailBody(QStringLiteral("User=x@example.com not found in team=t1"));
        QTest::newRow("update: admin without licence") << update
                                                       << QJsonObject {{QStringLiteral("team_id"), t1},
                                                                       {QStringLiteral("user_id"), QStringLiteral("u1")},
                                                                       {QStringLiteral("role"), QStringLiteral("admin")}}
                                                       << 400 << detailBody(kPremiumRefusal);
        QTest::newRow("update: duration LiteLLM refuses")
            << update
            << QJsonObject {{QStringLiteral("team_id"), t1},
                            {QStringLiteral("user_id"), QStringLiteral("u1")},
                            {QStringLiteral("max_budget_in_team"), 1},
                            {QStringLiteral("budget_duration"), QStringLiteral("1x")}}
            << 400 << detailBody(QStringLiteral("Invalid budget_duration: 1x"));
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QJsonObject, expected);
        addMember(QStringLiteral("t1"),
                  {{QStringLiteral("max_budget_in_team"), 5.0}, {QStringLiteral("budget_duration"), QStringLiteral("30d")}});
        const QJsonObject before = memberships(QStringLiteral("t1")).value(QStringLiteral("u1"));
        const HttpResult r = post(path, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.object(), expected);
        // A refused request changes nothing.
        const QHash<QString, QJsonObject> after = memberships(QStringLiteral("t1"));
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.value(QStringLiteral("u1")), before);
        QCOMPARE(m_sim->state().teams.value(QStringLiteral("t1")).membersWithRoles.size(), 2);
    }

    void durationRefusedAsTeamNewAndTeamUpdateRefuseIt()
    {
        const QJsonObject bad {{QStringLiteral("budget_duration"), QStringLiteral("1x")}};
        const HttpResult teamNew = post(QStringLiteral("/team/new"), bad);
        const HttpResult add = post(QStringLiteral("/team/member_add"),
                                    {{QStringLiteral("team_id"), QStringLiteral("t1")},
                                     {QStringLiteral("member"), member(QStringLiteral("u1"))},
                                     {QStringLiteral("budget_duration"), QStringLiteral("1x")}});
        QCOMPARE(add.status, teamNew.status);
        QCOMPARE(add.object(), teamNew.object());
        addMember(QStringLiteral("t1"), {});
        const HttpResult teamUpdate = post(
            QStringLiteral("/team/update"),
            {{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("budget_duration"), QStringLiteral("1x")}});
        const HttpResult update = post(QStringLiteral("/team/member_update"),
                                       {{QStringLiteral("team_id"), QStringLiteral("t1")},
                                        {QStringLiteral("user_id"), QStringLiteral("u1")},
                                        {QStringLiteral("budget_duration"), QStringLiteral("1x")}});
        QCOMPARE(update.status, teamUpdate.status);
        QCOMPARE(update.object(), teamUpdate.object());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("msg");
        const QString add = QStringLiteral("/team/member_add");
        const QString update = QStringLiteral("/team/member_update");
        const QJsonValue t1 = QStringLiteral("t1");
        const QJsonValue u1 = QStringLiteral("u1");
        QTest::newRow("add: budget not a number") << add
                                                  << QJsonObject {{QStringLiteral("team_id"), t1},
                                                                  {QStringLiteral("member"), member(QStringLiteral("u2"))},
                                                                  {QStringLiteral("max_budget_in_team"), QStringLiteral("lots")}}
                                                  << "float_parsing"
                                                  << "Input should be a valid number, unable to parse string as a number";
        QTest::newRow("add: models not a list") << add
                                                << QJsonObject {{QStringLiteral("team_id"), t1},
                                                                {QStringLiteral("member"), member(QStringLiteral("u2"))},
                                                                {QStringLiteral("allowed_models"), QStringLiteral("gpt-4o")}}
                                                << "list_type"
                                                << "Input should be a valid list";
        QTest::newRow("update: no team") << update << QJsonObject {{QStringLiteral("user_id"), u1}} << "missing"
                                         << "Field required";
        QTest::newRow("update: neither id nor email") << update << QJsonObject {{QStringLiteral("team_id"), t1}} << "value_error"
                                                      << "Value error, Either user_id or user_email is required";
        QTest::newRow("update: unknown role") << update
                                              << QJsonObject {{QStringLiteral("team_id"), t1},
                                                              {QStringLiteral("user_id"), u1},
                                                              {QStringLiteral("role"), QStringLiteral("owner")}}
                                              << "literal_error"
                                              << "Input should be 'admin' or 'user'";
        QTest::newRow("update: tpm with a fraction") // pydantic v2's lax int
            << update
            << QJsonObject {{QStringLiteral("team_id"), t1}, {QStringLiteral("user_id"), u1}, {QStringLiteral("tpm_limit"), 1.5}}
            << "int_from_float"
            << "Input should be a valid integer, got a number with a fractional part";
    }
    void validation()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, type);
        QFETCH(QString, msg);
        addMember(QStringLiteral("t1"), {});
        const HttpResult r = post(path, body);
        QCOMPARE(r.status, 422);
        QCOMPARE(jsonAt(r.json, QStringLiteral("detail.0.type")).toString(), type);
        QCOMPARE(jsonAt(r.json, QStringLiteral("detail.0.msg")).toString(), msg);
        QVERIFY(memberships(QStringLiteral("t1")).value(QStringLiteral("u1")).value(QStringLiteral("budget_id")).isNull());
    }

    void memberUpdateIsARouteLikeTheOthers()
    {
        addMember(QStringLiteral("t1"), {});
        const QJsonObject body {{QStringLiteral("team_id"), QStringLiteral("t1")},
                                {QStringLiteral("user_id"), QStringLiteral("u1")},
                                {QStringLiteral("max_budget_in_team"), 3}};
        // Faults are injectable on it, and it is in the request log.
        post200(QStringLiteral("/sim/faults"),
                {{QStringLiteral("path"), QStringLiteral("/team/member_update")},
                 {QStringLiteral("status"), 503},
                 {QStringLiteral("times"), 1}});
        QCOMPARE(post(QStringLiteral("/team/member_update"), body).status, 503);
        QCOMPARE(post(QStringLiteral("/team/member_update"), body).status, 200);
        const HttpResult log = m_http->get(QStringLiteral("/sim/requests"));
        QCOMPARE(
            jsonAt(log.json, QStringLiteral("requests")).toArray().last().toObject().value(QStringLiteral("endpoint")).toString(),
            QStringLiteral("/team/member_update"));
        // The same auth as /team/member_add: a virtual key is refused.
        HttpTestClient user(m_sim->baseUrl());
        user.setBearer(keyOf(QStringLiteral("u1")));
        for (const QString &path : {QStringLiteral("/team/member_add"), QStringLiteral("/team/member_update")}) {
            const HttpResult r = user.post(path, body);
            QCOMPARE(r.status, 401);
            QCOMPARE(jsonAt(r.json, QStringLiteral("error.type")).toString(), QStringLiteral("auth_error"));
        }
        // Without a database it fails as the other /team/ routes do.
        m_sim->config().dbConnected = false;
        const HttpResult noDb = post(QStringLiteral("/team/member_update"), body);
        QCOMPARE(noDb.status, 500);
        QCOMPARE(noDb.object(), post(QStringLiteral("/team/member_add"), body).object());
    }

    void stateSavesAndLoadsMemberships()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sandbox.json"));
        QCOMPARE(m_sim->setStateFile(path), QString());
        addMember(QStringLiteral("t1"),
                  {{QStringLiteral("max_budget_in_team"), 12.5},
                   {QStringLiteral("budget_duration"), QStringLiteral("1mo")},
                   {QStringLiteral("allowed_models"), QJsonArray {QStringLiteral("gpt-4o"), QStringLiteral("claude")}}});
        addMember(QStringLiteral("t1"), {{QStringLiteral("member"), member(QStringLiteral("u2"))}});
        updateMember({{QStringLiteral("team_id"), QStringLiteral("t1")},
                      {QStringLiteral("user_id"), QStringLiteral("u1")},
                      {QStringLiteral("tpm_limit"), 99}});
        spend(keyOf(QStringLiteral("u1"), QStringLiteral("t1")), 2.5);
        const QJsonValue saved
            = jsonAt(m_http->get(QStringLiteral("/team/info?team_id=t1")).json, QStringLiteral("team_memberships"));
        QCOMPARE(saved.toArray().size(), 3);

        LiteLlmSimulator reloaded(SimConfig {});
        QCOMPARE(reloaded.setStateFile(path), QString());
        QVERIFY(reloaded.listen());
        HttpTestClient http(reloaded.baseUrl());
        QCOMPARE(jsonAt(http.get(QStringLiteral("/team/info?team_id=t1")).json, QStringLiteral("team_memberships")), saved);

        // A state saved before memberships were kept loads, with a row (no budget) for every member.
        QJsonObject old = m_sim->state().save();
        QVERIFY(old.contains(QStringLiteral("memberships")));
        old.remove(QStringLiteral("memberships"));
        QFile oldFile(dir.filePath(QStringLiteral("old.json")));
        QVERIFY(oldFile.open(QIODevice::WriteOnly) && oldFile.write(QJsonDocument(old).toJson()) > 0);
        oldFile.close();
        LiteLlmSimulator legacy(SimConfig {});
        QCOMPARE(legacy.setStateFile(oldFile.fileName()), QString());
        QVERIFY(legacy.listen());
        HttpTestClient legacyHttp(legacy.baseUrl());
        const QJsonArray rows
            = jsonAt(legacyHttp.get(QStringLiteral("/team/info?team_id=t1")).json, QStringLiteral("team_memberships")).toArray();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &row : rows) {
            QVERIFY(row.toObject().value(QStringLiteral("litellm_budget_table")).isNull());
            QCOMPARE(row.toObject().value(QStringLiteral("spend")).toDouble(), 0.0);
        }
        QCOMPARE(legacyHttp
                     .post(QStringLiteral("/team/member_update"),
                           {{QStringLiteral("team_id"), QStringLiteral("t1")},
                            {QStringLiteral("user_id"), QStringLiteral("u2")},
                            {QStringLiteral("max_budget_in_team"), 1}})
                     .status,
                 200);
    }

    void thousandMembers()
    {
        constexpr int kMembers = 1000;
        auto id = [](int i) { return QStringLiteral("member-%1").arg(i, 4, 10, QLatin1Char('0')); };
        for (int batch = 0; batch < 2; ++batch) {
            QJsonArray list;
            for (int i = batch * kMembers / 2; i < (batch + 1) * kMembers / 2; ++i)
                list.append(member(id(i)));
            addMember(QStringLiteral("t1"), {{QStringLiteral("member"), list}, {QStringLiteral("max_budget_in_team"), 10.0}});
        }
        for (int i = 0; i < kMembers; ++i)
            keyOf(id(i), QStringLiteral("t1"));
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = m_http->get(QStringLiteral("/team/info?team_id=t1"));
        const qint64 ms = timer.elapsed();
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("team_memberships")).toArray().size(), kMembers + 1);
        QCOMPARE(jsonAt(r.json, QStringLiteral("keys")).toArray().size(), kMembers);
        QCOMPARE(jsonAt(r.json, QStringLiteral("team_memberships.1000.user_id")).toString(), id(kMembers - 1));
        qDebug("team/info with %d members and %d keys: %lld ms over HTTP, %lld bytes", kMembers, kMembers, ms,
               qint64(r.body.size()));
    }
};

QTEST_GUILESS_MAIN(TestSimMembers)
#include "test_sim_members.moc"
