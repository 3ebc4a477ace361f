// The create flow as a compensated saga, against litellm-sim and a real database (both engines):
// each step failed with each fault leaves no team, no key and no row behind.
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/OrgOperations.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using OrgConsole::Test::TestDatabase;

namespace {
const QString kMaster = QStringLiteral("sk-master-provisioning-test");
}

class TestProvisioning : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_testDb;
    DatabaseLocation m_location;
    std::unique_ptr<LiteLlmSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LiteLlmClient> m_client;
    std::unique_ptr<RepositoryWorker> m_worker;
    int m_counter = 0;

    NewOrganization input(const QString &name)
    {
        NewOrganization n;
        n.name = name;
        n.ownerUserId = QStringLiteral("kc-123");
        n.contactName = QStringLiteral("Ada Ops");
        n.contactEmail = QStringLiteral("ops@example.com");
        n.maxBudget = 500.0;
        n.budgetDuration = QStringLiteral("30d");
        n.models = {QStringLiteral("gpt-4o")};
        return n;
    }
    CreateResult create(const NewOrganization &in, QList<StepProgress> *progress = nullptr)
    {
        CreateOrganization saga(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        std::optional<CreateResult> result;
        saga.start(
            in,
            [&](const StepProgress &p) {
                if (progress)
                    progress->append(p);
            },
            [&](const CreateResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(CreateResult {});
    }
    template<typename T> T repo(std::function<Stored<T>(OrgRepository &)> work)
    {
        std::optional<Stored<T>> out;
        m_worker->run<T>(work, this, [&](Stored<T> r) { out = r; });
        [&] { QTRY_VERIFY(out.has_value()); }();
        return out && out->value ? *out->value : T {};
    }
    qint64 rowCount()
    {
        return repo<qint64>([](OrgRepository &r) { return r.count(); });
    }
    // How many calls reached `path` since its counting fault (one with no failure) was added.
    int callsTo(const QString &path)
    {
        const QJsonArray faults = m_sim->faults().toJson().value(QStringLiteral("faults")).toArray();
        for (const QJsonValue &f : faults) {
            if (f.toObject().value(QStringLiteral("path")).toString() == path)
                return f.toObject().value(QStringLiteral("seen")).toInt();
        }
        return -1;
    }
    void addFault(const QJsonObject &f)
    {
        QString error;
        const auto fault = SimFault::fromJson(f, &error);
        QVERIFY2(fault, qPrintable(error));
        m_sim->faults().add(*fault);
    }

private slots:
    void init()
    {
        const QString error = m_testDb.create(QStringLiteral("prov_%1").arg(++m_counter), &m_location);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SimConfig config;
        config.masterKey = kMaster;
        m_sim = std::make_unique<LiteLlmSimulator>(config);
        QVERIFY(m_sim->listen());
        ProxyProfile p;
        p.name = QStringLiteral("sim");
        p.baseUrl = QUrl(m_sim->baseUrl());
        p.timeoutMs = 700;
        p.retryBaseDelayMs = 10;
        m_client = std::make_unique<LiteLlmClient>(&m_nam, p);
        m_client->setMasterKey(kMaster);
        m_worker = std::make_unique<RepositoryWorker>(m_location);
        std::optional<QString> opened;
        m_worker->open(this, [&](QString e) { opened = e; });
        QTRY_VERIFY(opened.has_value());
        QVERIFY2(opened->isEmpty(), qPrintable(*opened));
    }
    void cleanup()
    {
        m_worker.reset();
        m_client.reset();
        m_sim.reset();
    }

    void happyPath()
    {
        QList<StepProgress> progress;
        const CreateResult r = create(input(QStringLiteral("Acme Corp")), &progress);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(r.rawKey.startsWith(QLatin1String("sk-")));
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(r.rawKey.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(r.organization.keyHash, hash);
        QCOMPARE(r.organization.keyName, QStringLiteral("sk-...") + r.rawKey.right(4));
        QCOMPARE(r.organization.status, OrgStatus::Active);
        QCOMPARE(r.organization.teamId, r.organization.id);
        QCOMPARE(r.team.maxBudget.value_or(-1), 500.0);
        QCOMPARE(r.team.budgetDuration, QStringLiteral("30d"));
        QVERIFY(r.team.budgetResetAt.isValid());
        // Every step reported running then done, in order.
        QList<CreateStep> done;
        for (const StepProgress &p : progress) {
            if (p.state == StepState::Done)
                done.append(p.step);
        }
        QCOMPARE(done,
                 (QList<CreateStep> {CreateStep::Validate, CreateStep::Reserve, CreateStep::CreateTeam, CreateStep::GenerateKey,
                                     CreateStep::Save, CreateStep::ReadBack}));
        // The proxy has exactly one team and one key, bound to the owner and the team.
        QCOMPARE(m_sim->state().teams.size(), 1);
        QCOMPARE(m_sim->state().keys.size(), 1);
        const SimKey key = m_sim->state().keys.values().first();
        QCOMPARE(key.userId.value_or(QString()), QStringLiteral("kc-123"));
        QCOMPARE(key.teamId.value_or(QString()), r.organization.id);
        QCOMPARE(key.alias.value_or(QString()), keyAliasForOrg(r.organization.id));
        const SimTeam team = m_sim->state().teams.value(r.organization.id);
        QCOMPARE(team.alias.value_or(QString()), QStringLiteral("Acme Corp"));
        QCOMPARE(team.metadata.value(QStringLiteral("orgconsole_org_id")).toString(), r.organization.id);
        // The audit names the operator; the raw key is nowhere in the database.
        const auto audit = repo<QList<AuditEntry>>([id = r.organization.id](OrgRepository &repo) { return repo.audit(id); });
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().operatorName, QStringLiteral("ana.support"));
        QCOMPARE(audit.first().outcome, AuditOutcome::Ok);
        if (TestDatabase::engine() == QLatin1String("sqlite")) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                QFile f(m_location.sqlitePath + suffix);
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY(!f.readAll().contains(r.rawKey.toUtf8()));
            }
        }
    }

    void invalidInputChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<double>("budget");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("email");
        QTest::newRow("empty name") << "  "
                                    << "kc-1" << 10.0 << "30d"
                                    << "";
        QTest::newRow("no owner") << "Acme"
                                  << "" << 10.0 << "30d"
                                  << "";
        QTest::newRow("negative budget") << "Acme"
                                         << "kc-1" << -5.0 << "30d"
                                         << "";
        QTest::newRow("bad duration") << "Acme"
                                      << "kc-1" << 10.0 << "monthly"
                                      << "";
        QTest::newRow("bad email") << "Acme"
                                   << "kc-1" << 10.0 << "30d"
                                   << "not-an-email";
    }
    void invalidInputChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, owner);
        QFETCH(double, budget);
        QFETCH(QString, duration);
        QFETCH(QString, email);
        NewOrganization n = input(name);
        n.ownerUserId = owner;
        n.maxBudget = budget;
        n.budgetDuration = duration;
        n.contactEmail = email;
        const CreateResult r = create(n);
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, std::optional<CreateStep>(CreateStep::Validate));
        QCOMPARE(r.error.kind, OperationError::Kind::BadInput);
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(rowCount(), 0);
        QCOMPARE(m_sim->state().teams.size() + m_sim->state().keys.size(), 0);
    }

    void duplicateNameRefusedBeforeAnyProxyCall_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("same") << "Acme Corp";
        QTest::newRow("case") << "acme CORP";
        QTest::newRow("spaces") << "  Acme    Corp ";
    }
    void duplicateNameRefusedBeforeAnyProxyCall()
    {
        QFETCH(QString, variant);
        QVERIFY(create(input(QStringLiteral("Acme Corp"))).ok);
        const int teamsBefore = int(m_sim->state().teams.size());
        m_sim->faults().add(SimFault {}); // count calls from here on
        const CreateResult r = create(input(variant));
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, std::optional<CreateStep>(CreateStep::Reserve));
        QCOMPARE(r.error.kind, OperationError::Kind::Conflict);
        QVERIFY(r.error.message.contains(QLatin1String("already taken")));
        QCOMPARE(int(m_sim->state().teams.size()), teamsBefore);
        QCOMPARE(m_sim->faults()
                     .toJson()
                     .value(QStringLiteral("faults"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("seen"))
                     .toInt(),
                 0);
    }

    void faultAtEachStepLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("step");
        const QList<QPair<QString, CreateStep>> steps {{QStringLiteral("/team/new"), CreateStep::CreateTeam},
                                                       {QStringLiteral("/key/generate"), CreateStep::GenerateKey}};
        const QList<QPair<const char *, QJsonObject>> faults {
            {"400 error envelope",
             {{QStringLiteral("status"), 400},
              {QStringLiteral("body"),
               QStringLiteral("{\"error\":{\"message\":\"{'error': "
                              "'rejected'}\",\"type\":\"internal_server_error\",\"param\":\"None\",\"code\":\"400\"}}")}}},
            {"400 detail envelope",
             {{QStringLiteral("status"), 400},
              {QStringLiteral("body"), QStringLiteral("{\"detail\":{\"error\":\"rejected\"}}")}}},
            {"401",
             {{QStringLiteral("status"), 401},
              {QStringLiteral("body"),
               QStringLiteral("{\"error\":{\"message\":\"Authentication Error, bad "
                              "key\",\"type\":\"auth_error\",\"param\":\"None\",\"code\":\"401\"}}")}}},
            {"500", {{QStringLiteral("status"), 500}}},
            {"timeout", {{QStringLiteral("mode"), QStringLiteral("hang")}}},
            {"reset", {{QStringLiteral("mode"), QStringLiteral("reset")}}},
            {"malformed json", {{QStringLiteral("mode"), QStringLiteral("malformed")}}},
        };
        for (const auto &s : steps) {
            for (const auto &f : faults) {
                QJsonObject fault = f.second;
                fault.insert(QStringLiteral("path"), s.first);
                QTest::addRow("%s %s", qPrintable(createStepName(s.second)), f.first) << s.first << fault << int(s.second);
            }
        }
    }
    void faultAtEachStepLeavesNothingBehind()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, fault);
        QFETCH(int, step);
        addFault(fault);
        QList<StepProgress> progress;
        const CreateResult r = create(input(QStringLiteral("Faulty Co")), &progress);
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, std::optional<CreateStep>(CreateStep(step)));
        QCOMPARE(r.error.kind, OperationError::Kind::Proxy);
        QVERIFY2(!r.error.message.isEmpty(), "the cause is reported in words");
        QVERIFY2(!r.cleanupError.isError(), qPrintable(r.cleanupError.message));
        QVERIFY(r.rawKey.isEmpty());
        bool failedShown = false;
        for (const StepProgress &p : progress)
            failedShown |= p.step == CreateStep(step) && p.state == StepState::Failed && !p.message.isEmpty();
        QVERIFY(failedShown);
        QCOMPARE(m_sim->state().teams.size(), 0);
        QCOMPARE(m_sim->state().keys.size(), 0);
        QCOMPARE(rowCount(), 0);
        const auto audit = repo<QList<AuditEntry>>([](OrgRepository &repo) { return repo.auditAll(); });
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().outcome, AuditOutcome::FailedCleanedUp);
        QCOMPARE(audit.first().details.value(QStringLiteral("failed_step")).toString(), createStepName(CreateStep(step)));
        // The same name can be used again right away.
        m_sim->faults().clear();
        QVERIFY(create(input(QStringLiteral("Faulty Co"))).ok);
    }

    void proxyWithoutDatabaseIsRefusedBeforeAnything()
    {
        m_sim->config().dbConnected = false; // as litellm-sim --no-db
        addFault({{QStringLiteral("path"), QStringLiteral("/health/readiness")}}); // counts, changes nothing
        QList<StepProgress> progress;
        const CreateResult r = create(input(QStringLiteral("Nodb Co")), &progress);
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, std::optional<CreateStep>(CreateStep::Validate));
        QCOMPARE(r.error.kind, OperationError::Kind::Proxy);
        QCOMPARE(r.error.proxyCategory, ErrorCategory::NoDatabase);
        QCOMPARE(r.error.message, QStringLiteral("The proxy at 127.0.0.1 has no database connected; nothing was created."));
        QVERIFY(!r.cleanupError.isError());
        for (const StepProgress &p : progress)
            QVERIFY2(p.step == CreateStep::Validate || p.state == StepState::Pending, qPrintable(createStepName(p.step)));
        QCOMPARE(rowCount(), 0);
        QCOMPARE(m_sim->state().teams.size(), 0);
        QCOMPARE(repo<QList<AuditEntry>>([](OrgRepository &repo) { return repo.auditAll(); }).size(), 0);
        // A second create soon after takes the remembered answer: one readiness request for both.
        QCOMPARE(create(input(QStringLiteral("Nodb Two"))).failedStep, std::optional<CreateStep>(CreateStep::Validate));
        QCOMPARE(callsTo(QStringLiteral("/health/readiness")), 1);
        QCOMPARE(rowCount(), 0);
    }

    void databaseLostAfterTheReadinessCheckLeavesNothing_data()
    {
        QTest::addColumn<bool>("flipConfig");
        QTest::newRow("simulator loses its database") << true;
        QTest::newRow("team step answers no database") << false;
    }
    void databaseLostAfterTheReadinessCheckLeavesNothing()
    {
        QFETCH(bool, flipConfig);
        QVERIFY(create(input(QStringLiteral("First Co"))).ok); // the proxy had a database (and said so)
        if (flipConfig) {
            m_sim->config().dbConnected = false;
        } else {
            addFault(
                {{QStringLiteral("path"), QStringLiteral("/team/new")},
                 {QStringLiteral("status"), 500},
                 {QStringLiteral("body"),
                  QStringLiteral("{\"error\":{\"message\":\"{'error': 'No db connected'}\",\"type\":\"internal_server_error\","
                                 "\"param\":\"None\",\"code\":\"500\"}}")}});
        }
        addFault({{QStringLiteral("path"), QStringLiteral("/team/delete")}}); // counts, changes nothing
        const CreateResult r = create(input(QStringLiteral("Second Co")));
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, std::optional<CreateStep>(CreateStep::CreateTeam));
        QCOMPARE(r.error.proxyCategory, ErrorCategory::NoDatabase);
        QVERIFY2(r.error.message.contains(QLatin1String("has no database connected")), qPrintable(r.error.message));
        QVERIFY2(!r.cleanupError.isError(), qPrintable(r.cleanupError.message));
        QCOMPARE(r.cleanedUp, QStringList {QStringLiteral("reservation")});
        QCOMPARE(callsTo(QStringLiteral("/team/delete")), 0); // no cleanup of a team never made
        QCOMPARE(rowCount(), 1); // First Co only: no `failed` row
        QCOMPARE(m_sim->state().teams.size(), 1);
        const auto audit = repo<QList<AuditEntry>>([](OrgRepository &repo) { return repo.auditAll(); });
        QCOMPARE(audit.size(), 2);
        int cleanedUp = 0;
        for (const AuditEntry &e : audit)
            cleanedUp += e.outcome == AuditOutcome::FailedCleanedUp ? 1 : 0;
        QCOMPARE(cleanedUp, 1);
        if (flipConfig) {
            // The "no database" answer made the client forget the readiness it remembered.
            QCOMPARE(create(input(QStringLiteral("Third Co"))).failedStep, std::optional<CreateStep>(CreateStep::Validate));
            QCOMPARE(rowCount(), 1);
        }
    }

    void cleanupFailureKeepsRowFailedWithBothErrors()
    {
        addFault({{QStringLiteral("path"), QStringLiteral("/key/generate")}, {QStringLiteral("status"), 500}});
        addFault({{QStringLiteral("path"), QStringLiteral("/team/delete")}, {QStringLiteral("status"), 500}});
        const CreateResult r = create(input(QStringLiteral("Sticky Co")));
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, std::optional<CreateStep>(CreateStep::GenerateKey));
        QVERIFY(r.error.message.contains(QLatin1String("server error"))); // the original error is kept
        QCOMPARE(r.error.proxyCategory, ErrorCategory::Server);
        QCOMPARE(r.cleanupError.kind, OperationError::Kind::Proxy);
        QVERIFY(r.cleanupError.message.contains(QLatin1String("Deleting the team failed")));
        const auto org = repo<Organization>([](OrgRepository &repo) { return repo.findByName(QStringLiteral("sticky co")); });
        QCOMPARE(org.status, OrgStatus::Failed);
        QVERIFY(org.lastError.contains(QLatin1String("Generate key failed")));
        QVERIFY(org.lastError.contains(QLatin1String("Cleanup")));
    }

    void refreshStopsOnABogusPageCount()
    {
        QVERIFY(create(input(QStringLiteral("Paged Co"))).ok);
        addFault({{QStringLiteral("path"), QStringLiteral("/v2/team/list")},
                  {QStringLiteral("status"), 200},
                  {QStringLiteral("body"),
                   QStringLiteral("{\"teams\": [], \"total\": 5, \"page\": 1, \"total_pages\": 1000000000}")}});
        OrgOperations ops(m_client.get(), m_worker.get(), QStringLiteral("ana"));
        std::optional<RefreshSummary> summary;
        ops.refreshAll([&](RefreshSummary s) { summary = s; });
        QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 10000);
        QCOMPARE(summary->requests, 1);
        QCOMPARE(summary->organizationsUpdated, 0);
        QVERIFY(!summary->error.isError());
    }

    // A budget changed on the proxy, outside OrgConsole: the refresh adopts it (the proxy enforces
    // it) and says so in the audit trail with both figures, once.
    void refreshAuditsABudgetChangedOutside()
    {
        const CreateResult created = create(input(QStringLiteral("Outside Co")));
        QVERIFY(created.ok);
        m_sim->state().teams[created.organization.id].maxBudget = 999.0;
        OrgOperations ops(m_client.get(), m_worker.get(), QStringLiteral("ana"));
        for (int run = 0; run < 2; ++run) {
            std::optional<RefreshSummary> summary;
            ops.refreshAll([&](RefreshSummary s) { summary = s; });
            QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 10000);
            QCOMPARE(summary->budgetsChangedOutside, run == 0 ? 1 : 0);
        }
        const auto audit = repo<QList<AuditEntry>>([id = created.organization.id](OrgRepository &r) { return r.audit(id, 10); });
        const auto outside = std::count_if(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
            return e.action == QLatin1String("budget-changed-outside") && e.operatorName == QLatin1String("ana")
                && e.details.value(QLatin1String("to")).toDouble() == 999.0;
        });
        QCOMPARE(outside, 1);
        QCOMPARE(repo<Organization>([id = created.organization.id](OrgRepository &r) { return r.findById(id); }).maxBudget,
                 999.0);
    }

    // A rotation on one desktop and a delete on another at once: the rotation, first to claim the
    // row, proceeds and the delete is refused; the delete afterwards leaves no key behind.
    void rotationRacingADeleteLeavesNoKey()
    {
        const CreateResult created = create(input(QStringLiteral("Race Co")));
        QVERIFY(created.ok);
        addFault({{QStringLiteral("path"), QStringLiteral("/key/generate")},
                  {QStringLiteral("latency_ms"), 600},
                  {QStringLiteral("times"), 1}});
        OrgOperations rotating(m_client.get(), m_worker.get(), QStringLiteral("ana"));
        OrgOperations deleting(m_client.get(), m_worker.get(), QStringLiteral("ben"));
        std::optional<OperationResult> rotated, deleted;
        rotating.rotateKey(created.organization.id, [&](OperationResult r) { rotated = r; });
        deleting.deleteOrganization(created.organization.id, [&](OperationResult r) { deleted = r; });
        QTRY_VERIFY_WITH_TIMEOUT(rotated.has_value() && deleted.has_value(), 15000);
        QVERIFY2(rotated->ok, qPrintable(rotated->error.message));
        QCOMPARE(deleted->error.kind, OperationError::Kind::Conflict);
        QCOMPARE(m_sim->state().keys.size(), 1);
        deleted.reset();
        deleting.deleteOrganization(created.organization.id, [&](OperationResult r) { deleted = r; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 15000);
        QVERIFY2(deleted->ok, qPrintable(deleted->error.message));
        QCOMPARE(m_sim->state().keys.size(), 0);
        QCOMPARE(m_sim->state().teams.size(), 0);
        QCOMPARE(rowCount(), 0);
    }

    // The row is taken for deletion while the new key is made (a desktop from before schema
    // version 9 does not wait for the rotation): the new key is withdrawn, not left without a team.
    void rotationMeetingADeleteWithdrawsItsKey()
    {
        const CreateResult created = create(input(QStringLiteral("Old Desk Co")));
        QVERIFY(created.ok);
        addFault({{QStringLiteral("path"), QStringLiteral("/key/generate")}, {QStringLiteral("latency_ms"), 600}});
        OrgOperations rotating(m_client.get(), m_worker.get(), QStringLiteral("ana"));
        std::optional<OperationResult> rotated;
        rotating.rotateKey(created.organization.id, [&](OperationResult r) { rotated = r; });
        QTRY_VERIFY(repo<Organization>([&](OrgRepository &r) { return r.findById(created.organization.id); }).owner.pid != 0);
        QVERIFY(repo<bool>([&](OrgRepository &r) { return r.setStatus(created.organization.id, OrgStatus::Deleting); }));
        QTRY_VERIFY_WITH_TIMEOUT(rotated.has_value(), 15000);
        QCOMPARE(rotated->error.kind, OperationError::Kind::Conflict);
        QVERIFY2(rotated->error.message.contains(QLatin1String("withdrawn")), qPrintable(rotated->error.message));
        QCOMPARE(m_sim->state().keys.size(), 1);
        QVERIFY(m_sim->state().keys.contains(created.organization.keyHash));
    }

    // The proxy makes the new key but its reply is lost: the rotation fails, and that key is deleted
    // by its temporary alias instead of living on unrecorded; the organization keeps its key.
    void rotationWithALostReplyLeavesNoExtraKey()
    {
        const CreateResult created = create(input(QStringLiteral("Lost Reply Co")));
        QVERIFY(created.ok);
        addFault({{QStringLiteral("path"), QStringLiteral("/key/generate")}, {QStringLiteral("mode"), QStringLiteral("lost")}});
        OrgOperations ops(m_client.get(), m_worker.get(), QStringLiteral("ana"));
        std::optional<OperationResult> rotated;
        ops.rotateKey(created.organization.id, [&](OperationResult r) { rotated = r; });
        QTRY_VERIFY_WITH_TIMEOUT(rotated.has_value(), 15000);
        QVERIFY(!rotated->ok);
        QCOMPARE(m_sim->state().keys.size(), 1);
        QVERIFY(m_sim->state().keys.contains(created.organization.keyHash));
    }

    // The proxy deletes the team but the reply is lost, and the retry gets garbage: the delete asks
    // whether the team is still there before putting the organization back (it used to stay
    // active with neither team nor key; found by test_soak).
    void deleteWithALostReplyFinishes()
    {
        const CreateResult created = create(input(QStringLiteral("Lost Delete Co")));
        QVERIFY(created.ok);
        addFault({{QStringLiteral("path"), QStringLiteral("/team/delete")},
                  {QStringLiteral("mode"), QStringLiteral("lost")},
                  {QStringLiteral("nth"), 1}});
        addFault({{QStringLiteral("path"), QStringLiteral("/team/delete")},
                  {QStringLiteral("mode"), QStringLiteral("malformed")},
                  {QStringLiteral("nth"), 2}});
        OrgOperations ops(m_client.get(), m_worker.get(), QStringLiteral("ana"));
        std::optional<OperationResult> deleted;
        ops.deleteOrganization(created.organization.id, [&](OperationResult r) { deleted = r; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 15000);
        QVERIFY2(deleted->ok, qPrintable(deleted->error.message));
        QCOMPARE(m_sim->state().teams.size(), 0);
        QCOMPARE(rowCount(), 0);
    }

    // The old key is deleted but the reply is lost and the retry gets garbage: the rotation asks
    // whether the old key is gone before undoing itself (it used to withdraw the new key too,
    // leaving the organization with none; found by test_soak).
    void rotationWithALostDeleteReplyKeepsTheNewKey()
    {
        const CreateResult created = create(input(QStringLiteral("Lost Old Key Co")));
        QVERIFY(created.ok);
        addFault({{QStringLiteral("path"), QStringLiteral("/key/delete")},
                  {QStringLiteral("mode"), QStringLiteral("lost")},
                  {QStringLiteral("nth"), 2}}); // the first /key/delete clears a leftover temporary key
        addFault({{QStringLiteral("path"), QStringLiteral("/key/delete")},
                  {QStringLiteral("mode"), QStringLiteral("malformed")},
                  {QStringLiteral("nth"), 3}});
        OrgOperations ops(m_client.get(), m_worker.get(), QStringLiteral("ana"));
        std::optional<OperationResult> rotated;
        ops.rotateKey(created.organization.id, [&](OperationResult r) { rotated = r; });
        QTRY_VERIFY_WITH_TIMEOUT(rotated.has_value(), 15000);
        QVERIFY2(rotated->ok, qPrintable(rotated->error.message));
        QCOMPARE(m_sim->state().keys.size(), 1);
        QVERIFY(m_sim->state().keys.contains(rotated->organization.keyHash));
        QVERIFY(rotated->organization.keyHash != created.organization.keyHash);
    }

    // An orphan fix reads the team's metadata again just before deleting: a team whose marker no
    // longer names this database (changed since reconcile looked) is left alone.
    void orphanFixRechecksTheTeamBeforeDeleting()
    {
        const CreateResult created = create(input(QStringLiteral("Recheck Co")));
        QVERIFY(created.ok);
        QVERIFY(repo<bool>([id = created.organization.id](OrgRepository &r) { return r.remove(id); }));
        OrgOperations ops(m_client.get(), m_worker.get(), QStringLiteral("ana"));
        std::optional<QList<Drift>> drift;
        ops.reconcile([&](QList<Drift> d, OperationError) { drift = d; });
        QTRY_VERIFY_WITH_TIMEOUT(drift.has_value(), 10000);
        QCOMPARE(drift->size(), 1);
        QCOMPARE(drift->first().kind, Drift::Kind::OrphanTeam);
        m_sim->state().teams[created.organization.id].metadata.insert(QStringLiteral("orgconsole_db_id"),
                                                                      QStringLiteral("other"));
        std::optional<OperationResult> fixed;
        ops.fixDrift(drift->first(), [&](OperationResult r) { fixed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(fixed.has_value(), 10000);
        QVERIFY(!fixed->ok);
        QCOMPARE(fixed->error.kind, OperationError::Kind::Conflict);
        QVERIFY(m_sim->state().teams.contains(created.organization.id));
    }

    // Two deletes of one organization at once: one proceeds, the other is told and does nothing.
    void twoDeletesAtOnceActOnce()
    {
        const CreateResult created = create(input(QStringLiteral("Twice Co")));
        QVERIFY(created.ok);
        addFault({{QStringLiteral("path"), QStringLiteral("/team/delete")},
                  {QStringLiteral("latency_ms"), 300},
                  {QStringLiteral("times"), 1}});
        OrgOperations first(m_client.get(), m_worker.get(), QStringLiteral("ana"));
        OrgOperations second(m_client.get(), m_worker.get(), QStringLiteral("ben"));
        std::optional<OperationResult> a, b;
        first.deleteOrganization(created.organization.id, [&](OperationResult r) { a = r; });
        second.deleteOrganization(created.organization.id, [&](OperationResult r) { b = r; });
        QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value(), 15000);
        QCOMPARE(int(a->ok) + int(b->ok), 1);
        const OperationResult &loser = a->ok ? *b : *a;
        QVERIFY2(loser.error.kind == OperationError::Kind::Conflict || loser.error.kind == OperationError::Kind::NotFound,
                 qPrintable(loser.error.message));
        const auto audit = repo<QList<AuditEntry>>([id = created.organization.id](OrgRepository &r) { return r.audit(id); });
        int deletes = 0;
        for (const AuditEntry &e : audit)
            deletes += e.action == QLatin1String("delete") ? 1 : 0;
        QCOMPARE(deletes, 1);
        QCOMPARE(rowCount(), 0);
        QCOMPARE(m_sim->state().teams.size(), 0);
    }

    void readBackFailureKeepsTheOrganization()
    {
        addFault({{QStringLiteral("path"), QStringLiteral("/team/info")}, {QStringLiteral("status"), 500}});
        const CreateResult r = create(input(QStringLiteral("Readback Co")));
        QVERIFY(r.ok);
        QVERIFY(r.warning.contains(QLatin1String("reading its budget back failed")));
        QCOMPARE(r.team.maxBudget.value_or(-1), 500.0); // from the create reply
        QCOMPARE(rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProvisioning)
#include "test_provisioning.moc"
