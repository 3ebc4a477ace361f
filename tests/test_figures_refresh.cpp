// A refresh that finds many organizations' figures changed (spend moves on every busy proxy between
// two refreshes) stores each one's spend, budget and reset and one spend snapshot, announces each
// change once to the other desktops (PostgreSQL), in statements of many organizations: across
// their boundaries (1,203 organizations: two whole statements and a part), on both engines. A
// statement that fails fails the refresh with the database's error and leaves every figure as it
// was; nothing changed, nothing is written or announced.
#include "services/storage/ChangeAnnounce.h"
#include "tests/support/MemberFixture.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using namespace OrgConsole::Test;

class TestFiguresRefresh : public MemberFixture
{
    Q_OBJECT

    static constexpr int kTeams = 2 * OrgRepository::kFiguresPerStatement + 203;
    QHash<QString, QString> m_teamOf; // organization id -> team id, every organization
    QStringList m_heard; // the announcements heard on another connection (PostgreSQL)

    bool postgres() const { return m_location.engine == DatabaseLocation::Engine::Postgres; }

    // Runs SQL on the repository's connection.
    bool exec(const QStringList &statements)
    {
        return repo<bool>([statements](OrgRepository &r) {
            QSqlQuery q(r.database());
            for (const QString &sql : statements) {
                if (!q.exec(sql))
                    return Stored<bool>::failure(StorageError::Kind::Database, q.lastError().text());
            }
            return Stored<bool>::success(true);
        });
    }

    // One active organization for each other team, as another console would have created it.
    void addOrganizations()
    {
        const QList<QString> teams = m_sim->state().teams.keys();
        const bool added = repo<bool>([this, teams](OrgRepository &r) {
            QSqlDatabase db = r.database();
            db.transaction();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO organizations (id, name, normalized_name, status, owner_user_id, team_id, "
                                     "spend, created_at, updated_at) VALUES (?, ?, ?, 'active', 'kc-other', ?, 0, ?, ?)"));
            const QString then = toDbTime(QDateTime::currentDateTimeUtc().addDays(-1));
            for (const QString &team : teams) {
                if (team == m_org.teamIdOnProxy())
                    continue;
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                for (const QVariant &v : {QVariant(id), QVariant(QStringLiteral("Org ") + id),
                                          QVariant(QStringLiteral("org ") + id), QVariant(team), QVariant(then), QVariant(then)})
                    q.addBindValue(v);
                if (!q.exec())
                    return Stored<bool>::failure(StorageError::Kind::Database, q.lastError().text());
                m_teamOf.insert(id, team);
            }
            return db.commit() ? Stored<bool>::success(true) : Stored<bool>::failure(StorageError::Kind::Database, {});
        });
        QVERIFY(added);
        m_teamOf.insert(m_org.id, m_org.teamIdOnProxy());
        QCOMPARE(m_teamOf.size(), kTeams);
    }

    // Every team's figures made different from each other's and from what is stored.
    void changeEveryTeam(double base)
    {
        int i = 0;
        for (SimTeam &t : m_sim->state().teams) {
            t.spend = base + i * 0.25;
            t.maxBudget = i % 7 == 0 ? std::nullopt : std::optional<double>(1000.0 + i);
            t.budgetResetAt = QDateTime::currentDateTimeUtc().addDays(1 + i % 30);
            ++i;
        }
    }

    RefreshSummary refresh()
    {
        std::optional<RefreshSummary> s;
        m_ops->refreshAll([&](RefreshSummary r) { s = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), 60000); }();
        return s.value_or(RefreshSummary {});
    }

    // Each organization's stored figures are its team's; `snapshots` snapshots each, the last one
    // of the figures stored (looked at for every 50th organization, so in every statement).
    void verifyStored(int snapshots)
    {
        const auto all = repo<QList<Organization>>([](OrgRepository &r) { return r.listAll(); });
        QCOMPARE(all.size(), kTeams);
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Organization &o = all.at(i);
            const SimTeam &t = m_sim->state().teams[m_teamOf.value(o.id)];
            QCOMPARE(o.spend, t.spend);
            QCOMPARE(o.maxBudget, t.maxBudget);
            QCOMPARE(o.budgetResetAt.toSecsSinceEpoch(), t.budgetResetAt.toSecsSinceEpoch());
            if (i % 50 != 0)
                continue;
            const auto taken = repo<QList<SpendSnapshot>>([id = o.id](OrgRepository &r) { return r.snapshots(id); });
            QCOMPARE(taken.size(), snapshots);
            QCOMPARE(taken.last().spend, t.spend);
            QCOMPARE(taken.last().maxBudget, t.maxBudget);
            QVERIFY(qAbs(taken.last().at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        }
        const qint64 stored = repo<qint64>([snapshots](OrgRepository &r) {
            QSqlQuery q(r.database());
            if (!q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT organization_id) FROM spend_snapshots")) || !q.next())
                return Stored<qint64>::failure(StorageError::Kind::Database, q.lastError().text());
            return Stored<qint64>::success(
                q.value(0).toLongLong() == q.value(1).toLongLong() * snapshots ? q.value(1).toLongLong() : -1);
        });
        QCOMPARE(stored, qint64(kTeams));
    }

    void listen()
    {
        if (!postgres())
            return;
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("listener"), false);
        if (!db.isValid()) {
            QVERIFY2(openDatabase(m_location, QStringLiteral("listener")).isEmpty(), "the listener's connection");
            db = QSqlDatabase::database(QStringLiteral("listener"));
            connect(db.driver(), &QSqlDriver::notification, this,
                    [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                        m_heard.append(payload.toString());
                    });
            QVERIFY(db.driver()->subscribeToNotification(QString::fromLatin1(kChangeChannel)));
        }
        m_heard.clear();
    }
    // Each organization announced once, with the version it has (PostgreSQL); or none.
    void verifyHeard(bool each)
    {
        if (!postgres())
            return;
        if (!each) {
            QTest::qWait(300);
            QCOMPARE(m_heard.size(), 0);
            return;
        }
        // Besides: an audit entry for each budget changed outside the console.
        const auto figuresHeard = [this] {
            QStringList ids;
            for (const QString &payload : std::as_const(m_heard)) {
                const std::optional<OrgChange> change = parseChangePayload(payload);
                if (change && change->kind == OrgChange::Kind::Figures)
                    ids.append(change->organizationId);
            }
            return ids;
        };
        QTRY_COMPARE_WITH_TIMEOUT(figuresHeard().size(), kTeams, 10000);
        const QStringList ids = figuresHeard();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), QSet<QString>(m_teamOf.keyBegin(), m_teamOf.keyEnd()));
    }

