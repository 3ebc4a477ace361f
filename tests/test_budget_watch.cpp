// The budget watch against litellm-sim and a real database (both engines): spend pushed through
// 80 % and 100 % alerts each crossing once, not again after a restart or on a second desktop
// sharing the database, and again after the budget resets and spend crosses anew; members' own
// budgets, per-organization levels, the forecast, and the proxy's faults.
#include "services/core/AuditText.h"
#include "services/provisioning/BudgetWatch.h"
#include "tests/support/MemberFixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using namespace OrgConsole::Test;

namespace {
QList<int> levelsOf(const QList<BudgetCrossing> &crossings, const QString &userId = {})
{
    QList<int> out;
    for (const BudgetCrossing &c : crossings) {
        if (c.userId == userId)
            out.append(c.level);
    }
    return out;
}
} // namespace

class TestBudgetWatch : public MemberFixture
{
    Q_OBJECT

    std::unique_ptr<BudgetWatch> m_watch;

    // A desktop: its own connection to the same database.
    struct Desktop {
        std::unique_ptr<RepositoryWorker> worker;
        std::unique_ptr<BudgetWatch> watch;
    };
    std::unique_ptr<Desktop> openDesktop()
    {
        auto d = std::make_unique<Desktop>();
        d->worker = std::make_unique<RepositoryWorker>(m_location);
        std::optional<QString> opened;
        d->worker->open(this, [&](QString e) { opened = e; });
        [&] { QTRY_VERIFY(opened.has_value()); }();
        d->watch = std::make_unique<BudgetWatch>(d->worker.get(), nullptr);
        return d;
    }
    WatchReport refresh(BudgetWatch &watch, const WatchOptions &options = {})
    {
        std::optional<WatchReport> out;
        watch.refresh(
            *m_ops, [&](RefreshSummary, WatchReport r) { out = r; }, options);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out.value_or(WatchReport {});
    }
    WatchReport evaluate(BudgetWatch &watch)
    {
        std::optional<WatchReport> out;
        watch.evaluate([&](WatchReport r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out.value_or(WatchReport {});
    }
    void spend(const QString &keyHash, double amount, const QDate &day = {})
    {
        QVERIFY(m_sim->recordSpend(keyHash, amount, QStringLiteral("gpt-4o"),
                                   day.isValid() ? day.toString(Qt::ISODate) : QString(), 10, 10));
    }
    BudgetState stateOf(const WatchReport &r, const QString &userId = {})
    {
        for (const WatchedBudget &b : r.budgets) {
            if (b.organizationId == m_org.id && b.userId == userId)
                return b.reading.state;
        }
        return BudgetState::Unlimited;
    }

private slots:
    void init()
    {
        setUp();
        m_watch = std::make_unique<BudgetWatch>(m_worker.get(), nullptr);
    }
    void cleanup()
    {
        m_watch.reset();
        tearDown();
    }

    void eachCrossingAlertsOncePerPeriod()
    {
        QSignalSpy crossed(m_watch.get(), &BudgetWatch::crossed);
        spend(m_org.keyHash, 300); // 60 % of 500
        WatchReport r = refresh(*m_watch);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(stateOf(r), BudgetState::Ok);
        QVERIFY(r.newCrossings.isEmpty());

        spend(m_org.keyHash, 110); // 82 %
        r = refresh(*m_watch);
        QCOMPARE(stateOf(r), BudgetState::AtRisk);
        QCOMPARE(levelsOf(r.newCrossings), QList<int> {80});
        QCOMPARE(crossed.count(), 1);
        const auto c = crossed.first().first().value<BudgetCrossing>();
        QCOMPARE(c.organizationName, QStringLiteral("Acme Corp"));
        QCOMPARE(c.spend, 410.0);
        QVERIFY(c.periodKey != QStringLiteral("no-period"));

        // The next refresh, and a restart (a new connection and watch on the same database): quiet.
        QVERIFY(refresh(*m_watch).newCrossings.isEmpty());
        auto restarted = openDesktop();
        QVERIFY(refresh(*restarted->watch).newCrossings.isEmpty());
        QCOMPARE(r.counts.summary(), QStringLiteral("1 at risk"));
    }

    void twoDesktopsAlertACrossingOnce()
    {
        spend(m_org.keyHash, 510); // 102 %: both levels at once
        QVERIFY(!refresh(*m_watch, WatchOptions {false, {}}).error.isError()); // figures only, recorded nothing
        auto second = openDesktop();
        // Both desktops evaluate at the same time; the insert that wins alerts.
        std::optional<WatchReport> first, other;
        m_watch->evaluate([&](WatchReport r) { first = r; });
        second->watch->evaluate([&](WatchReport r) { other = r; });
        QTRY_VERIFY_WITH_TIMEOUT(first && other, 20000);
        QVERIFY2(!first->error.isError(), qPrintable(first->error.message));
        QVERIFY2(!other->error.isError(), qPrintable(other->error.message));
        QList<int> all = levelsOf(first->newCrossings) + levelsOf(other->newCrossings);
        std::sort(all.begin(), all.end());
        QCOMPARE(all, (QList<int> {80, 100}));
        QCOMPARE(stateOf(*first), BudgetState::OverBudget);
        // A third start sees nothing new either.
        QVERIFY(evaluate(*openDesktop()->watch).newCrossings.isEmpty());
    }

    void aResetStartsANewPeriod()
    {
        spend(m_org.keyHash, 420);
        WatchReport r = refresh(*m_watch);
        QCOMPARE(levelsOf(r.newCrossings), QList<int> {80});
        const QString firstPeriod = r.newCrossings.first().periodKey;
        // The period ends: the proxy resets the spend.
        m_sim->advanceClock(31 * 24 * 3600);
        r = refresh(*m_watch);
        QCOMPARE(stateOf(r), BudgetState::Ok);
        QVERIFY(r.newCrossings.isEmpty());
        spend(m_org.keyHash, 405);
        r = refresh(*m_watch);
        QCOMPARE(levelsOf(r.newCrossings), QList<int> {80});
        QVERIFY(r.newCrossings.first().periodKey != firstPeriod);
        spend(m_org.keyHash, 100);
        r = refresh(*m_watch);
        QCOMPARE(levelsOf(r.newCrossings), QList<int> {100});
        QVERIFY(refresh(*openDesktop()->watch).newCrossings.isEmpty());
        const auto recorded
            = repo<QList<BudgetCrossing>>([](OrgRepository &repo) { return BudgetWatchStore(repo.database()).crossings(); });
        QCOMPARE(recorded.size(), 3);
    }

    // More crossings than one statement holds on either engine (SQLite 20 rows, PostgreSQL 500),
    // a third of them recorded before: exactly the others win, in the order offered; then none.
    void manyCrossingsAreRecordedInBatches()
    {
        QList<BudgetCrossing> offered;
        for (int i = 0; i < 1203; ++i)
            offered.append(BudgetCrossing {m_org.id,
                                           m_org.name,
                                           i == 0 ? QString() : QStringLiteral("kc-%1").arg(i),
                                           i % 2 ? 80 : 100,
                                           QStringLiteral("p-%1").arg(i % 3),
                                           {},
                                           double(i),
                                           500.0});
        QList<BudgetCrossing> expected;
        for (int i = 0; i < offered.size(); ++i) {
            if (i % 3 != 0)
                expected.append(offered.at(i));
        }
        const auto record = [&](bool before) {
            return repo<QList<BudgetCrossing>>([&](OrgRepository &repo) {
                return repo.inTransaction<QList<BudgetCrossing>>([&] {
                    BudgetWatchStore store(repo.database());
                    for (int i = 0; before && i < offered.size(); i += 3)
                        store.recordCrossing(offered.at(i));
                    return before ? Stored<QList<BudgetCrossing>>::success({}) : store.recordCrossings(offered);
                });
            });
        };
        record(true);
        const QList<BudgetCrossing> won = record(false);
        QCOMPARE(won.size(), expected.size());
        for (int i = 0; i < won.size(); ++i)
            QVERIFY(won.at(i).userId == expected.at(i).userId && won.at(i).level == expected.at(i).level
                    && won.at(i).periodKey == expected.at(i).periodKey);
        QVERIFY(record(false).isEmpty());
    }

    // 451 teams are five pages, read several at a time: every team read, the organization's figures
    // stored; a page that fails (the fourth request, whichever page it asked for) fails the whole
    // refresh and stores nothing.
    void aRefreshReadsEveryPage()
    {
        m_sim->seed(450, 1, QStringLiteral("Other Team"));
        spend(m_org.keyHash, 100);
        std::optional<RefreshSummary> s;
        m_ops->refreshAll([&](RefreshSummary r) { s = r; });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), 20000);
        QVERIFY2(!s->error.isError(), qPrintable(s->error.message));
        QCOMPARE(s->requests, 5);
        QCOMPARE(s->teamsRead, 451);
        QCOMPARE(s->organizationsUpdated, 1);
        const auto spendNow
            = [&] { return repo<Organization>([id = m_org.id](OrgRepository &r) { return r.findById(id); }).spend; };
        QCOMPARE(spendNow(), 100.0);
        // Nothing changed on the proxy: the next refresh writes nothing (no snapshot, no change
        // announced), though it counts the organization refreshed.
        const auto snapshots
            = [&] { return repo<QList<SpendSnapshot>>([id = m_org.id](OrgRepository &r) { return r.snapshots(id); }).size(); };
        const qsizetype snapshotsBefore = snapshots();
        s.reset();
        m_ops->refreshAll([&](RefreshSummary r) { s = r; });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), 20000);
        QCOMPARE(s->organizationsUpdated, 1);
        QCOMPARE(snapshots(), snapshotsBefore);

        spend(m_org.keyHash, 50);
        addFault(QJsonObject {{QStringLiteral("path"), QStringLiteral("/v2/team/list")},
                              {QStringLiteral("mode"), QStringLiteral("status")},
                              {QStringLiteral("status"), 500},
                              {QStringLiteral("nth"), 4},
                              {QStringLiteral("times"), 1}});
        s.reset();
        m_ops->refreshAll([&](RefreshSummary r) { s = r; });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), 20000);
        QCOMPARE(s->error.kind, OperationError::Kind::Proxy);
        QCOMPARE(spendNow(), 100.0);
    }

    // A page found malformed while other pages are out (a large reply: decoded on the pool, the
    // next request sent as soon as it was in) fails the refresh with the typed error, and nothing
    // of the pages read is stored.
    void aPageMalformedWhileOthersAreOutStoresNothing()
    {
        m_sim->seed(450, 1, QStringLiteral("Other Team"));
        spend(m_org.keyHash, 100);
        std::optional<RefreshSummary> s;
        m_ops->refreshAll([&](RefreshSummary r) { s = r; });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), 20000);
        QVERIFY2(!s->error.isError(), qPrintable(s->error.message));
        const auto spendNow
            = [&] { return repo<Organization>([id = m_org.id](OrgRepository &r) { return r.findById(id); }).spend; };
        QCOMPARE(spendNow(), 100.0);

        spend(m_org.keyHash, 50);
        addFault(QJsonObject {{QStringLiteral("path"), QStringLiteral("/v2/team/list")},
                              {QStringLiteral("status"), 200},
                              {QStringLiteral("body"), QString::fromUtf8("{\"teams\": [\"" + QByteArray(40 * 1024, 'x'))},
                              {QStringLiteral("nth"), 2},
                              {QStringLiteral("times"), 1}});
        s.reset();
        m_ops->refreshAll([&](RefreshSummary r) { s = r; });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), 20000);
        QCOMPARE(s->error.kind, OperationError::Kind::Proxy);
        QCOMPARE(s->error.proxyCategory, ErrorCategory::MalformedReply);
        QCOMPARE(s->organizationsUpdated, 0);
        QCOMPARE(spendNow(), 100.0);
    }

    // The next refresh asks the pages the last one found at once (up to the concurrency) instead of
    // waiting for page 1 to tell the count; when the proxy has fewer teams by then, the empty pages
    // end the read, and every team there is is still read.
    void aRefreshAsksTheExpectedPagesAtOnce()
    {
        m_sim->seed(450, 1, QStringLiteral("Other Team"));
        std::optional<RefreshSummary> s;
        m_ops->refreshAll([&](RefreshSummary r) { s = r; });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), 20000);
        QCOMPARE(s->requests, 5);
        QStringList others;
        for (const SimTeam &t : std::as_const(m_sim->state().teams)) {
            if (t.alias.value_or(QString()).startsWith(QLatin1String("Other Team")) && others.size() < 400)
                others.append(t.teamId);
        }
        for (const QString &id : std::as_const(others))
            m_sim->state().removeTeam(id);
        spend(m_org.keyHash, 75);
        s.reset();
        m_ops->refreshAll([&](RefreshSummary r) { s = r; });
        QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), 20000);
        QVERIFY2(!s->error.isError(), qPrintable(s->error.message));
        QCOMPARE(s->teamsRead, 51);
        QCOMPARE(s->requests, 4); // pages 1 to 4 at once: one page of teams, three empty
        QCOMPARE(repo<Organization>([id = m_org.id](OrgRepository &r) { return r.findById(id); }).spend, 75.0);
    }

    // The organizations are read while the pages are in flight; a change to them after that (here
    // a rename, by this desktop or another one sharing the database) is seen: the crossing carries
    // the new name, and is recorded once.
    void aChangeDuringTheRefreshIsSeen_data()
    {
        QTest::addColumn<bool>("otherDesktop");
        QTest::newRow("this desktop") << false;
        QTest::newRow("another desktop") << true;
    }
    void aChangeDuringTheRefreshIsSeen()
    {
        QFETCH(bool, otherDesktop);
        auto other = openDesktop();
        spend(m_org.keyHash, 420); // 84 %
        addFault(QJsonObject {{QStringLiteral("path"), QStringLiteral("/v2/team/list")},
                              {QStringLiteral("latency_ms"), 400},
                              {QStringLiteral("times"), 1}});
        QSignalSpy crossed(m_watch.get(), &BudgetWatch::crossed);
        std::optional<WatchReport> report;
        m_watch->refresh(*m_ops, [&](RefreshSummary, WatchReport r) { report = r; });
        // Queued behind the refresh's read of the organizations on this desktop's worker.
        QCOMPARE(repo<int>([](OrgRepository &) { return Stored<int>::success(1); }), 1);
        const auto rename = [id = m_org.id](OrgRepository &r) {
            QSqlQuery q(r.database());
            q.prepare(QStringLiteral("UPDATE organizations SET name = 'Renamed Corp' WHERE id = ?"));
            q.addBindValue(id);
            return Stored<bool>::success(q.exec() && q.numRowsAffected() == 1);
        };
        std::optional<Stored<bool>> renamed;
        (otherDesktop ? other->worker.get() : m_worker.get())->run<bool>(rename, this, [&](Stored<bool> r) { renamed = r; });
        QTRY_VERIFY(renamed.has_value());
        QVERIFY(renamed->value.value_or(false));
        QVERIFY(!report.has_value()); // the pages were still in flight
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000);
        QCOMPARE(levelsOf(report->newCrossings), QList<int> {80});
        QCOMPARE(report->newCrossings.first().organizationName, QStringLiteral("Renamed Corp"));
        QCOMPARE(crossed.count(), 1);
        QVERIFY(refresh(*m_watch).newCrossings.isEmpty());
    }

    void membersOwnBudgetsAreWatched()
    {
        const AddMemberResult added = add(newMember()); // 50 a month of their own
        QVERIFY2(added.ok, qPrintable(added.error.message));
        spend(added.member.keyHash, 46); // 92 % of theirs, 9 % of the organization's
        WatchReport r = refresh(*m_watch);
        QCOMPARE(stateOf(r, kUser), BudgetState::AtRisk);
        QCOMPARE(stateOf(r), BudgetState::Ok);
        QCOMPARE(levelsOf(r.newCrossings, kUser), QList<int> {80});
        QVERIFY(levelsOf(r.newCrossings).isEmpty());
        QVERIFY(refresh(*m_watch).newCrossings.isEmpty());
        spend(added.member.keyHash, 5);
        r = refresh(*m_watch);
        QCOMPARE(levelsOf(r.newCrossings, kUser), QList<int> {100});
        QCOMPARE(stateOf(r, kUser), BudgetState::OverBudget);
    }

    // Six organizations with a member budget each are read several at a time: one refresh judges
    // every member by the figures just read, and alerts each crossing once.
    void manyOrganizationsMembersAreRead()
    {
        QStringList keys;
        for (int i = 0; i < 6; ++i) {
            NewOrganization n;
            n.name = QStringLiteral("Org %1").arg(i);
            n.ownerUserId = QStringLiteral("kc-owner-%1").arg(i);
            n.maxBudget = 500.0;
            CreateOrganization create(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
            std::optional<CreateResult> created;
            create.start(n, {}, [&](const CreateResult &r) { created = r; });
            QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
            QVERIFY2(created->ok, qPrintable(created->error.message));
            NewMember m = newMember(QStringLiteral("kc-member-%1").arg(i));
            m.organization = n.name;
            const AddMemberResult added = add(m);
            QVERIFY2(added.ok, qPrintable(added.error.message));
            keys.append(added.member.keyHash);
        }
        QVERIFY(!refresh(*m_watch).error.isError()); // the members' rows hold the figures read at their add
        for (const QString &key : std::as_const(keys))
            spend(key, 45); // 90 % of 50
        const WatchReport r = refresh(*m_watch);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QStringList alerted;
        for (const BudgetCrossing &c : r.newCrossings) {
            if (c.isAboutAMember() && c.level == 80)
                alerted.append(c.userId);
        }
        alerted.sort();
        QCOMPARE(alerted.size(), 6);
        QCOMPARE(alerted.first(), QStringLiteral("kc-member-0"));
        QVERIFY(refresh(*m_watch).newCrossings.isEmpty());
    }

    void organizationsHaveTheirOwnLevels()
    {
        std::optional<OperationError> set;
        m_watch->setLevelOverride(m_org.id, {90, 50}, QStringLiteral("ana.support"), [&](OperationError e) { set = e; });
        QTRY_VERIFY(set.has_value());
        QVERIFY2(!set->isError(), qPrintable(set->message));
        spend(m_org.keyHash, 260); // 52 %
        WatchReport r = refresh(*m_watch);
        QCOMPARE(r.levelsFor(m_org.id), (QList<int> {50, 90}));
        QCOMPARE(stateOf(r), BudgetState::AtRisk);
        QCOMPARE(levelsOf(r.newCrossings), QList<int> {50});
        const QList<AuditEntry> audited = auditOf(QStringLiteral("set-alert-levels"));
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().operatorName, QStringLiteral("ana.support"));
        QCOMPARE(describeAuditEntry(audited.first()), QStringLiteral("Alert levels the defaults → 50, 90 %"));

        // Outside 1..1000, or an unknown organization: refused, nothing changed.
        for (const QList<int> &bad : {QList<int> {0}, QList<int> {80, 1001}, QList<int> {-5}}) {
            set.reset();
            m_watch->setLevelOverride(m_org.id, bad, QStringLiteral("ana.support"), [&](OperationError e) { set = e; });
            QTRY_VERIFY(set.has_value());
            QCOMPARE(set->kind, OperationError::Kind::BadInput);
        }
        set.reset();
        m_watch->setLevelOverride(QStringLiteral("no-such-org"), {70}, QStringLiteral("ana.support"),
                                  [&](OperationError e) { set = e; });
        QTRY_VERIFY(set.has_value());
        QCOMPARE(set->kind, OperationError::Kind::NotFound);
        std::optional<BudgetLevels> now;
        m_watch->levelOverride(m_org.id, [&](BudgetLevels l, OperationError) { now = l; });
        QTRY_VERIFY(now.has_value());
        QCOMPARE(*now, (QList<int> {50, 90}));
        QCOMPARE(auditOf(QStringLiteral("set-alert-levels")).size(), 1);

        // Back to the defaults.
        set.reset();
        m_watch->setLevelOverride(m_org.id, {}, QStringLiteral("ana.support"), [&](OperationError e) { set = e; });
        QTRY_VERIFY(set.has_value());
        QCOMPARE(refresh(*m_watch).levelsFor(m_org.id), kDefaultLevels);
    }

    void forecastFromTheLastDays()
    {
        const QDate today = m_sim->now().date();
        m_watch->setClock([this] { return m_sim->now(); });
        for (int d = 0; d < 7; ++d)
            spend(m_org.keyHash, 50, today.addDays(-d)); // 350 of 500: 150 left at 50 a day
        QVERIFY(!refresh(*m_watch).error.isError());
        const auto org = repo<Organization>([id = m_org.id](OrgRepository &r) { return r.findById(id); });
        std::optional<QHash<QString, BudgetForecast>> forecasts;
        m_watch->forecast(m_client.get(), {org}, [&](QHash<QString, BudgetForecast> f, OperationError e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            forecasts = f;
        });
        QTRY_VERIFY_WITH_TIMEOUT(forecasts.has_value(), 20000);
        const BudgetForecast f = forecasts->value(m_org.id);
        QCOMPARE(f.kind, BudgetForecast::Kind::RunsOut);
        QCOMPARE(f.date, today.addDays(3));
        QCOMPARE(f.dailyRate, 50.0);
    }

    void proxyFaults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        const QString list = QStringLiteral("/v2/team/list");
        const QString daily = QStringLiteral("/team/daily/activity");
        auto fault = [](const QString &path, const QString &mode, int status = 0) {
            QJsonObject f {{QStringLiteral("path"), path}, {QStringLiteral("mode"), mode}, {QStringLiteral("times"), 100}};
            if (status)
                f.insert(QStringLiteral("status"), status);
            return f;
        };
        const QJsonObject envelope {{QStringLiteral("error"),
                                     QJsonObject {{QStringLiteral("message"), QStringLiteral("Internal error")},
                                                  {QStringLiteral("type"), QStringLiteral("internal_server_error")},
                                                  {QStringLiteral("code"), QStringLiteral("500")}}}};
        const QJsonObject detail {{QStringLiteral("detail"), QStringLiteral("Something broke")}};
        auto withBody = [](QJsonObject f, const QJsonObject &body) {
            f.insert(QStringLiteral("body"), body);
            return f;
        };
        QTest::newRow("list 500 envelope") << withBody(fault(list, QStringLiteral("status"), 500), envelope);
        QTest::newRow("list 500 detail") << withBody(fault(list, QStringLiteral("status"), 500), detail);
        QTest::newRow("list 401") << fault(list, QStringLiteral("status"), 401);
        QTest::newRow("list timeout") << fault(list, QStringLiteral("hang"));
        QTest::newRow("list reset") << fault(list, QStringLiteral("reset"));
        QTest::newRow("list malformed") << fault(list, QStringLiteral("malformed"));
        QTest::newRow("list lost reply") << fault(list, QStringLiteral("lost"));
        QTest::newRow("daily 500 envelope") << withBody(fault(daily, QStringLiteral("status"), 500), envelope);
        QTest::newRow("daily 400 detail") << withBody(fault(daily, QStringLiteral("status"), 400), detail);
        QTest::newRow("daily 401") << fault(daily, QStringLiteral("status"), 401);
        QTest::newRow("daily timeout") << fault(daily, QStringLiteral("hang"));
        QTest::newRow("daily reset") << fault(daily, QStringLiteral("reset"));
        QTest::newRow("daily malformed") << fault(daily, QStringLiteral("malformed"));
        QTest::newRow("daily lost reply") << fault(daily, QStringLiteral("lost"));
    }
    void proxyFaults()
    {
        QFETCH(QJsonObject, fault);
        spend(m_org.keyHash, 450, m_sim->now().date());
        addFault(fault);
        const bool listFault = fault.value(QStringLiteral("path")).toString().contains(QLatin1String("list"));
        WatchReport r = refresh(*m_watch);
        if (listFault) {
            // No figures: nothing judged, nothing recorded, the error says why.
            QCOMPARE(r.error.kind, OperationError::Kind::Proxy);
            QVERIFY(r.newCrossings.isEmpty());
            m_sim->faults().clear();
            QCOMPARE(levelsOf(refresh(*m_watch).newCrossings), QList<int> {80}); // alerted once the proxy answers
            return;
        }
        QCOMPARE(levelsOf(r.newCrossings), QList<int> {80});
        const auto org = repo<Organization>([id = m_org.id](OrgRepository &repo) { return repo.findById(id); });
        std::optional<OperationError> error;
        std::optional<QHash<QString, BudgetForecast>> forecasts;
        m_watch->forecast(m_client.get(), {org}, [&](QHash<QString, BudgetForecast> f, OperationError e) {
            forecasts = f;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);
        QCOMPARE(error->kind, OperationError::Kind::Proxy);
        QVERIFY2(error->message.contains(QLatin1String("Acme Corp")), qPrintable(error->message));
        QVERIFY(!forecasts->contains(m_org.id)); // no guess
    }
};

QTEST_GUILESS_MAIN(TestBudgetWatch)
#include "test_budget_watch.moc"
