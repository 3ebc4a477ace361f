// Changes of an active organization own its row while they run (issue 21), on the engine the run
// asks for: a key rotation left by a crashed desktop is freed by recovery (and only once its
// owner is dead), a claim the database refuses changes nothing on the proxy, a release the
// database refuses leaves the row claimed until recovery frees it, and a change that meets
// another one gets a conflict that says who runs what since when.
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/OrgOperations.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;

namespace {
const QString kMaster = QStringLiteral("sk-master-change-claims");
}

class TestChangeClaims : public QObject
{
    Q_OBJECT
private:
    Test::TestDatabase m_testDb;
    DatabaseLocation m_location;
    std::unique_ptr<LiteLlmSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LiteLlmClient> m_client;
    std::unique_ptr<RepositoryWorker> m_worker;
    std::unique_ptr<OrgOperations> m_ops;
    int m_counter = 0;

    template<typename T> Stored<T> repo(std::function<Stored<T>(OrgRepository &)> work)
    {
        std::optional<Stored<T>> out;
        m_worker->run<T>(work, this, [&](Stored<T> r) { out = r; });
        [&] { QTRY_VERIFY(out.has_value()); }();
        return out.value_or(Stored<T>::failure(StorageError::Kind::Database, QStringLiteral("no answer")));
    }
    Organization row(const QString &id)
    {
        return repo<Organization>([id](OrgRepository &r) { return r.findById(id); }).value.value_or(Organization {});
    }
    bool exec(const QString &sql)
    {
        return *repo<bool>([sql](OrgRepository &r) {
                    QSqlQuery q(r.database());
                    return Stored<bool>::success(q.exec(sql));
                }).value;
    }
    // A fault the database cannot be made to show otherwise: updates of organizations matching
    // `condition` (on OLD and NEW) fail, as a lost connection or a full disk would make them.
    void failUpdatesWhere(const QString &condition)
    {
        if (m_location.engine == DatabaseLocation::Engine::Sqlite) {
            QVERIFY(exec(QStringLiteral("CREATE TRIGGER test_fault BEFORE UPDATE ON organizations WHEN %1 "
                                        "BEGIN SELECT RAISE(ABORT, 'test fault'); END")
                             .arg(condition)));
            return;
        }
        QVERIFY(exec(QStringLiteral("CREATE FUNCTION test_fault() RETURNS trigger AS $$ BEGIN IF %1 THEN RAISE "
                                    "EXCEPTION 'test fault'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")
                         .arg(condition)));
        QVERIFY(exec(QStringLiteral("CREATE TRIGGER test_fault BEFORE UPDATE ON organizations FOR EACH ROW EXECUTE "
                                    "FUNCTION test_fault()")));
    }
    void healDatabase()
    {
        QVERIFY(exec(m_location.engine == DatabaseLocation::Engine::Sqlite
                         ? QStringLiteral("DROP TRIGGER test_fault")
                         : QStringLiteral("DROP TRIGGER test_fault ON organizations")));
    }
    Organization created(const QString &name)
    {
        NewOrganization n;
        n.name = name;
        n.ownerUserId = QStringLiteral("kc-1");
        n.maxBudget = 100.0;
        std::optional<CreateResult> result;
        CreateOrganization saga(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        saga.start(
            n, [](const StepProgress &) {}, [&](CreateResult r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        [&] { QVERIFY2(result->ok, qPrintable(result->error.message)); }();
        return result->organization;
    }
    OperationResult await(OrgOperations &ops,
                          const std::function<void(OrgOperations &, std::function<void(OperationResult)>)> &run)
    {
        std::optional<OperationResult> out;
        run(ops, [&](OperationResult r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000); }();
        return out.value_or(OperationResult {});
    }
    QList<RecoveryOutcome> recover()
    {
        std::optional<QList<RecoveryOutcome>> out;
        m_ops->recover(RecoveryRules {}, false, [&](QList<RecoveryOutcome> o) { out = o; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000); }();
        return out.value_or(QList<RecoveryOutcome> {});
    }
    // Desk 7 (another machine) claimed the row to rotate its key; its last heartbeat was `age` s ago.
    void claimedByDesk7(const Organization &org, int age)
    {
        OperationOwner desk7 {QStringLiteral("desk-7"), 4711, 99, QStringLiteral("bob.support")};
        desk7.phase = QStringLiteral("rotating-key");
        QVERIFY(*repo<bool>([&](OrgRepository &r) { return r.claimForChange(org.id, org.rowVersion, desk7); }).value);
        QVERIFY(exec(QStringLiteral("UPDATE organizations SET heartbeat_at = '%1' WHERE id = '%2'")
                         .arg(toDbTime(QDateTime::currentDateTimeUtc().addSecs(-age)), org.id)));
    }

private slots:
    void init()
    {
        QCOMPARE(m_testDb.create(QStringLiteral("claims_%1").arg(++m_counter), &m_location), QString());
        SimConfig config;
        config.masterKey = kMaster;
        m_sim = std::make_unique<LiteLlmSimulator>(config);
        QVERIFY(m_sim->listen());
        ProxyProfile p;
        p.baseUrl = QUrl(m_sim->baseUrl());
        p.timeoutMs = 3000;
        p.retryBaseDelayMs = 10;
        m_client = std::make_unique<LiteLlmClient>(&m_nam, p);
        m_client->setMasterKey(kMaster);
        m_worker = std::make_unique<RepositoryWorker>(m_location);
        std::optional<QString> opened;
        m_worker->open(this, [&](QString e) { opened = e; });
        QTRY_VERIFY(opened.has_value());
        QVERIFY2(opened->isEmpty(), qPrintable(*opened));
        m_ops = std::make_unique<OrgOperations>(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
    }
    void cleanup()
    {
        m_ops.reset();
        m_worker.reset();
        m_client.reset();
        m_sim.reset();
    }

    // Desk 7 crashed mid-rotation. While its lease runs, the row is its own: another change is
    // refused in words that name it, and recovery leaves the row alone. Once the lease ran out,
    // recovery frees the row (audited), and the key can be rotated here.
    void aRotationLeftByACrashIsFreedByRecovery()
    {
        const Organization org = created(QStringLiteral("Crash Co"));
        claimedByDesk7(org, 2);
        const OperationResult refused
            = await(*m_ops, [&](OrgOperations &ops, auto done) { ops.setBudget(org.id, 300.0, {}, done); });
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.kind, OperationError::Kind::Conflict);
        QVERIFY2(refused.error.message.contains(QStringLiteral("It is key being rotated by bob.support since ")),
                 qPrintable(refused.error.message));
        QCOMPARE(m_sim->state().teams.value(org.id).maxBudget.value_or(-1), 100.0); // the proxy was not asked
        QVERIFY(recover().isEmpty());
        QCOMPARE(row(org.id).owner.phase, QStringLiteral("rotating-key"));

        QVERIFY(exec(QStringLiteral("UPDATE organizations SET heartbeat_at = '%1' WHERE id = '%2'")
                         .arg(toDbTime(QDateTime::currentDateTimeUtc().addSecs(-kOwnerLeaseSeconds - 5)), org.id)));
        const QList<RecoveryOutcome> outcomes = recover();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().action, RecoveryAction::Finished);
        QVERIFY2(outcomes.first().detail.startsWith(QStringLiteral("interrupted key rotation")),
                 qPrintable(outcomes.first().description()));
        const Organization freed = row(org.id);
        QVERIFY(freed.owner.isEmpty() && freed.owner.phase.isEmpty());
        QCOMPARE(freed.status, OrgStatus::Active);
        const auto audit = repo<QList<AuditEntry>>([&](OrgRepository &r) { return r.audit(org.id); });
        QCOMPARE(audit.value->first().action, QStringLiteral("recover"));

        const OperationResult rotated = await(*m_ops, [&](OrgOperations &ops, auto done) { ops.rotateKey(org.id, done); });
        QVERIFY2(rotated.ok, qPrintable(rotated.error.message));
        QVERIFY(rotated.organization.owner.isEmpty());
        QCOMPARE(m_sim->state().keys.size(), 1);
    }

    // The database refuses the claim: the rotation fails as a database error before the proxy is
    // asked anything, and the row is as it was.
    void aClaimTheDatabaseRefusesChangesNothing()
    {
        const Organization org = created(QStringLiteral("Refused Co"));
        failUpdatesWhere(QStringLiteral("NEW.owner_phase <> ''"));
        m_sim->faults().add(SimFault {}); // counts the calls from here on
        const OperationResult rotated = await(*m_ops, [&](OrgOperations &ops, auto done) { ops.rotateKey(org.id, done); });
        QVERIFY(!rotated.ok);
        QCOMPARE(rotated.error.kind, OperationError::Kind::Database);
        QCOMPARE(m_sim->faults()
                     .toJson()
                     .value(QStringLiteral("faults"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("seen"))
                     .toInt(),
                 0);
        const Organization now = row(org.id);
        QCOMPARE(now.keyHash, org.keyHash);
        QVERIFY(now.owner.phase.isEmpty());
    }

    // The rotation is done but the database refuses the release: the result says the row stays
    // marked until recovery frees it; recovery in this process frees it at once (its operation
    // has ended), and the row is free for the next change.
    void aLostReleaseIsFreedByRecovery()
    {
        const Organization org = created(QStringLiteral("Lost Release Co"));
        failUpdatesWhere(QStringLiteral("OLD.owner_phase <> '' AND NEW.owner_phase = ''"));
        const OperationResult rotated = await(*m_ops, [&](OrgOperations &ops, auto done) { ops.rotateKey(org.id, done); });
        QVERIFY2(rotated.ok, qPrintable(rotated.error.message));
        QVERIFY2(rotated.note.contains(QStringLiteral("stays marked as being changed until recovery frees it")),
                 qPrintable(rotated.note));
        QCOMPARE(row(org.id).owner.phase, QStringLiteral("rotating-key"));
        QVERIFY(row(org.id).keyHash != org.keyHash);
        healDatabase();
        const QList<RecoveryOutcome> outcomes = recover();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().action, RecoveryAction::Finished);
        QVERIFY(row(org.id).owner.isEmpty());
        const OperationResult blocked
            = await(*m_ops, [&](OrgOperations &ops, auto done) { ops.setKeyBlocked(org.id, true, done); });
        QVERIFY2(blocked.ok, qPrintable(blocked.error.message));
    }
};

QTEST_GUILESS_MAIN(TestChangeClaims)
#include "test_change_claims.moc"
