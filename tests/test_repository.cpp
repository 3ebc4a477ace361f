// The organization repository, run unchanged on SQLite and on a real PostgreSQL server
// (ORGCONSOLE_TEST_ENGINE selects the engine; CTest runs both).
#include "models/Validation.h"
#include "services/storage/Migrations.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <latch>

using namespace OrgConsole;
using OrgConsole::Test::TestDatabase;

class TestRepository : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_testDb;
    DatabaseLocation m_location;
    QString m_connection;
    std::unique_ptr<OrgRepository> m_repo;
    int m_counter = 0;

    QSqlDatabase open(const QString &connection)
    {
        const QString error = openDatabase(m_location, connection);
        [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
        return QSqlDatabase::database(connection);
    }
    NewOrganization input(const QString &name)
    {
        NewOrganization n;
        n.name = name;
        n.ownerUserId = QStringLiteral("kc-123");
        n.contactEmail = QStringLiteral("ops@example.com");
        n.maxBudget = 500.0;
        n.budgetDuration = QStringLiteral("30d");
        n.models = {QStringLiteral("gpt-4o"), QStringLiteral("claude")};
        return n;
    }

private slots:
    void init()
    {
        const QString name = QStringLiteral("repo_%1_%2").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++m_counter);
        const QString error = m_testDb.create(name, &m_location);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_connection = QStringLiteral("main-") + name;
        QSqlDatabase db = open(m_connection);
        const QString mig = migrate(db);
        QVERIFY2(mig.isEmpty(), qPrintable(mig));
        m_repo = std::make_unique<OrgRepository>(db);
    }
    void cleanup()
    {
        m_repo.reset();
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void engineSettings()
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        QSqlQuery q(db);
        if (TestDatabase::engine() == QLatin1String("sqlite")) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
            QVERIFY(q.value(0).toInt() >= 5000);
        } else {
            QCOMPARE(db.driverName(), QStringLiteral("QPSQL"));
            QVERIFY(q.exec(QStringLiteral("SELECT version()")) && q.next());
            QVERIFY2(q.value(0).toString().contains(QLatin1String("PostgreSQL 15")), qPrintable(q.value(0).toString()));
        }
        QString error;
        QCOMPARE(currentSchemaVersion(db, &error), kSchemaVersion);
    }

    void reserveActivateFind()
    {
        const auto r = m_repo->reserve(input(QStringLiteral("  Acme   Corp ")), QStringLiteral("ana"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->name, QStringLiteral("Acme   Corp"));
        QCOMPARE(r.value->status, OrgStatus::Provisioning);
        QCOMPARE(QUuid::fromString(r.value->id).version(), QUuid::Random);
        QCOMPARE(r.value->keyAlias, keyAliasForOrg(r.value->id));

        ProvisionedSettings s;
        s.teamId = r.value->id;
        s.keyAlias = r.value->keyAlias;
        s.keyHash = QString(64, QLatin1Char('a'));
        s.keyName = QStringLiteral("sk-...abcd");
        s.maxBudget = 500.0;
        s.budgetDuration = QStringLiteral("30d");
        s.budgetResetAt = QDateTime::currentDateTimeUtc().addDays(30);
        const auto a = m_repo->activate(r.value->id, s);
        QVERIFY2(a.ok(), qPrintable(a.error.message));
        QCOMPARE(a.value->status, OrgStatus::Active);
        QCOMPARE(a.value->keyHash, s.keyHash);
        QCOMPARE(a.value->keyName, s.keyName);
        QCOMPARE(a.value->teamId, r.value->id);
        QVERIFY(a.value->provisionedAt.isValid());
        QCOMPARE(a.value->models, (QStringList {QStringLiteral("gpt-4o"), QStringLiteral("claude")}));
        QCOMPARE(a.value->budgetResetAt.toSecsSinceEpoch(), s.budgetResetAt.toSecsSinceEpoch());
        QVERIFY(a.value->rowVersion > r.value->rowVersion);

        const auto byName = m_repo->findByName(QStringLiteral("ACME CORP"));
        QVERIFY(byName.ok());
        QCOMPARE(byName.value->id, r.value->id);
        QCOMPARE(m_repo->findById(QStringLiteral("nope")).error.kind, StorageError::Kind::NotFound);
        QCOMPARE(m_repo->count().value.value_or(-1), 1);
    }

    void namesCollide_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("case") << "Acme Corp"
                              << "ACME CORP";
        QTest::newRow("surrounding space") << "Acme Corp"
                                           << "   Acme Corp\t";
        QTest::newRow("inner space") << "Acme Corp"
                                     << "Acme     Corp";
        QTest::newRow("unicode case") << QString::fromUtf8("Ärzte Ω") << QString::fromUtf8("ärzte ω");
    }
    void namesCollide()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QVERIFY(m_repo->reserve(input(first), QStringLiteral("ana")).ok());
        const auto dup = m_repo->reserve(input(second), QStringLiteral("ana"));
        QCOMPARE(dup.error.kind, StorageError::Kind::NameTaken);
        QVERIFY(dup.error.message.contains(QLatin1String("already taken")));
        QCOMPARE(m_repo->count().value.value_or(-1), 1);
    }

    void hostileAndUnicodeNamesStoredExactly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("sql injection") << "Robert'); DROP TABLE organizations;--";
        QTest::newRow("quotes and backslash") << R"(O'Brien "Ltd" \ 100%_done)";
        QTest::newRow("emoji") << QString::fromUtf8("Rocket 🚀 GmbH");
        QTest::newRow("cjk") << QString::fromUtf8("株式会社テスト");
        QTest::newRow("rtl") << QString::fromUtf8("شركة الاختبار");
        QTest::newRow("combining") << QString::fromUtf8("Cafe\u0301 Noir");
    }
    void hostileAndUnicodeNamesStoredExactly()
    {
        QFETCH(QString, name);
        const auto r = m_repo->reserve(input(name), QStringLiteral("ana"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const auto found = m_repo->findByName(name);
        QVERIFY(found.ok());
        QCOMPARE(found.value->name, name);
        const auto byPrefix = m_repo->searchByNamePrefix(name.left(4), 10);
        QVERIFY(byPrefix.ok());
        QCOMPARE(byPrefix.value->size(), 1);
        QCOMPARE(byPrefix.value->first().name, name);
        QVERIFY(QSqlDatabase::database(m_connection).tables().contains(QStringLiteral("organizations")));
    }

    void prefixSearchEscapesWildcards()
    {
        m_repo->reserve(input(QStringLiteral("100% Cotton")), QStringLiteral("ana"));
        m_repo->reserve(input(QStringLiteral("100x Faster")), QStringLiteral("ana"));
        m_repo->reserve(input(QStringLiteral("a_b")), QStringLiteral("ana"));
        m_repo->reserve(input(QStringLiteral("axb")), QStringLiteral("ana"));
        QCOMPARE(m_repo->searchByNamePrefix(QStringLiteral("100%"), 10).value->size(), 1);
        QCOMPARE(m_repo->searchByNamePrefix(QStringLiteral("a_"), 10).value->size(), 1);
        QCOMPARE(m_repo->searchByNamePrefix(QStringLiteral("1"), 10).value->size(), 2);
    }

    void twoDesktopsReserveTheSameName()
    {
        // Two connections (two desktops) insert the same normalized name at the same moment:
        // the unique index lets exactly one win, on both engines.
        for (int round = 0; round < 8; ++round) {
            const QString name = QStringLiteral("Race Corp %1").arg(round);
            std::latch start(2);
            QList<StorageError::Kind> outcomes(2, StorageError::Kind::Database);
            QList<QString> messages(2);
            auto desktop = [&](int i) {
                const QString connection = QStringLiteral("desktop-%1-%2").arg(i).arg(round);
                {
                    const QString error = openDatabase(m_location, connection);
                    if (!error.isEmpty()) {
                        messages[i] = error;
                        start.count_down();
                        return;
                    }
                    OrgRepository repo(QSqlDatabase::database(connection));
                    NewOrganization n = input(i == 0 ? name : name.toUpper() + QStringLiteral("  "));
                    start.arrive_and_wait();
                    const auto r = repo.reserve(n, QStringLiteral("desktop-%1").arg(i));
                    outcomes[i] = r.error.kind;
                    messages[i] = r.error.message;
                }
                QSqlDatabase::removeDatabase(connection);
            };
            std::unique_ptr<QThread> a(QThread::create(desktop, 0));
            std::unique_ptr<QThread> b(QThread::create(desktop, 1));
            a->start();
            b->start();
            QVERIFY(a->wait(30000));
            QVERIFY(b->wait(30000));
            const int wins = int(outcomes.count(StorageError::Kind::None));
            const int taken = int(outcomes.count(StorageError::Kind::NameTaken));
            QVERIFY2(wins == 1 && taken == 1, qPrintable(messages.join(QStringLiteral(" | "))));
            QVERIFY(m_repo->findByName(name).ok());
        }
        QCOMPARE(m_repo->count().value.value_or(-1), 8);
    }

    // What a list makes room for: the exact count before PostgreSQL's statistics know the table,
    // its statistics' count after (ANALYZE of a small table reads every row), and on SQLite the count.
    void roughCountBeforeAndAfterStatistics()
    {
        QCOMPARE(m_repo->roughCount().value.value_or(-1), 0);
        for (int i = 0; i < 7; ++i)
            QVERIFY(m_repo->reserve(input(QStringLiteral("Rough %1").arg(i)), QStringLiteral("ana")).ok());
        QCOMPARE(m_repo->roughCount().value.value_or(-1), 7);
        QSqlQuery q(QSqlDatabase::database(m_connection));
        QVERIFY(q.exec(QStringLiteral("ANALYZE organizations")));
        QVERIFY(m_repo->reserve(input(QStringLiteral("Rough after")), QStringLiteral("ana")).ok());
        if (TestDatabase::engine() == QLatin1String("sqlite"))
            QCOMPARE(m_repo->roughCount().value.value_or(-1), 8);
        else
            QCOMPARE(m_repo->roughCount().value.value_or(-1), 7); // the statistics', not the table's
        QCOMPARE(m_repo->count().value.value_or(-1), 8);
    }

    // What the console reads for a batch of announced organizations: those that exist, each whole
    // as findById reads it, in one statement for a whole batch (LiveRefresher::kReadBatch ids).
    void findByIdsReadsTheOnesThatExist()
    {
        QVERIFY(m_repo->findByIds({}).value.value_or(QList<Organization> {Organization {}}).isEmpty());
        QStringList ids;
        for (int i = 0; i < 12; ++i) {
            const auto r = m_repo->reserve(input(QStringLiteral("Batch Ünï %1").arg(i)), QStringLiteral("ana"));
            QVERIFY(r.ok());
            ids.append(r.value->id);
        }
        QVERIFY(m_repo->remove(ids.at(3)).ok());
        QStringList asked = ids;
        for (int i = 0; i < 488; ++i)
            asked.append(QStringLiteral("no-such-%1").arg(i));
        const auto found = m_repo->findByIds(asked);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QCOMPARE(found.value->size(), 11);
        for (const Organization &o : *found.value) {
            QVERIFY(ids.contains(o.id) && o.id != ids.at(3));
            const auto one = m_repo->findById(o.id);
            QCOMPARE(o.name, one.value->name);
            QCOMPARE(o.rowVersion, one.value->rowVersion);
            QCOMPARE(o.ownerUserId, one.value->ownerUserId);
        }
    }

    void optimisticLocking()
    {
        const auto r = m_repo->reserve(input(QStringLiteral("Lock Co")), QStringLiteral("ana"));
        const qint64 v = r.value->rowVersion;
        const auto first = m_repo->updateBudget(r.value->id, v, 900.0, QStringLiteral("1mo"), {});
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(first.value->maxBudget.value_or(-1), 900.0);
        const auto stale = m_repo->updateBudget(r.value->id, v, 10.0, QStringLiteral("1d"), {});
        QCOMPARE(stale.error.kind, StorageError::Kind::Stale);
        QVERIFY(stale.error.message.contains(QLatin1String("changed by someone else")));
        QCOMPARE(m_repo->findById(r.value->id).value->maxBudget.value_or(-1), 900.0);
        const auto unlimited = m_repo->updateBudget(r.value->id, first.value->rowVersion, std::nullopt, QString(), {});
        QVERIFY(unlimited.ok());
        QVERIFY(!unlimited.value->maxBudget);
        // Recovery claims a row only once.
        const qint64 cv = unlimited.value->rowVersion;
        QCOMPARE(m_repo->claim(r.value->id, cv).value.value_or(false), true);
        QCOMPARE(m_repo->claim(r.value->id, cv).value.value_or(true), false);
        // A running operation's heartbeat defeats a claim made from an older read.
        const auto before = m_repo->findById(r.value->id);
        QVERIFY(m_repo->touch(r.value->id).value.value_or(false));
        const auto after = m_repo->findById(r.value->id);
        QVERIFY(after.value->rowVersion > before.value->rowVersion);
        QVERIFY(after.value->updatedAt >= before.value->updatedAt);
        QCOMPARE(m_repo->claim(r.value->id, before.value->rowVersion).value.value_or(true), false);
    }

    // A delete claims the row by its version, once; a rotated key is saved only while the
    // organization is active, so a rotation cannot revive a row that is being deleted.
    void deleteClaimAndActiveKeyReplacement()
    {
        const auto r = m_repo->reserve(input(QStringLiteral("Claimed Co")), QStringLiteral("ana"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        ProvisionedSettings s;
        s.teamId = r.value->id;
        s.keyAlias = r.value->keyAlias;
        s.keyHash = QString(64, QLatin1Char('a'));
        s.keyName = QStringLiteral("sk-...aaaa");
        const auto active = m_repo->activate(r.value->id, s);
        QVERIFY(active.ok());
        const auto replaced = m_repo->replaceActiveKey(r.value->id, QString(64, QLatin1Char('b')), QStringLiteral("sk-...bbbb"));
        QVERIFY2(replaced.ok(), qPrintable(replaced.error.message));
        QCOMPARE(replaced.value->keyName, QStringLiteral("sk-...bbbb"));
        QCOMPARE(m_repo->claimForDeletion(r.value->id, active.value->rowVersion).value.value_or(true), false); // stale read
        const qint64 v = replaced.value->rowVersion;
        QCOMPARE(m_repo->claimForDeletion(r.value->id, v).value.value_or(false), true);
        QCOMPARE(m_repo->claimForDeletion(r.value->id, v + 1).value.value_or(true), false); // already deleting
        QCOMPARE(m_repo->findById(r.value->id).value->status, OrgStatus::Deleting);
        const auto late = m_repo->replaceActiveKey(r.value->id, QString(64, QLatin1Char('c')), QStringLiteral("sk-...cccc"));
        QCOMPARE(late.error.kind, StorageError::Kind::Stale);
        QCOMPARE(m_repo->findById(r.value->id).value->keyName, QStringLiteral("sk-...bbbb"));
        QVERIFY(m_repo->databaseId().ok());
        QCOMPARE(m_repo->findById(r.value->id).value->databaseId, *m_repo->databaseId().value);
    }

    void failRemoveAndStaleRows()
    {
        const auto a = m_repo->reserve(input(QStringLiteral("Stale A")), QStringLiteral("ana"));
        const auto b = m_repo->reserve(input(QStringLiteral("Stale B")), QStringLiteral("ana"));
        QVERIFY(m_repo->markFailed(b.value->id, QStringLiteral("team: boom; cleanup: also boom")).value.value_or(false));
        QCOMPARE(m_repo->findById(b.value->id).value->lastError, QStringLiteral("team: boom; cleanup: also boom"));
        const auto stale = m_repo->staleUnfinished(QDateTime::currentDateTimeUtc().addSecs(5));
        QCOMPARE(stale.value->size(), 2);
        QCOMPARE(m_repo->staleUnfinished(QDateTime::currentDateTimeUtc().addSecs(-60)).value->size(), 0);
        QVERIFY(m_repo->remove(a.value->id).value.value_or(false));
        QVERIFY(!m_repo->remove(a.value->id).value.value_or(true));
        QCOMPARE(m_repo->count().value.value_or(-1), 1);
    }

    void auditIsAppendOnly()
    {
        const auto r = m_repo->reserve(input(QStringLiteral("Audit Co")), QStringLiteral("ana"));
        AuditEntry e;
        e.operatorName = QStringLiteral("ana");
        e.action = QStringLiteral("create");
        e.organizationId = r.value->id;
        e.organizationName = r.value->name;
        e.details = QJsonObject {{QStringLiteral("max_budget"), 500}};
        e.outcome = AuditOutcome::Ok;
        QVERIFY(m_repo->appendAudit(e).ok());
        e.action = QStringLiteral("set-budget");
        QVERIFY(m_repo->appendAudit(e).ok());
        const auto entries = m_repo->audit(r.value->id);
        QCOMPARE(entries.value->size(), 2);
        QCOMPARE(entries.value->first().action, QStringLiteral("set-budget")); // newest first
        QCOMPARE(entries.value->last().details.value(QStringLiteral("max_budget")).toInt(), 500);
        QSqlQuery q(QSqlDatabase::database(m_connection));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET outcome = 'forged'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        // Deleting the organization keeps its audit trail.
        QVERIFY(m_repo->remove(r.value->id).ok());
        QCOMPARE(m_repo->audit(r.value->id).value->size(), 2);
        QCOMPARE(m_repo->auditAll().value->size(), 2);
    }

    void spendSnapshots()
    {
        const auto r = m_repo->reserve(input(QStringLiteral("Spend Co")), QStringLiteral("ana"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-2);
        QVERIFY(m_repo->updateFigures({{r.value->id, 1.5, 500.0, {}}}, t0).ok());
        QVERIFY(m_repo->updateFigures({{r.value->id, 3.0, std::nullopt, {}}}, t0.addDays(1)).ok());
        const auto s = m_repo->snapshots(r.value->id);
        QCOMPARE(s.value->size(), 2);
        QCOMPARE(s.value->at(0).spend, 1.5);
        QCOMPARE(s.value->at(0).at.toSecsSinceEpoch(), t0.toSecsSinceEpoch());
        QVERIFY(!s.value->at(1).maxBudget);
        QCOMPARE(m_repo->findById(r.value->id).value->spend, 3.0);
        QVERIFY(!m_repo->findById(r.value->id).value->maxBudget);
        QVERIFY(m_repo->remove(r.value->id).ok()); // snapshots go with the organization (FK cascade)
        QCOMPARE(m_repo->snapshots(r.value->id).value->size(), 0);
    }

    // Every unfinished row names its owner: reserve (create), claimForDeletion (delete) and claim
    // (recovery) write it with a fresh heartbeat; the heartbeat renews; a finished status releases it.
    void ownerAndHeartbeat()
    {
        const OperationOwner creator {QStringLiteral("desk-a"), 4242, 777};
        const auto r = m_repo->reserve(input(QStringLiteral("Owned Co")), QStringLiteral("ana"), creator);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        auto row = m_repo->findById(r.value->id);
        QCOMPARE(row.value->owner.host, creator.host);
        QCOMPARE(row.value->owner.pid, creator.pid);
        QCOMPARE(row.value->owner.started, creator.started);
        QVERIFY(row.value->heartbeatAt.isValid());
        QVERIFY(qAbs(row.value->heartbeatAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // The heartbeat moves forward.
        const QDateTime first = row.value->heartbeatAt;
        QTest::qWait(20);
        QVERIFY(m_repo->touch(r.value->id).value.value_or(false));
        row = m_repo->findById(r.value->id);
        QVERIFY2(row.value->heartbeatAt > first, qPrintable(toDbTime(row.value->heartbeatAt)));
        // Recovery's claim makes the recovering process the owner.
        const OperationOwner recoverer {QStringLiteral("desk-b"), 99, 5};
        QVERIFY(m_repo->claim(r.value->id, row.value->rowVersion, recoverer).value.value_or(false));
        row = m_repo->findById(r.value->id);
        QCOMPARE(row.value->owner.host, recoverer.host);
        QCOMPARE(row.value->owner.pid, recoverer.pid);
        QCOMPARE(row.value->owner.started, recoverer.started);
        // A failed operation has ended: the row is released (no owner, no heartbeat).
        QVERIFY(m_repo->markFailed(r.value->id, QStringLiteral("boom")).value.value_or(false));
        row = m_repo->findById(r.value->id);
        QVERIFY(row.value->owner.isEmpty());
        QCOMPARE(row.value->owner.pid, 0);
        QVERIFY(!row.value->heartbeatAt.isValid());
        // A delete claims it for its own process.
        const OperationOwner deleter {QStringLiteral("desk-c"), 7, 8};
        QVERIFY(m_repo->claimForDeletion(r.value->id, row.value->rowVersion, deleter).value.value_or(false));
        row = m_repo->findById(r.value->id);
        QCOMPARE(row.value->status, OrgStatus::Deleting);
        QCOMPARE(row.value->owner.host, deleter.host);
        QCOMPARE(row.value->owner.pid, deleter.pid);
        QCOMPARE(row.value->owner.started, deleter.started);
        QVERIFY(row.value->heartbeatAt.isValid());
        QCOMPARE(m_repo->unfinished().value->size(), 1);
    }

    // Schema 3 to 4 keeps the rows; an unfinished one gets its last change as heartbeat (so it is
    // judged by the lease), a failed one none (nobody works on it).
    void migrationFromVersion3KeepsData()
    {
        DatabaseLocation loc;
        QString error = m_testDb.create(QStringLiteral("repo_migration3_%1").arg(++m_counter), &loc);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::swap(loc, m_location);
        {
            QSqlDatabase db = open(QStringLiteral("migration3"));
            std::swap(loc, m_location);
            QCOMPARE(migrate(db, 3), QString());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO organizations (id, name, normalized_name, status, owner_user_id, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, 'kc-1', ?, ?)"));
            const QString at = QStringLiteral("2026-01-01T00:00:00.000Z");
            for (const QString &status : {QStringLiteral("provisioning"), QStringLiteral("failed")}) {
                for (const QVariant &v :
                     {QVariant(QStringLiteral("33333333-3333-4333-8333-33333333333%1").arg(status.size() % 10)),
                      QVariant(status + QStringLiteral(" Co")), QVariant(status + QStringLiteral(" co")), QVariant(status),
                      QVariant(at), QVariant(at)})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QCOMPARE(migrate(db), QString());
            QCOMPARE(currentSchemaVersion(db, &error), kSchemaVersion);
            OrgRepository repo(db);
            const auto unfinished = repo.findByName(QStringLiteral("provisioning co"));
            QVERIFY2(unfinished.ok(), qPrintable(unfinished.error.message));
            QVERIFY(unfinished.value->owner.isEmpty());
            QCOMPARE(toDbTime(unfinished.value->heartbeatAt), at);
            const auto failed = repo.findByName(QStringLiteral("failed co"));
            QVERIFY(failed.ok());
            QVERIFY(!failed.value->heartbeatAt.isValid());
            QCOMPARE(repo.unfinished().value->size(), 2);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("migration3"));
    }

    void migrationFromVersion1KeepsData()
    {
        DatabaseLocation loc;
        QString error = m_testDb.create(QStringLiteral("repo_migration_%1").arg(++m_counter), &loc);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::swap(loc, m_location);
        {
            QSqlDatabase db = open(QStringLiteral("migration"));
            std::swap(loc, m_location);
            QCOMPARE(migrate(db, 1), QString());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO organizations (id, name, normalized_name, status, owner_user_id, created_at, "
                                     "updated_at, max_budget) "
                                     "VALUES (?, ?, ?, 'active', ?, ?, ?, ?)"));
            for (const QVariant &v : {QVariant(QStringLiteral("11111111-1111-4111-8111-111111111111")),
                                      QVariant(QStringLiteral("Old Co")), QVariant(QStringLiteral("old co")),
                                      QVariant(QStringLiteral("kc-1")), QVariant(QStringLiteral("2026-01-01T00:00:00.000Z")),
                                      QVariant(QStringLiteral("2026-01-01T00:00:00.000Z")), QVariant(42.0)})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(currentSchemaVersion(db, &error), 1);
            QCOMPARE(migrate(db), QString());
            QCOMPARE(currentSchemaVersion(db, &error), kSchemaVersion);
            OrgRepository repo(db);
            const auto old = repo.findByName(QStringLiteral("old co"));
            QVERIFY2(old.ok(), qPrintable(old.error.message));
            QCOMPARE(old.value->maxBudget.value_or(-1), 42.0);
            QCOMPARE(old.value->spend, 0.0);
            QVERIFY(repo.updateFigures({{old.value->id, 1.0, 42.0, {}}}, QDateTime::currentDateTimeUtc()).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("migration"));
    }

    void newerSchemaIsRefusedUnchanged()
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")));
        const QStringList tablesBefore = db.tables();
        const QString error = migrate(db);
        QVERIFY(error.contains(QLatin1String("schema version 99")));
        QVERIFY(error.contains(QLatin1String("not changed")));
        QCOMPARE(db.tables(), tablesBefore);
        QString e;
        QCOMPARE(currentSchemaVersion(db, &e), 99);
    }

    void workerRunsOffTheCallingThread()
    {
        RepositoryWorker worker(m_location);
        std::optional<QString> opened;
        worker.open(this, [&](QString error) { opened = error; });
        QTRY_VERIFY(opened.has_value());
        QCOMPARE(*opened, QString());
        QThread *callerThread = QThread::currentThread();
        QThread *workThread = nullptr;
        std::optional<Stored<Organization>> result;
        worker.run<Organization>(
            [&](OrgRepository &repo) {
                workThread = QThread::currentThread();
                return repo.reserve(input(QStringLiteral("Async Co")), QStringLiteral("ana"));
            },
            this,
            [&](Stored<Organization> r) {
                QCOMPARE(QThread::currentThread(), callerThread);
                result = r;
            });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QVERIFY(workThread && workThread != callerThread);
        QVERIFY(m_repo->findByName(QStringLiteral("async co")).ok());
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "test_repository.moc"
