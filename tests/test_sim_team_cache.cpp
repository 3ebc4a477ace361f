// The simulator's cached team JSON (SimTeamJsonCache): /v2/team/list pages are copied from each
// team's JSON made once, and every change to a team (budget, spend, reset, block, alias, delete and
// re-create) shows on the next page read; the page is byte for byte what QJsonDocument wrote.
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/sandbox/SimTeamJsonCache.h"
#include "tests/support/SimHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using OrgConsole::Test::HttpResult;
using OrgConsole::Test::jsonAt;

namespace {
const QString kMaster = QStringLiteral("sk-master-test");
const QString kTeam = QStringLiteral("t1");
} // namespace

class TestSimTeamCache : public QObject
{
    Q_OBJECT
private:
    OrgConsole::Test::SimHarness m_harness;

    // t1 as the list's page shows it.
    QJsonObject listed()
    {
        const HttpResult r = m_harness.http->get(QStringLiteral("/v2/team/list?page=1&page_size=100"));
        [&] { QCOMPARE(r.status, 200); }();
        for (const QJsonValue &t : jsonAt(r.json, QStringLiteral("teams")).toArray()) {
            if (t.toObject().value(QStringLiteral("team_id")).toString() == kTeam)
                return t.toObject();
        }
        return {};
    }
    void post(const QString &path, const QJsonObject &body) { m_harness.post200(path, body); }

private slots:
    void init() { QVERIFY(m_harness.start(kMaster)); }
    void cleanup() { m_harness.stop(); }

    void everyChangeShowsOnTheNextPage()
    {
        m_harness.createTeam({{QStringLiteral("team_id"), kTeam},
                              {QStringLiteral("team_alias"), QStringLiteral("One")},
                              {QStringLiteral("max_budget"), 10},
                              {QStringLiteral("budget_duration"), QStringLiteral("1d")}});
        m_harness.createTeam({{QStringLiteral("team_alias"), QStringLiteral("Other")}});
        const QString raw = m_harness.generateKey({{QStringLiteral("team_id"), kTeam}}).value(QStringLiteral("key")).toString();
        QCOMPARE(listed().value(QStringLiteral("max_budget")).toDouble(), 10.0);
        QCOMPARE(listed().value(QStringLiteral("spend")).toDouble(), 0.0);

        post(QStringLiteral("/team/update"), {{QStringLiteral("team_id"), kTeam}, {QStringLiteral("max_budget"), 20}});
        QCOMPARE(listed().value(QStringLiteral("max_budget")).toDouble(), 20.0);
        post(QStringLiteral("/sim/spend"), {{QStringLiteral("key"), raw}, {QStringLiteral("spend"), 15.5}});
        QCOMPARE(listed().value(QStringLiteral("spend")).toDouble(), 15.5);
        const QString resetAt = listed().value(QStringLiteral("budget_reset_at")).toString();
        // The period rolls over while the page is read: spend back to 0, a later reset.
        post(QStringLiteral("/sim/clock"), {{QStringLiteral("advance_seconds"), 2 * 86400}});
        QCOMPARE(listed().value(QStringLiteral("spend")).toDouble(), 0.0);
        QVERIFY(listed().value(QStringLiteral("budget_reset_at")).toString() > resetAt);
        post(QStringLiteral("/team/block"), {{QStringLiteral("team_id"), kTeam}});
        QCOMPARE(listed().value(QStringLiteral("blocked")).toBool(), true);
        post(QStringLiteral("/team/update"),
             {{QStringLiteral("team_id"), kTeam}, {QStringLiteral("team_alias"), QStringLiteral("Renamed")}});
        QCOMPARE(listed().value(QStringLiteral("team_alias")).toString(), QStringLiteral("Renamed"));
        // Deleted and made again under the same id: the new team, not the cached one.
        post(QStringLiteral("/team/delete"), {{QStringLiteral("team_ids"), QJsonArray {kTeam}}});
        QVERIFY(listed().isEmpty());
        m_harness.createTeam({{QStringLiteral("team_id"), kTeam}, {QStringLiteral("max_budget"), 3}});
        QCOMPARE(listed().value(QStringLiteral("max_budget")).toDouble(), 3.0);
        QCOMPARE(listed().value(QStringLiteral("blocked")).toBool(), false);
    }

    void aTeamIsSerializedOncePerChange()
    {
        SimTeam team;
        team.teamId = kTeam;
        team.maxBudget = 10;
        team.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        SimTeamJsonCache cache;
        const QByteArray first = cache.json(team);
        QCOMPARE(first, QJsonDocument(teamJson(team)).toJson(QJsonDocument::Compact));
        QCOMPARE(cache.json(team), first);
        QCOMPARE(cache.serialized(), quint64(1)); // read again unchanged: not made anew
        team.spend = 9.5;
        QCOMPARE(cache.json(team), QJsonDocument(teamJson(team)).toJson(QJsonDocument::Compact));
        team.metadata.insert(QStringLiteral("k"), 1);
        QCOMPARE(cache.json(team), QJsonDocument(teamJson(team)).toJson(QJsonDocument::Compact));
        QCOMPARE(cache.serialized(), quint64(3));
        cache.prune({}, 1); // the team is gone
        QCOMPARE(cache.json(team), QJsonDocument(teamJson(team)).toJson(QJsonDocument::Compact));
        QCOMPARE(cache.serialized(), quint64(4));
    }

    void thePageIsWhatQJsonDocumentWrites()
    {
        SimTeam a, b;
        a.teamId = QStringLiteral("a");
        b.teamId = QStringLiteral("b");
        b.alias = QStringLiteral("Bé \"quoted\"");
        const QByteArray ja = QJsonDocument(teamJson(a)).toJson(QJsonDocument::Compact);
        const QByteArray jb = QJsonDocument(teamJson(b)).toJson(QJsonDocument::Compact);
        const QJsonObject page {{QStringLiteral("teams"), QJsonArray {teamJson(a), teamJson(b)}},
                                {QStringLiteral("total"), 12},
                                {QStringLiteral("page"), 2},
                                {QStringLiteral("page_size"), 5},
                                {QStringLiteral("total_pages"), 3}};
        QCOMPARE(teamPageBody({ja, jb}, 12, 2, 5), QJsonDocument(page).toJson(QJsonDocument::Compact));
        const QJsonObject empty {{QStringLiteral("teams"), QJsonArray()},
                                 {QStringLiteral("total"), 0},
                                 {QStringLiteral("page"), 1},
                                 {QStringLiteral("page_size"), 10},
                                 {QStringLiteral("total_pages"), 0}};
        QCOMPARE(teamPageBody({}, 0, 1, 10), QJsonDocument(empty).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestSimTeamCache)
#include "test_sim_team_cache.moc"
