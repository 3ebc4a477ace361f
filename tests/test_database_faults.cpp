// The database failing under the console, on both engines: a PostgreSQL server of the test's own
// (tests/support/PrivatePostgres) stopped in the middle of a create, a budget change, a key
// rotation and a delete, then started again; restarted while idle; a SQLite file locked by another
// program beyond the busy timeout; a read-only SQLite file. Each time: the proxy is put right at
// once, the error is of kind Database and names the database, and once the database is back
// nothing is lost, recovery resolves what was left and the audit trail is complete.
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/OrgOperations.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/PrivatePostgres.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;

namespace {
const QString kMaster = QStringLiteral("sk-master-db-faults");

// Root writes to a read-only file anyway (CAP_DAC_OVERRIDE). For the read-only test this thread,
// and the threads it starts, give that up for a while; a normal user has nothing to give up.
class WithoutFileOverride
{
public:
    WithoutFileOverride() { set(false); }
    ~WithoutFileOverride() { set(true); }

private:
    static void set(bool on)
    {
        __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
        __user_cap_data_struct data[2] {};
        if (::syscall(SYS_capget, &header, data) != 0)
            return;
        const unsigned bits = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH) | (1u << CAP_FOWNER);
        data[0].effective = on ? (data[0].effective | (data[0].permitted & bits)) : (data[0].effective & ~bits);
        ::syscall(SYS_capset, &header, data);
    }
};
} // namespace

class TestDatabaseFaults : public QObject
{
    Q_OBJECT
private:
    Test::PrivatePostgres m_pg;
    QTemporaryDir m_files;
    DatabaseLocation m_location;
    std::unique_ptr<LiteLlmSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LiteLlmClient> m_client;
    std::unique_ptr<RepositoryWorker> m_worker;
    std::unique_ptr<OrgOperations> m_ops;
    int m_counter = 0;

    // Waits for an asynchronous service call's answer.
    template<typename R, typename Start> R await(Start start, int timeoutMs = 30000)
    {
        std::optional<R> out;
        start([&](R r) { out = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), timeoutMs); }();
        return out.value_or(R {});
    }
    template<typename T> Stored<T> repo(std::function<Stored<T>(OrgRepository &)> work)
    {
        return await<Stored<T>>([&](auto done) { m_worker->run<T>(work, this, done); });
    }
    QString open(const DatabaseLocation &location)
    {
        m_location = location;
        m_ops.reset();
        m_worker = std::make_unique<RepositoryWorker>(location);
        const QString error = await<QString>([&](auto done) { m_worker->open(this, done); });
        m_ops = std::make_unique<OrgOperations>(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        return error;
    }
    QString openPostgres()
    {
        const QString name = QStringLiteral("faults_%1").arg(++m_counter);
        if (const QString e = m_pg.createDatabase(name); !e.isEmpty())
            return e;
        return open(m_pg.location(name));
    }
    // How the database is named in messages: the file, or host:port/database of the server.
    QString databaseName() const
    {
        return m_location.engine == DatabaseLocation::Engine::Sqlite
            ? m_location.sqlitePath
            : QStringLiteral("%1:%2/%3").arg(m_location.host).arg(m_location.port).arg(m_location.database);
    }
    CreateResult create(const QString &name)
    {
        CreateOrganization saga(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        NewOrganization n;
        n.name = name;
        n.ownerUserId = QStringLiteral("kc-7");
        n.maxBudget = 500.0;
        n.budgetDuration = QStringLiteral("30d");
        return await<CreateResult>([&](auto done) { saga.start(n, {}, [done](const CreateResult &r) { done(r); }); });
    }
    // The proxy answers `path` slowly, so the test can stop the database while it waits
    // (stopDatabaseDuring(): as soon as the request has arrived).
    void slowDown(const QString &path)
    {
        SimFault f;
        f.path = path;
        f.latencyMs = 1500;
        m_sim->faults().clear();
        m_sim->faults().add(f);
    }
    void stopDatabaseDuring()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->faults().toJson().value(QStringLiteral("faults"))[0][QStringLiteral("seen")].toInt() > 0,
                                 10000);
        QCOMPARE(m_pg.stop(), QString());
    }
    QStringList auditActions(const QString &orgId)
    {
        const auto audit = repo<QList<AuditEntry>>([orgId](OrgRepository &r) { return r.audit(orgId); });
        QStringList out;
        for (const AuditEntry &e : audit.value.value_or(QList<AuditEntry> {}))
            out.prepend(e.action + QLatin1Char(':') + auditOutcomeName(e.outcome));
        return out;
    }
    void verifyNamesDatabase(const OperationError &error)
    {
        QCOMPARE(error.kind, OperationError::Kind::Database);
        QVERIFY2(error.message.contains(databaseName()), qPrintable(error.message));
    }
    QList<RecoveryOutcome> recover()
    {
        return await<QList<RecoveryOutcome>>([&](auto done) { m_ops->recover(RecoveryRules {}, false, done); });
    }

