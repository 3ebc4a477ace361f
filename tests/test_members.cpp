// Organization members against litellm-sim and a real database (both engines): the Add-member saga
// with a fault at each step, every change checked on the simulator's state, races, recovery.
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/AddMember.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgOperations.h"
#include "services/provisioning/OrgRequests.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using OrgConsole::Test::TestDatabase;

namespace {
const QString kMaster = QStringLiteral("sk-master-members-test");
const QString kOwner = QStringLiteral("kc-owner");
const QString kUser = QStringLiteral("kc-ada");
} // namespace

class TestMembers : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_testDb;
    DatabaseLocation m_location;
    std::unique_ptr<LiteLlmSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LiteLlmClient> m_client;
    std::unique_ptr<RepositoryWorker> m_worker;
    std::unique_ptr<OrgOperations> m_ops;
    Organization m_org;
    int m_counter = 0;

    MemberOperations &members() { return m_ops->members(); }

    template<typename T> T repo(std::function<Stored<T>(OrgRepository &)> work)
    {
        std::optional<Stored<T>> out;
        m_worker->run<T>(work, this, [&](Stored<T> r) { out = r; });
        [&] { QTRY_VERIFY(out.has_value()); }();
        return out && out->value ? *out->value : T {};
    }
    QList<Member> rows()
    {
        return repo<QList<Member>>([id = m_org.id](OrgRepository &r) { return r.members().list(id); });
    }
    std::optional<Member> row(const QString &userId)
    {
        for (const Member &m : rows()) {
            if (m.userId == userId)
                return m;
        }
        return std::nullopt;
    }
    NewMember newMember(const QString &userId = kUser)
    {
        NewMember n;
        n.organization = QStringLiteral("Acme Corp");
        n.userId = userId;
        n.email = QStringLiteral("ada@example.com");
        n.maxBudget = 50.0;
        n.budgetDuration = QStringLiteral("30d");
        return n;
    }
    AddMemberResult add(const NewMember &in, QList<MemberProgress> *progress = nullptr)
    {
        AddMember saga(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        std::optional<AddMemberResult> result;
        saga.start(
            in,
            [&](const MemberProgress &p) {
                if (progress)
                    progress->append(p);
            },
            [&](const AddMemberResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(AddMemberResult {});
    }
    MemberResult run(std::function<void(std::function<void(MemberResult)>)> op)
    {
        std::optional<MemberResult> out;
        op([&](MemberResult r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out.value_or(MemberResult {});
    }
    // The simulator's membership of `userId` in the organization's team, if any.
    const SimMembership *membership(const QString &userId)
    {
        const auto team = m_sim->state().memberships.constFind(m_org.id);
        if (team == m_sim->state().memberships.cend())
            return nullptr;
        const auto m = team->constFind(userId);
        return m == team->cend() ? nullptr : &*m;
    }
    QList<SimKey> keysOf(const QString &userId)
    {
        QList<SimKey> out;
        for (const SimKey &k : std::as_const(m_sim->state().keys)) {
            if (k.userId.value_or(QString()) == userId)
                out.append(k);
        }
        return out;
    }
    void addFault(const QJsonObject &f)
    {
        QString error;
        const auto fault = SimFault::fromJson(f, &error);
        QVERIFY2(fault, qPrintable(error));
        m_sim->faults().add(*fault);
    }
    int callsTo(const QString &path)
    {
        const QJsonArray faults = m_sim->faults().toJson().value(QStringLiteral("faults")).toArray();
        for (const QJsonValue &f : faults) {
            if (f.toObject().value(QStringLiteral("path")).toString() == path)
                return f.toObject().value(QStringLiteral("seen")).toInt();
        }
        return -1;
    }
    QList<AuditEntry> auditOf(const QString &action)
    {
        QList<AuditEntry> out;
        const auto all = repo<QList<AuditEntry>>([](OrgRepository &r) { return r.auditAll(); });
        for (const AuditEntry &e : all) {
            if (e.action == action)
                out.append(e);
        }
        return out;
    }

private slots:
    void init()
    {
        const QString error = m_testDb.create(QStringLiteral("members_%1").arg(++m_counter), &m_location);
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
        m_ops = std::make_unique<OrgOperations>(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        NewOrganization n;
        n.name = QStringLiteral("Acme Corp");
        n.ownerUserId = kOwner;
        n.maxBudget = 500.0;
        n.budgetDuration = QStringLiteral("30d");
        CreateOrganization create(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        std::optional<CreateResult> created;
        create.start(n, {}, [&](const CreateResult &r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
        QVERIFY2(created->ok, qPrintable(created->error.message));
        m_org = created->organization;
    }
    void cleanup()
    {
        m_ops.reset();
        m_worker.reset();
        m_client.reset();
        m_sim.reset();
    }

    void theOwnerIsTheFirstMember()
    {
        QVERIFY2(membership(kOwner), "the team is created with its owner as a member");
        const auto owner = row(kOwner);
        QVERIFY(owner);
        QCOMPARE(owner->status, MemberStatus::Active);
        QCOMPARE(owner->keyHash, m_org.keyHash);
        QCOMPARE(owner->keyAlias, m_org.keyAlias);
        QCOMPARE(repo<Organization>([id = m_org.id](OrgRepository &r) { return r.findById(id); }).memberCount, 1);
    }

    void addMemberWithItsOwnKeyAndBudget()
    {
        QList<MemberProgress> progress;
        const AddMemberResult r = add(newMember(), &progress);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(r.rawKey.startsWith(QLatin1String("sk-")));
        QList<MemberStep> done;
        for (const MemberProgress &p : progress) {
            if (p.state == StepState::Done)
                done.append(p.step);
        }
        QCOMPARE(done,
                 (QList<MemberStep> {MemberStep::Validate, MemberStep::Reserve, MemberStep::AddToTeam, MemberStep::GenerateKey,
                                     MemberStep::Save, MemberStep::ReadBack}));
        // On the proxy: the membership with its budget row, and one key bound to the member and the team.
        const SimMembership *m = membership(kUser);
        QVERIFY(m);
        QVERIFY(m->budget);
        QCOMPARE(m->budget->maxBudget.value_or(-1), 50.0);
        QCOMPARE(m->budget->budgetDuration.value_or(QString()), QStringLiteral("30d"));
        const QList<SimKey> keys = keysOf(kUser);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().teamId.value_or(QString()), m_org.id);
        QCOMPARE(keys.first().alias.value_or(QString()), keyAliasForMember(m_org.id, kUser));
        QCOMPARE(keys.first().metadata.value(QStringLiteral("orgconsole_member")).toString(), kUser);
        // In the database: active, with the key's hash; audited with the operator.
        const auto saved = row(kUser);
        QVERIFY(saved);
        QCOMPARE(saved->status, MemberStatus::Active);
        QCOMPARE(saved->keyHash, keys.first().token);
        QCOMPARE(saved->addedBy, QStringLiteral("ana.support"));
        QVERIFY(r.membership);
        QCOMPARE(r.membership->maxBudget.value_or(-1), 50.0);
        const auto audit = auditOf(QStringLiteral("add-member"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().operatorName, QStringLiteral("ana.support"));
        QCOMPARE(audit.first().details.value(QStringLiteral("user_id")).toString(), kUser);
    }

    void listReadsOneTeamInfo()
    {
        QVERIFY(add(newMember()).ok);
        addFault({{QStringLiteral("path"), QStringLiteral("/team/info")}}); // counts calls, fails none
        std::optional<MembersReport> report;
        members().list(QStringLiteral("acme corp"), [&](MembersReport r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
        QVERIFY2(!report->proxyError.isError(), qPrintable(report->proxyError.message));
        QCOMPARE(callsTo(QStringLiteral("/team/info")), 1);
        QCOMPARE(report->members.size(), 2);
        QVERIFY(report->members.at(0).isOwner);
        const MemberView &ada = report->members.at(1);
        QCOMPARE(ada.member.userId, kUser);
        QVERIFY(ada.onProxy);
        QVERIFY(ada.key);
        QCOMPARE(ada.membership->maxBudget.value_or(-1), 50.0);
        QVERIFY2(report->unknownOnProxy.isEmpty(), qPrintable(report->unknownOnProxy.join(u',')));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("email");
        QTest::addColumn<double>("budget");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<int>("kind");
        const int bad = int(OperationError::Kind::BadInput);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("empty user") << "Acme Corp"
                                    << "  "
                                    << "" << 5.0 << "" << bad;
        QTest::newRow("over-long user") << "Acme Corp" << QString(256, QLatin1Char('u')) << "" << 5.0 << "" << bad;
        QTest::newRow("control character") << "Acme Corp"
                                           << "kc\x1b[2J"
                                           << "" << 5.0 << "" << bad;
        QTest::newRow("bad email") << "Acme Corp"
                                   << "kc-x"
                                   << "not-an-email" << 5.0 << "" << bad;
        QTest::newRow("negative budget") << "Acme Corp"
                                         << "kc-x"
                                         << "" << -1.0 << "" << bad;
        QTest::newRow("NaN budget") << "Acme Corp"
                                    << "kc-x"
                                    << "" << nan << "" << bad;
        QTest::newRow("infinite budget") << "Acme Corp"
                                         << "kc-x"
                                         << "" << inf << "" << bad;
        QTest::newRow("bad period") << "Acme Corp"
                                    << "kc-x"
                                    << "" << 5.0 << "monthly" << bad;
        QTest::newRow("above the organization's budget") << "Acme Corp"
                                                         << "kc-x"
                                                         << "" << 900.0 << "" << bad;
        QTest::newRow("unknown organization") << "Nobody Inc"
                                              << "kc-x"
                                              << "" << 5.0 << "" << int(OperationError::Kind::NotFound);
        QTest::newRow("already a member") << "Acme Corp" << kOwner << "" << 5.0 << "" << int(OperationError::Kind::Conflict);
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, org);
        QFETCH(QString, user);
        QFETCH(QString, email);
        QFETCH(double, budget);
        QFETCH(QString, duration);
        QFETCH(int, kind);
        addFault({{QStringLiteral("path"), QStringLiteral("/team/member_add")}});
        addFault({{QStringLiteral("path"), QStringLiteral("/key/generate")}});
        NewMember n = newMember(user);
        n.organization = org;
        n.email = email;
        n.maxBudget = budget;
        n.budgetDuration = duration;
        const AddMemberResult r = add(n);
        QVERIFY(!r.ok);
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(callsTo(QStringLiteral("/team/member_add")), 0);
        QCOMPARE(callsTo(QStringLiteral("/key/generate")), 0);
        QCOMPARE(rows().size(), 1); // the owner only
        QCOMPARE(keysOf(user).size(), user == kOwner ? 1 : 0);
    }

    void faultAtEachStepLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("step");
        const QList<QPair<QString, MemberStep>> steps {{QStringLiteral("/team/member_add"), MemberStep::AddToTeam},
                                                       {QStringLiteral("/key/generate"), MemberStep::GenerateKey}};
        const QList<QPair<const char *, QJsonObject>> faults {
            {"400 error envelope",
             {{QStringLiteral("status"), 400},
              {QStringLiteral("body"),
               QStringLiteral("{\"error\":{\"message\":\"rejected\",\"type\":\"bad_request_error\","
                              "\"param\":\"None\",\"code\":\"400\"}}")}}},
            {"400 detail envelope",
             {{QStringLiteral("status"), 400},
              {QStringLiteral("body"), QStringLiteral("{\"detail\":{\"error\":\"rejected\"}}")}}},
            {"401", {{QStringLiteral("status"), 401}}},
            {"500", {{QStringLiteral("status"), 500}}},
            {"timeout", {{QStringLiteral("mode"), QStringLiteral("hang")}}},
            {"reset", {{QStringLiteral("mode"), QStringLiteral("reset")}}},
            {"malformed json", {{QStringLiteral("mode"), QStringLiteral("malformed")}}},
            {"reply lost after the proxy acted", {{QStringLiteral("mode"), QStringLiteral("lost")}}},
        };
        for (const auto &s : steps) {
            for (const auto &f : faults) {
                QJsonObject fault = f.second;
                fault.insert(QStringLiteral("path"), s.first);
                QTest::addRow("%s %s", qPrintable(memberStepName(s.second)), f.first) << s.first << fault << int(s.second);
            }
        }
    }
    void faultAtEachStepLeavesNothingBehind()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, fault);
        QFETCH(int, step);
        addFault(fault);
        QList<MemberProgress> progress;
        const AddMemberResult r = add(newMember(), &progress);
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, std::optional<MemberStep>(MemberStep(step)));
        QCOMPARE(r.error.kind, OperationError::Kind::Proxy);
        QVERIFY2(!r.cleanupError.isError(), qPrintable(r.cleanupError.message));
        QVERIFY(r.rawKey.isEmpty());
        QVERIFY2(!membership(kUser), "no membership left behind");
        QCOMPARE(keysOf(kUser).size(), 0);
        QVERIFY2(!row(kUser), "no row left behind");
        QVERIFY2(membership(kOwner), "the owner is untouched");
        const auto audit = auditOf(QStringLiteral("add-member"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().outcome, AuditOutcome::FailedCleanedUp);
        // The same person can be added right away.
        m_sim->faults().clear();
        QVERIFY(add(newMember()).ok);
    }

    void oneLostReplyIsRecognised_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("member_add") << "/team/member_add";
        QTest::newRow("key/generate") << "/key/generate";
    }
    void oneLostReplyIsRecognised()
    {
        // The proxy acted but the reply was lost once: the retry finds the membership ("already in
        // team") or the key's alias taken, and the add still ends with one membership and one key.
        QFETCH(QString, path);
        addFault(
            {{QStringLiteral("path"), path}, {QStringLiteral("mode"), QStringLiteral("lost")}, {QStringLiteral("times"), 1}});
        const AddMemberResult r = add(newMember());
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(membership(kUser));
        QCOMPARE(membership(kUser)->budget->maxBudget.value_or(-1), 50.0);
        QCOMPARE(keysOf(kUser).size(), 1);
        QCOMPARE(row(kUser)->keyHash, keysOf(kUser).first().token);
    }

    void saveFailureWithdrawsKeyAndMembership()
    {
        // The row disappears while the key is being generated (another desktop removed it): the
        // save finds it gone, and the key and the membership are withdrawn.
        addFault({{QStringLiteral("path"), QStringLiteral("/key/generate")}, {QStringLiteral("latency_ms"), 300}});
        AddMember saga(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        std::optional<AddMemberResult> result;
        bool removed = false;
        saga.start(
            newMember(),
            [&](const MemberProgress &p) {
                if (p.step == MemberStep::GenerateKey && p.state == StepState::Running && !removed) {
                    removed = true;
                    m_worker->run<bool>([id = m_org.id](OrgRepository &r) { return r.members().remove(id, kUser); }, this,
                                        [](Stored<bool>) {});
                }
            },
            [&](const AddMemberResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok);
        QCOMPARE(result->failedStep, std::optional<MemberStep>(MemberStep::Save));
        QVERIFY(!membership(kUser));
        QCOMPARE(keysOf(kUser).size(), 0);
        QVERIFY(!row(kUser));
    }

    void alreadyInTheTeamIsRecognised()
    {
        // An earlier attempt's member_add acted but its reply was lost: the membership exists
        // (without the budget); the add recognises it and sets the budget asked for.
        TeamMemberRequest earlier;
        earlier.teamId = m_org.id;
        earlier.userId = kUser;
        std::optional<Result<MemberAdded>> pre;
        m_client->addTeamMember(earlier, [&](Result<MemberAdded> r) { pre = r; });
        QTRY_VERIFY(pre.has_value());
        QVERIFY(pre->ok());
        const AddMemberResult r = add(newMember());
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(membership(kUser)->budget);
        QCOMPARE(membership(kUser)->budget->maxBudget.value_or(-1), 50.0);
        QCOMPARE(keysOf(kUser).size(), 1);
    }

    void changesAreMadeOnTheProxyAndSaved()
    {
        QVERIFY(add(newMember()).ok);
        MemberResult r = run([&](auto done) { members().setBudget(m_org.id, kUser, 75.0, QStringLiteral("7d"), done); });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(membership(kUser)->budget->maxBudget.value_or(-1), 75.0);
        QCOMPARE(membership(kUser)->budget->budgetDuration.value_or(QString()), QStringLiteral("7d"));
        QCOMPARE(row(kUser)->maxBudget.value_or(-1), 75.0);
        r = run([&](auto done) { members().setBudget(m_org.id, kUser, std::nullopt, QString(), done); });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(!membership(kUser)->budget || !membership(kUser)->budget->maxBudget);
        QVERIFY(!row(kUser)->maxBudget);

        const QString oldHash = row(kUser)->keyHash;
        r = run([&](auto done) { members().rotateKey(QStringLiteral("Acme Corp"), kUser, done); });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(r.rawKey.startsWith(QLatin1String("sk-")));
        QCOMPARE(keysOf(kUser).size(), 1);
        QVERIFY(!m_sim->state().keys.contains(oldHash));
        QCOMPARE(keysOf(kUser).first().alias.value_or(QString()), keyAliasForMember(m_org.id, kUser));
        QCOMPARE(row(kUser)->keyHash, keysOf(kUser).first().token);

        r = run([&](auto done) { members().setKeyBlocked(m_org.id, kUser, true, done); });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(keysOf(kUser).first().blocked.value_or(false));
        QVERIFY(row(kUser)->keyBlocked);
        r = run([&](auto done) { members().setKeyBlocked(m_org.id, kUser, false, done); });
        QVERIFY(r.ok);
        QVERIFY(!keysOf(kUser).first().blocked.value_or(false));
        for (const QString &action : {QStringLiteral("set-member-budget"), QStringLiteral("rotate-member-key"),
                                      QStringLiteral("block-member-key"), QStringLiteral("unblock-member-key")})
            QVERIFY2(!auditOf(action).isEmpty(), qPrintable(action));
    }

    void badChangesAreRefused()
    {
        QVERIFY(add(newMember()).ok);
        addFault({{QStringLiteral("path"), QStringLiteral("/team/member_update")}});
        MemberResult r = run([&](auto done) { members().setBudget(m_org.id, kUser, -3.0, QString(), done); });
        QCOMPARE(r.error.kind, OperationError::Kind::BadInput);
        r = run([&](auto done) { members().setBudget(m_org.id, kUser, 10.0, QStringLiteral("fortnight"), done); });
        QCOMPARE(r.error.kind, OperationError::Kind::BadInput);
        r = run([&](auto done) { members().setBudget(m_org.id, QStringLiteral("kc-nobody"), 10.0, QString(), done); });
        QCOMPARE(r.error.kind, OperationError::Kind::NotFound);
        QCOMPARE(callsTo(QStringLiteral("/team/member_update")), 0);
        QCOMPARE(row(kUser)->maxBudget.value_or(-1), 50.0);
    }

    void removingAMemberLeavesNoKeyOfTheirs()
    {
        QVERIFY(add(newMember()).ok);
        // A second key of theirs in the team, made outside the console.
        std::optional<Result<GeneratedKey>> extra;
        GenerateKeyRequest req;
        req.teamId = m_org.id;
        req.userId = kUser;
        req.keyAlias = QStringLiteral("made-by-hand");
        m_client->generateKey(req, [&](Result<GeneratedKey> g) { extra = g; });
        QTRY_VERIFY(extra.has_value());
        QCOMPARE(keysOf(kUser).size(), 2);
        const MemberResult r = run([&](auto done) { members().remove(QStringLiteral("Acme Corp"), kUser, done); });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(keysOf(kUser).size(), 0);
        QVERIFY(!membership(kUser));
        QVERIFY(!row(kUser));
        QCOMPARE(auditOf(QStringLiteral("remove-member")).size(), 1);
    }

    void aFailedRemovalIsKeptAndFinishedByRecovery()
    {
        QVERIFY(add(newMember()).ok);
        addFault({{QStringLiteral("path"), QStringLiteral("/team/member_delete")}, {QStringLiteral("status"), 500}});
        MemberResult r = run([&](auto done) { members().remove(m_org.id, kUser, done); });
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, OperationError::Kind::Proxy);
        QCOMPARE(row(kUser)->status, MemberStatus::Failed);
        QCOMPARE(keysOf(kUser).size(), 0); // the keys went first
        m_sim->faults().clear();
        std::optional<QList<RecoveryOutcome>> outcomes;
        m_ops->recover(RecoveryRules {}, false, [&](QList<RecoveryOutcome> o) { outcomes = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcomes.has_value(), 20000);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().action, RecoveryAction::Deleted);
        QVERIFY(!membership(kUser));
        QVERIFY(!row(kUser));
    }

    void theOwnerStaysUntilOwnershipMoves()
    {
        QVERIFY(add(newMember()).ok);
        MemberResult r = run([&](auto done) { members().remove(m_org.id, kOwner, done); });
        QCOMPARE(r.error.kind, OperationError::Kind::Conflict);
        QVERIFY(membership(kOwner));
        r = run([&](auto done) { members().makeOwner(m_org.id, kUser, done); });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const Organization org = repo<Organization>([id = m_org.id](OrgRepository &repo) { return repo.findById(id); });
        QCOMPARE(org.ownerUserId, kUser);
        QCOMPARE(org.keyHash, row(kUser)->keyHash); // the organization's key is its owner's
        const auto audit = auditOf(QStringLiteral("make-owner"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().details.value(QStringLiteral("from")).toString(), kOwner);
        r = run([&](auto done) { members().remove(m_org.id, kOwner, done); });
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(keysOf(kOwner).size(), 0);
        QVERIFY(!membership(kOwner));
    }

    void twoAddsOfTheSamePersonMakeOneMember()
    {
        AddMember first(m_client.get(), m_worker.get(), QStringLiteral("ana"));
        AddMember second(m_client.get(), m_worker.get(), QStringLiteral("bob"));
        std::optional<AddMemberResult> a, b;
        first.start(newMember(), {}, [&](const AddMemberResult &r) { a = r; });
        second.start(newMember(), {}, [&](const AddMemberResult &r) { b = r; });
        QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value(), 20000);
        QCOMPARE(int(a->ok) + int(b->ok), 1);
        const AddMemberResult &loser = a->ok ? *b : *a;
        QCOMPARE(loser.error.kind, OperationError::Kind::Conflict);
        QCOMPARE(keysOf(kUser).size(), 1);
        QVERIFY(membership(kUser));
        QCOMPARE(row(kUser)->status, MemberStatus::Active);
    }

    void recoveryRollsBackAnAddWhoseProcessDied()
    {
        // What a crash right after the key step leaves: a provisioning row owned by a process that
        // is gone, a membership and a key on the proxy.
        Member m;
        m.organizationId = m_org.id;
        m.userId = kUser;
        m.keyAlias = keyAliasForMember(m_org.id, kUser);
        const OperationOwner dead {QStringLiteral("this-host"), 999999, 1};
        QVERIFY(repo<Member>([m, dead](OrgRepository &r) { return r.members().reserve(m, dead); }).userId == kUser);
        TeamMemberRequest t;
        t.teamId = m_org.id;
        t.userId = kUser;
        std::optional<bool> made;
        m_client->addTeamMember(t, [&](Result<MemberAdded> r) {
            m_client->generateKey(keyRequestForMember(m_org, m, m.keyAlias),
                                  [&, ok = r.ok()](Result<GeneratedKey> g) { made = ok && g.ok(); });
        });
        QTRY_VERIFY(made.has_value());
        QVERIFY(*made);
        OwnerProbe probe {QStringLiteral("this-host"), [](qint64, qint64) { return ProcessState::Gone; }};
        m_ops->setOwnerProbe(probe);
        std::optional<QList<RecoveryOutcome>> outcomes;
        m_ops->recover(RecoveryRules {}, false, [&](QList<RecoveryOutcome> o) { outcomes = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcomes.has_value(), 20000);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().action, RecoveryAction::RolledBack);
        QVERIFY(!membership(kUser));
        QCOMPARE(keysOf(kUser).size(), 0);
        QVERIFY(!row(kUser));
    }

    QList<Drift> reconcileMembers()
    {
        std::optional<QList<Drift>> drift;
        m_ops->reconcile([&](QList<Drift> d, OperationError e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            drift = d;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(drift.has_value(), 20000); }();
        QList<Drift> members;
        for (const Drift &d : drift.value_or(QList<Drift> {})) {
            if (d.isAboutAMember())
                members.append(d);
        }
        return members;
    }
    void reconcileFindsAndFixesMemberDrift()
    {
        QVERIFY(add(newMember()).ok);
        QVERIFY(add(newMember(QStringLiteral("kc-bob"))).ok);
        QVERIFY(reconcileMembers().isEmpty());
        // Outside the console: Ada's membership removed, Bob's key deleted and budget changed,
        // and a stranger added to the team.
        std::optional<bool> changed;
        TeamMemberRequest bobBudget;
        bobBudget.teamId = m_org.id;
        bobBudget.userId = QStringLiteral("kc-bob");
        bobBudget.maxBudget = std::optional<double>(9.0);
        TeamMemberRequest stranger;
        stranger.teamId = m_org.id;
        stranger.userId = QStringLiteral("kc-stranger");
        m_client->removeTeamMember(m_org.id, kUser, [&](Result<Done>) {
            m_client->deleteKeys({row(QStringLiteral("kc-bob"))->keyHash}, [&](Result<Done>) {
                m_client->updateTeamMember(bobBudget, [&](Result<Done>) {
                    m_client->addTeamMember(stranger, [&](Result<MemberAdded> r) { changed = r.ok(); });
                });
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(changed.has_value(), 10000);
        const QList<Drift> drift = reconcileMembers();
        QHash<Drift::Kind, Drift> byKind;
        for (const Drift &d : drift)
            byKind.insert(d.kind, d);
        QCOMPARE(drift.size(), 4);
        QCOMPARE(byKind.value(Drift::Kind::MembershipMissing).userId, kUser);
        QCOMPARE(byKind.value(Drift::Kind::MemberKeyMissing).userId, QStringLiteral("kc-bob"));
        QCOMPARE(byKind.value(Drift::Kind::MemberBudgetChanged).proxyBudget.value_or(-1), 9.0);
        QCOMPARE(byKind.value(Drift::Kind::UnknownMember).userId, QStringLiteral("kc-stranger"));
        QVERIFY(!byKind.value(Drift::Kind::UnknownMember).fixable());
        for (Drift::Kind kind :
             {Drift::Kind::MembershipMissing, Drift::Kind::MemberKeyMissing, Drift::Kind::MemberBudgetChanged}) {
            std::optional<OperationResult> fixed;
            m_ops->fixDrift(byKind.value(kind), [&](OperationResult r) { fixed = r; });
            QTRY_VERIFY_WITH_TIMEOUT(fixed.has_value(), 10000);
            QVERIFY2(fixed->ok, qPrintable(fixed->error.message));
            if (kind == Drift::Kind::MemberKeyMissing)
                QVERIFY2(fixed->rawKey.startsWith(QLatin1String("sk-")), "the re-issued key is shown once");
        }
        QVERIFY(membership(kUser));
        QCOMPARE(keysOf(QStringLiteral("kc-bob")).size(), 1);
        QCOMPARE(row(QStringLiteral("kc-bob"))->maxBudget.value_or(-1), 9.0);
        const QList<Drift> left = reconcileMembers();
        QCOMPARE(left.size(), 1); // the stranger, for a person to decide
        QCOMPARE(auditOf(QStringLiteral("reconcile-member")).size(), 3);
    }

    void deletingTheOrganizationRemovesEveryMember()
    {
        QVERIFY(add(newMember()).ok);
        QVERIFY(add(newMember(QStringLiteral("kc-bob"))).ok);
        std::optional<OperationResult> deleted;
        m_ops->deleteOrganization(m_org.id, [&](OperationResult r) { deleted = r; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 20000);
        QVERIFY2(deleted->ok, qPrintable(deleted->error.message));
        for (const QString &user : {kOwner, kUser, QStringLiteral("kc-bob")})
            QCOMPARE(keysOf(user).size(), 0);
        QVERIFY(m_sim->state().memberships.value(m_org.id).isEmpty());
        QCOMPARE(rows().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMembers)
#include "test_members.moc"