private slots:
    void init()
    {
        setUp();
        m_teamOf.clear();
        m_sim->seed(kTeams - 1, 1, QStringLiteral("Other Team"));
        addOrganizations();
    }
    void cleanup()
    {
        if (QSqlDatabase::contains(QStringLiteral("listener"))) {
            QSqlDatabase::database(QStringLiteral("listener"), false).close();
            QSqlDatabase::removeDatabase(QStringLiteral("listener"));
        }
        tearDown();
    }

    void everyChangedFigureIsStoredAndAnnouncedOnce()
    {
        changeEveryTeam(10.0);
        listen();
        RefreshSummary s = refresh();
        QVERIFY2(!s.error.isError(), qPrintable(s.error.message));
        QCOMPARE(s.organizationsUpdated, kTeams);
        verifyStored(1);
        verifyHeard(true);

        // Nothing changed on the proxy: nothing written, no snapshot, nothing announced.
        listen();
        s = refresh();
        QVERIFY2(!s.error.isError(), qPrintable(s.error.message));
        verifyStored(1);
        verifyHeard(false);

        // All changed again, the last statement's organizations too.
        changeEveryTeam(2000.0);
        listen();
        QVERIFY(!refresh().error.isError());
        verifyStored(2);
        verifyHeard(true);
    }

    // The database refuses one organization's snapshot (a trigger; the last organization the
    // refresh reads, so in its last statement, after every figure was written): the refresh fails
    // with the database's words and no figure of any organization changed.
    void aStatementThatFailsStoresNothing()
    {
        const QString refused = repo<QList<Organization>>([](OrgRepository &r) { return r.listAll(); }).last().id;
        const QString message = QStringLiteral("refused by the test");
        const QStringList trigger = postgres()
            ? QStringList {QStringLiteral(
                               "CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN IF NEW.organization_id = '%1' "
                               "THEN RAISE EXCEPTION '%2'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")
                               .arg(refused, message),
                           QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON spend_snapshots FOR EACH ROW EXECUTE "
                                          "FUNCTION refuse_one()")}
            : QStringList {QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON spend_snapshots WHEN "
                                          "NEW.organization_id = '%1' BEGIN SELECT RAISE(ABORT, '%2'); END")
                               .arg(refused, message)};
        QVERIFY(exec(trigger));
        changeEveryTeam(10.0);
        listen();
        const RefreshSummary s = refresh();
        QCOMPARE(s.error.kind, OperationError::Kind::Database);
        QVERIFY2(s.error.message.contains(message), qPrintable(s.error.message));
        const auto all = repo<QList<Organization>>([](OrgRepository &r) { return r.listAll(); });
        for (const Organization &o : all)
            QCOMPARE(o.spend, 0.0);
        verifyHeard(false);

        QVERIFY(
            exec({QStringLiteral("DROP TRIGGER refuse_one") + (postgres() ? QStringLiteral(" ON spend_snapshots") : QString())}));
        listen();
        QVERIFY(!refresh().error.isError());
        verifyStored(1);
        verifyHeard(true);
    }
};

QTEST_MAIN(TestFiguresRefresh)
#include "test_figures_refresh.moc"
