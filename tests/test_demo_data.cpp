// The sandbox's demo data: the same every time, each planted case there (at risk, over budget, a
// blocked key, a key expiring soon, drift that Reconcile finds), removed without a trace, refused
// with a real proxy; and simulated usage, the same for the same clock steps.
#include "services/core/BudgetLevels.h"
#include "services/provisioning/OrgOperations.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/DemoSandbox.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace OrgConsole;
using namespace OrgConsole::Test;

namespace {

QJsonValue rounded(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

QList<Organization> organizations(DemoSandbox &s)
{
    std::optional<Stored<QList<Organization>>> out;
    QObject receiver;
    s.context->repository().run<QList<Organization>>([](OrgRepository &r) { return r.listAll(); }, &receiver,
                                                     [&](Stored<QList<Organization>> r) { out = r; });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return out.has_value(); }, 10000);
    return out && out->ok() ? *out->value : QList<Organization> {};
}

QList<Member> members(DemoSandbox &s, const QString &orgId)
{
    std::optional<Stored<QList<Member>>> out;
    QObject receiver;
    s.context->repository().run<QList<Member>>([orgId](OrgRepository &r) { return r.members().list(orgId); }, &receiver,
                                               [&](Stored<QList<Member>> r) { out = r; });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return out.has_value(); }, 10000);
    return out && out->ok() ? *out->value : QList<Member> {};
}

QJsonObject databaseFingerprint(DemoSandbox &s)
{
    QJsonObject out;
    const QList<Organization> orgs = organizations(s);
    for (const Organization &o : orgs) {
        QJsonArray people;
        const QList<Member> list = members(s, o.id);
        for (const Member &m : list)
            people.append(
                QStringLiteral("%1 %2 %3 %4")
                    .arg(m.userId, m.email, m.maxBudget ? QString::number(*m.maxBudget) : QStringLiteral("-"), m.budgetDuration));
        out.insert(o.name,
                   QJsonObject {{QStringLiteral("owner"), o.ownerUserId},
                                {QStringLiteral("budget"), o.maxBudget ? QJsonValue(*o.maxBudget) : QJsonValue()},
                                {QStringLiteral("duration"), o.budgetDuration},
                                {QStringLiteral("status"), int(o.status)},
                                {QStringLiteral("blocked"), o.keyBlocked},
                                {QStringLiteral("members"), people}});
    }
    return out;
}

// The simulator's side, by team alias and user: budgets, spend, keys and the daily rows (days
// counted back from the simulator's today), without the random ids.
QJsonObject simulatorFingerprint(DemoSandbox &s)
{
    const Sandbox::SimState &state = s.sim->state();
    const QDate today = s.sim->now().date();
    QHash<QString, QString> aliasOf;
    QJsonObject out;
    for (const Sandbox::SimTeam &t : state.teams) {
        aliasOf.insert(t.teamId, t.alias.value_or(QString()));
        QJsonObject team {{QStringLiteral("budget"), Sandbox::optionalJson(t.maxBudget)},
                          {QStringLiteral("duration"), Sandbox::optionalJson(t.budgetDuration)},
                          {QStringLiteral("spend"), rounded(t.spend)}};
        QStringList people;
        for (const Sandbox::SimMembership &m : state.memberships.value(t.teamId))
            people.append(QStringLiteral("%1 %2 %3")
                              .arg(m.userId)
                              .arg(m.spend, 0, 'f', 4)
                              .arg(m.budget && m.budget->maxBudget ? *m.budget->maxBudget : -1));
        people.sort();
        team.insert(QStringLiteral("members"), QJsonArray::fromStringList(people));
        QStringList keys;
        for (const QString &token : state.keysByTeam.value(t.teamId)) {
            const Sandbox::SimKey &k = state.keys.value(token);
            keys.append(QStringLiteral("%1 %2 %3 %4")
                            .arg(k.userId.value_or(QString()))
                            .arg(k.spend, 0, 'f', 4)
                            .arg(k.blocked.value_or(false))
                            .arg(k.expires.isValid() ? today.daysTo(k.expires.date()) : -1));
        }
        keys.sort();
        team.insert(QStringLiteral("keys"), QJsonArray::fromStringList(keys));
        out.insert(t.alias.value_or(t.teamId), team);
    }
    QMap<QString, double> daily;
    for (const Sandbox::SimDailyRow &r : state.daily) {
        const QString user
            = state.keys.contains(r.apiKey) ? state.keys.value(r.apiKey).userId.value_or(QString()) : r.apiKey.left(0);
        daily[QStringLiteral("%1|%2|%3|%4")
                  .arg(aliasOf.value(r.teamId))
                  .arg(QDate::fromString(r.date, Qt::ISODate).daysTo(today))
                  .arg(r.model, user)]
            += r.spend;
    }
    QJsonObject days;
    for (auto it = daily.cbegin(); it != daily.cend(); ++it)
        days.insert(it.key(), rounded(it.value()));
    out.insert(QStringLiteral("(daily)"), days);
    return out;
}