private slots:
    void initTestCase() { QCOMPARE(m_pg.start(), QString()); }
    void init()
    {
        if (!m_pg.isRunning())
            QCOMPARE(m_pg.start(), QString());
        SimConfig config;
        config.masterKey = kMaster;
        m_sim = std::make_unique<LiteLlmSimulator>(config);
        QVERIFY(m_sim->listen());
        ProxyProfile p;
        p.name = QStringLiteral("sim");
        p.baseUrl = QUrl(m_sim->baseUrl());
        p.timeoutMs = 10000;
        p.retryBaseDelayMs = 10;
        m_client = std::make_unique<LiteLlmClient>(&m_nam, p);
        m_client->setMasterKey(kMaster);
    }
    void cleanup()
    {
        m_ops.reset();
        m_worker.reset();
        m_client.reset();
        m_sim.reset();
    }

    // The server restarts while nothing runs: the next action works, without a new worker.
    void postgresRestartedWhileIdle()
    {
        QCOMPARE(openPostgres(), QString());
        const CreateResult first = create(QStringLiteral("Idle Co"));
        QVERIFY2(first.ok, qPrintable(first.error.message));
        QCOMPARE(m_pg.stop(), QString());
        QCOMPARE(m_pg.start(), QString());
        QTest::qWait(int(RepositoryWorker::kIdleCheckMs) + 100);
        const auto r = await<OperationResult>(
            [&](auto done) { m_ops->setBudget(first.organization.id, 750.0, QStringLiteral("30d"), done); });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.organization.maxBudget.value_or(-1), 750.0);
        const CreateResult second = create(QStringLiteral("Idle Co Two"));
        QVERIFY2(second.ok, qPrintable(second.error.message));
    }

    // Stopped while the proxy makes the key: the key and team are deleted at once; the row that
    // could not be removed is rolled back by recovery once the server is back.
    void postgresStoppedDuringCreate()
    {
        QCOMPARE(openPostgres(), QString());
        slowDown(QStringLiteral("/key/generate"));
        std::optional<CreateResult> result;
        CreateOrganization saga(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        NewOrganization n {QStringLiteral("Stopped Co"), QStringLiteral("kc-7"), {}, {}, 100.0, QStringLiteral("30d"), {}};
        saga.start(n, {}, [&](const CreateResult &r) { result = r; });
        stopDatabaseDuring();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok);
        QCOMPARE(result->failedStep.value_or(CreateStep::Validate), CreateStep::Save);
        verifyNamesDatabase(result->error);
        QVERIFY(m_sim->state().teams.isEmpty()); // compensated on the proxy right away
        QVERIFY(m_sim->state().keys.isEmpty());

        QCOMPARE(m_pg.start(), QString());
        const QString id = result->organization.id;
        const QList<RecoveryOutcome> outcomes = recover();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().organizationId, id);
        QCOMPARE(outcomes.first().action, RecoveryAction::RolledBack);
        QCOMPARE(repo<qint64>([](OrgRepository &r) { return r.count(); }).value.value_or(-1), 0);
        QCOMPARE(auditActions(id),
                 (QStringList {QStringLiteral("create:failed, cleaned up"), QStringLiteral("recover:rolled back")}));
    }

    // Stopped while the proxy changes the budget: the proxy gets the old budget back at once.
    void postgresStoppedDuringSetBudget()
    {
        QCOMPARE(openPostgres(), QString());
        const CreateResult created = create(QStringLiteral("Budget Co"));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const QString id = created.organization.id;
        slowDown(QStringLiteral("/team/update"));
        std::optional<OperationResult> result;
        m_ops->setBudget(id, 900.0, QStringLiteral("7d"), [&](OperationResult r) { result = r; });
        stopDatabaseDuring();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok);
        verifyNamesDatabase(result->error);
        QTRY_COMPARE(m_sim->state().teams.value(id).maxBudget.value_or(-1), 500.0);
        QCOMPARE(m_sim->state().teams.value(id).budgetDuration.value_or(QString()), QStringLiteral("30d"));

        QCOMPARE(m_pg.start(), QString());
        const auto row = repo<Organization>([id](OrgRepository &r) { return r.findById(id); });
        QVERIFY2(row.ok(), qPrintable(row.error.message));
        QCOMPARE(row.value->maxBudget.value_or(-1), 500.0);
        QCOMPARE(auditActions(id), (QStringList {QStringLiteral("create:ok"), QStringLiteral("set-budget:failed")}));
    }

    // Stopped during a rotation: the key the row records keeps working, the new one is withdrawn.
    void postgresStoppedDuringRotation()
    {
        QCOMPARE(openPostgres(), QString());
        const CreateResult created = create(QStringLiteral("Rotate Co"));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const QString id = created.organization.id;
        slowDown(QStringLiteral("/key/generate"));
        std::optional<OperationResult> result;
        m_ops->rotateKey(id, [&](OperationResult r) { result = r; });
        stopDatabaseDuring();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok);
        verifyNamesDatabase(result->error);
        QCOMPARE(m_sim->state().keys.size(), 1);
        QVERIFY(m_sim->state().keys.contains(created.organization.keyHash)); // the customer's key still works

        QCOMPARE(m_pg.start(), QString());
        const auto row = repo<Organization>([id](OrgRepository &r) { return r.findById(id); });
        QVERIFY2(row.ok(), qPrintable(row.error.message));
        QCOMPARE(row.value->keyHash, created.organization.keyHash);
        QCOMPARE(auditActions(id), (QStringList {QStringLiteral("create:ok"), QStringLiteral("rotate-key:failed")}));
    }

    // Stopped while the proxy deletes the team: the row left `deleting` is finished by recovery.
    void postgresStoppedDuringDelete()
    {
        QCOMPARE(openPostgres(), QString());
        const CreateResult created = create(QStringLiteral("Delete Co"));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const QString id = created.organization.id;
        slowDown(QStringLiteral("/team/delete"));
        std::optional<OperationResult> result;
        m_ops->deleteOrganization(id, [&](OperationResult r) { result = r; });
        stopDatabaseDuring();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok);
        verifyNamesDatabase(result->error);
        QVERIFY(m_sim->state().teams.isEmpty());

        QCOMPARE(m_pg.start(), QString());
        const QList<RecoveryOutcome> outcomes = recover();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().action, RecoveryAction::Deleted);
        QVERIFY(m_sim->state().keys.isEmpty());
        QCOMPARE(repo<qint64>([](OrgRepository &r) { return r.count(); }).value.value_or(-1), 0);
        QCOMPARE(auditActions(id),
                 (QStringList {QStringLiteral("create:ok"), QStringLiteral("delete:failed"), QStringLiteral("recover:deleted")}));
    }

    // Another program holds the write lock longer than the busy timeout: refused before the proxy
    // is asked anything, and the next create after it lets go works.
    void sqliteLockedBeyondBusyTimeout()
    {
        QString error;
        DatabaseLocation location = DatabaseLocation::parse(m_files.filePath(QStringLiteral("locked.db")), &error);
        location.busyTimeoutMs = 300;
        QCOMPARE(open(location), QString());
        QProcess locker;
        locker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        locker.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                     "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\nsys.stdin.read()\n"),
                      location.sqlitePath});
        QVERIFY(locker.waitForReadyRead(10000));
        const CreateResult refused = create(QStringLiteral("Locked Co"));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.failedStep.value_or(CreateStep::Validate), CreateStep::Reserve);
        verifyNamesDatabase(refused.error);
        QVERIFY2(refused.error.message.contains(QLatin1String("locked by another program")), qPrintable(refused.error.message));
        QVERIFY(m_sim->state().teams.isEmpty());
        locker.closeWriteChannel();
        QVERIFY(locker.waitForFinished(10000));
        const CreateResult later = create(QStringLiteral("Locked Co"));
        QVERIFY2(later.ok, qPrintable(later.error.message));
    }

    // A database file the user may not write: a clear refusal naming the file, nothing on the proxy.
    void sqliteFileReadOnly()
    {
        QString error;
        const DatabaseLocation location = DatabaseLocation::parse(m_files.filePath(QStringLiteral("readonly.db")), &error);
        QCOMPARE(open(location), QString());
        QVERIFY(create(QStringLiteral("Before Co")).ok);
        m_ops.reset();
        m_worker.reset();
        QFile::setPermissions(location.sqlitePath, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        {
            WithoutFileOverride asUser;
            QCOMPARE(open(location), QString()); // it can still be read
            const CreateResult refused = create(QStringLiteral("After Co"));
            QVERIFY(!refused.ok);
            QCOMPARE(refused.failedStep.value_or(CreateStep::Validate), CreateStep::Reserve);
            verifyNamesDatabase(refused.error);
            QVERIFY2(refused.error.message.contains(QLatin1String("read-only")), qPrintable(refused.error.message));
            m_ops.reset();
            m_worker.reset();
        }
        QVERIFY(m_sim->state().teams.size() == 1);
        QFile::setPermissions(location.sqlitePath, QFile::ReadOwner | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFaults)
#include "test_database_faults.moc"