const Sandbox::SimTeam *teamNamed(DemoSandbox &s, const QString &alias)
{
    for (const Sandbox::SimTeam &t : s.sim->state().teams) {
        if (t.alias == alias)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
    DemoSandbox m_a;
    DemoSandbox m_b;

private slots:
    void initTestCase()
    {
        QVERIFY(m_a.start());
        QVERIFY(m_b.start());
        const OperationError a = m_a.run(true);
        QVERIFY2(!a.isError(), qPrintable(a.message));
        const OperationError b = m_b.run(true);
        QVERIFY2(!b.isError(), qPrintable(b.message));
    }

    void twoLoadsGiveTheSameData()
    {
        const QJsonObject dbA = databaseFingerprint(m_a);
        QCOMPARE(dbA.size(), 25);
        QVERIFY(dbA.contains(QStringLiteral("Acme Robotics")));
        QCOMPARE(QJsonDocument(dbA).toJson(), QJsonDocument(databaseFingerprint(m_b)).toJson());
        const QJsonObject simA = simulatorFingerprint(m_a);
        QCOMPARE(simA.size(), 26); // 25 teams and the daily rows
        QCOMPARE(QJsonDocument(simA).toJson(), QJsonDocument(simulatorFingerprint(m_b)).toJson());
    }

    void hasMembersBudgetsOfEveryKindAndNinetyDaysOfSpend()
    {
        const QJsonObject db = databaseFingerprint(m_a);
        QSet<QString> durations;
        int members = 0, memberBudgetWithPeriod = 0, memberBudgetWithout = 0, noBudget = 0;
        for (const QJsonValue &v : db) {
            durations.insert(v[QStringLiteral("duration")].toString());
            noBudget += v[QStringLiteral("budget")].isNull() ? 1 : 0;
            for (const QJsonValue &m : v[QStringLiteral("members")].toArray()) {
                const QStringList parts = m.toString().split(QLatin1Char(' '));
                ++members;
                memberBudgetWithPeriod += parts.value(2) != QLatin1String("-") && !parts.value(3).isEmpty() ? 1 : 0;
                memberBudgetWithout += parts.value(2) != QLatin1String("-") && parts.value(3).isEmpty() ? 1 : 0;
            }
        }
        QCOMPARE(durations, (QSet<QString> {QStringLiteral("30d"), QStringLiteral("7d"), QStringLiteral("1d"), QString()}));
        QVERIFY(noBudget >= 2);
        QVERIFY2(members >= 50, qPrintable(QString::number(members))); // owners and members
        QVERIFY(memberBudgetWithPeriod >= 5);
        QVERIFY(memberBudgetWithout >= 5);
        // 90 days, several models.
        QSet<QString> models;
        QDate first = m_a.sim->now().date();
        for (const Sandbox::SimDailyRow &r : m_a.sim->state().daily) {
            models.insert(r.model);
            first = std::min(first, QDate::fromString(r.date, Qt::ISODate));
        }
        QCOMPARE(first.daysTo(m_a.sim->now().date()), kDemoHistoryDays - 1);
        QVERIFY(models.size() >= 3);
    }

    void hasEachPlantedCase()
    {
        int atRisk = 0, over = 0;
        for (const Sandbox::SimTeam &t : m_a.sim->state().teams) {
            const LevelReading r = evaluateLevel(t.spend, t.maxBudget, kDefaultLevels);
            atRisk += r.state == BudgetState::AtRisk ? 1 : 0;
            over += r.state == BudgetState::OverBudget ? 1 : 0;
        }
        QVERIFY2(atRisk >= 3, qPrintable(QString::number(atRisk)));
        QCOMPARE(over, 1);
        QCOMPARE(evaluateLevel(teamNamed(m_a, QStringLiteral("Wayne Logistics"))->spend, 800.0, kDefaultLevels).state,
                 BudgetState::OverBudget);
        // One blocked key, in the database as on the proxy; one key expiring within a week.
        int blocked = 0, expiring = 0;
        for (const Sandbox::SimKey &k : m_a.sim->state().keys) {
            blocked += k.blocked.value_or(false) ? 1 : 0;
            expiring += k.expires.isValid() && k.expires < m_a.sim->now().addDays(7) ? 1 : 0;
        }
        QCOMPARE(blocked, 1);
        QCOMPARE(expiring, 1);
        QVERIFY(databaseFingerprint(m_a)[QStringLiteral("Hooli Search")][QStringLiteral("blocked")].toBool());
        // Reconcile finds the planted drift and nothing else.
        std::optional<QList<Drift>> drift;
        m_a.context->operations().reconcile([&](QList<Drift> d, OperationError e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            drift = d;
        });
        QTRY_VERIFY_WITH_TIMEOUT(drift.has_value(), 20000);
        QStringList found;
        for (const Drift &d : std::as_const(*drift))
            found.append(QStringLiteral("%1 %2").arg(int(d.kind)).arg(d.name));
        found.sort();
        QStringList planted {QStringLiteral("%1 Cyberdyne Systems").arg(int(Drift::Kind::BudgetChanged)),
                             QStringLiteral("%1 Tyrell Genetics").arg(int(Drift::Kind::KeyMissing)),
                             QStringLiteral("%1 Aperture Labs / demo-aperture-%2")
                                 .arg(int(Drift::Kind::MemberBudgetChanged))
                                 .arg(demoOrganizations().at(14).members.first().userId.section(QLatin1Char('-'), 2))};
        planted.sort();
        QCOMPARE(found, planted);
    }

    void aSecondLoadIsRefused()
    {
        const OperationError e = m_a.run(true);
        QCOMPARE(e.kind, OperationError::Kind::Conflict);
        QCOMPARE(organizations(m_a).size(), 25);
    }

    void simulatedUsageIsTheSameForTheSameClockSteps()
    {
        QVERIFY(!m_a.usage(true).isError());
        QVERIFY(!m_b.usage(true).isError());
        const double globexBefore = teamNamed(m_a, QStringLiteral("Globex Analytics"))->spend;
        const double wayneBefore = teamNamed(m_a, QStringLiteral("Wayne Logistics"))->spend;
        for (DemoSandbox *s : {&m_a, &m_b}) {
            for (int step = 0; step < 6; ++step)
                s->sim->advanceClock(12 * 3600);
        }
        QVERIFY(!m_a.usage(false).isError());
        QVERIFY(!m_b.usage(false).isError());
        // Globex (92 %) ran over its budget and stopped there; Wayne (over budget) spent nothing;
        // Umbrella's daily budget reset and filled again.
        const Sandbox::SimTeam *globex = teamNamed(m_a, QStringLiteral("Globex Analytics"));
        QVERIFY2(globex->spend > globexBefore, qPrintable(QString::number(globex->spend)));
        QCOMPARE(evaluateLevel(globex->spend, globex->maxBudget, kDefaultLevels).state, BudgetState::OverBudget);
        QVERIFY(globex->spend < 1000.0 * 1.01);
        QCOMPARE(teamNamed(m_a, QStringLiteral("Wayne Logistics"))->spend, wayneBefore);
        QVERIFY(teamNamed(m_a, QStringLiteral("Umbrella Biotech"))->budgetResetAt > m_a.sim->now());
        QCOMPARE(QJsonDocument(simulatorFingerprint(m_a)).toJson(), QJsonDocument(simulatorFingerprint(m_b)).toJson());
    }

    void refusedWithARealProxy()
    {
        DemoSandbox real;
        QVERIFY(real.start(false));
        const OperationError e = real.run(true);
        QCOMPARE(e.kind, OperationError::Kind::BadInput);
        QVERIFY2(e.message.contains(QLatin1String("sandbox only")), qPrintable(e.message));
        QCOMPARE(real.run(false).kind, OperationError::Kind::BadInput);
        QCOMPARE(real.usage(true).kind, OperationError::Kind::BadInput);
        QVERIFY(real.sim->state().teams.isEmpty());
        QVERIFY(real.sim->state().daily.empty());
        QVERIFY(!real.sim->usage().enabled);
    }

    void cancelStopsAfterTheCurrentOrganization()
    {
        DemoSandbox s;
        QVERIFY(s.start());
        const OperationError e = s.run(true, [](DemoData &demo, const DemoData::Progress &p) {
            if (p.done == 0)
                demo.cancel(); // while the first one is being made
        });
        QCOMPARE(e.kind, OperationError::Kind::Cancelled);
        QCOMPARE(organizations(s).size(), 1);
        QVERIFY(!s.run(false).isError()); // and what was made can be removed
        QVERIFY(organizations(s).isEmpty());
    }

    // A proxy failing in the middle: a 500 stops the load with the proxy's error (the organization
    // being made compensated by its saga); a lost reply or a reset connection is retried by the
    // sagas and the load completes. Either way nothing is half-made and reset removes it all.
    void aFailingProxyStopsTheLoadCleanly_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("recovers");
        QTest::newRow("500 on a member's key") << QStringLiteral("path=/key/generate,status=500,nth=4,times=1") << false;
        QTest::newRow("500 on a team") << QStringLiteral("path=/team/new,status=500,nth=7,times=1") << false;
        QTest::newRow("lost team reply") << QStringLiteral("path=/team/new,mode=lost,nth=3,times=1") << true;
        QTest::newRow("connection reset") << QStringLiteral("path=/team/member_add,mode=reset,nth=3,times=1") << true;
    }
    void aFailingProxyStopsTheLoadCleanly()
    {
        QFETCH(QString, fault);
        QFETCH(bool, recovers);
        DemoSandbox s;
        QVERIFY(s.start());
        QString error;
        const auto f = Sandbox::SimFault::fromSpec(fault, &error);
        QVERIFY2(f, qPrintable(error));
        s.sim->faults().add(*f);
        const OperationError e = s.run(true);
        const QList<Organization> made = organizations(s);
        QCOMPARE(e.isError(), !recovers);
        QCOMPARE(made.size() == 25, recovers);
        if (!recovers)
            QCOMPARE(e.kind, OperationError::Kind::Proxy);
        for (const Organization &o : made)
            QCOMPARE(o.status, OrgStatus::Active); // nothing half-made
        s.sim->faults().clear();
        QVERIFY(!s.run(false).isError());
        QVERIFY(organizations(s).isEmpty());
        QVERIFY(s.sim->state().teams.isEmpty());
        QVERIFY(s.sim->state().keys.isEmpty());
    }

    void resetLeavesNothing()
    {
        // A trainee's own organization stays.
        QVERIFY(!m_a.usage(true).isError());
        const OperationError e = m_a.run(false);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(organizations(m_a).isEmpty());
        const Sandbox::SimState &state = m_a.sim->state();
        QVERIFY(state.teams.isEmpty());
        QVERIFY(state.keys.isEmpty());
        QVERIFY(state.memberships.isEmpty());
        QVERIFY(state.daily.empty());
        QVERIFY(state.users.isEmpty());
        QVERIFY(!m_a.sim->usage().enabled);
        // And it loads again as the first time.
        QVERIFY(!m_a.run(true).isError());
        QCOMPARE(organizations(m_a).size(), 25);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "test_demo_data.moc"
