// The budget doctor against litellm-sim over real HTTP and a real database (both engines): every
// finding code produced on the simulator, the fixable ones fixed through the audited operations
// and gone on the next run; the operations the fixes added, under every fault; bad input.
#include "services/provisioning/BudgetDoctor.h"
#include "tests/support/MemberFixture.h"

#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using namespace OrgConsole::Test;

namespace {
const QString kBob = QStringLiteral("kc-bob");

// "code subject" of every finding, for set comparisons.
QSet<QString> codes(const DoctorReport &report)
{
    QSet<QString> out;
    for (const DoctorFinding &f : report.findings)
        out.insert(f.code + QLatin1Char(' ') + f.subjectName);
    return out;
}
} // namespace

class TestBudgetDoctor : public MemberFixture
{
    Q_OBJECT
    std::unique_ptr<BudgetDoctor> m_doctor;

    template<typename T> Result<T> call(std::function<void(LiteLlmClient::Callback<T>)> op)
    {
        std::optional<Result<T>> out;
        op([&](Result<T> r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out.value_or(Result<T>::failure({}));
    }
    DoctorReport check(const QString &organization = {})
    {
        std::optional<DoctorReport> out;
        m_doctor->check(organization, {}, [&](DoctorReport r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out.value_or(DoctorReport {});
    }
    FixOutcome fix(const DoctorFinding &finding)
    {
        std::optional<FixOutcome> out;
        m_doctor->applyFix(finding, [&](FixOutcome r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out.value_or(FixOutcome {});
    }
    OperationResult orgOp(std::function<void(std::function<void(OperationResult)>)> op)
    {
        std::optional<OperationResult> out;
        op([&](OperationResult r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out.value_or(OperationResult {});
    }
    QString memberKey(const QString &userId) { return row(userId).value_or(Member {}).keyHash; }
    void update(const QString &keyHash, const QJsonObject &fields)
    {
        const auto r = call<Done>([&](auto cb) { m_client->updateKey(keyHash, fields, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    }

    // Acme Corp gets every problem the doctor knows; Beta Ltd has no budget at all.
    void craftEveryProblem()
    {
        QVERIFY(add(newMember()).ok); // kc-ada: $50 every 30 days
        NewMember bob = newMember(kBob);
        bob.maxBudget = 20.0;
        bob.budgetDuration.clear(); // a member cap that never resets
        QVERIFY(add(bob).ok);
        NewOrganization beta;
        beta.name = QStringLiteral("Beta Ltd");
        beta.ownerUserId = QStringLiteral("kc-beta");
        CreateOrganization create(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        std::optional<CreateResult> created;
        create.start(beta, {}, [&](const CreateResult &r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
        QVERIFY(created->ok);

        TeamUpdateRequest models;
        models.teamId = m_org.id;
        models.models = QStringList {QStringLiteral("gpt-4o-mini")};
        QVERIFY(call<TeamInfo>([&](auto cb) { m_client->updateTeam(models, cb); }).ok());
        QVERIFY(call<TeamInfo>([&](auto cb) { m_client->blockTeam(m_org.id, true, cb); }).ok());
        update(m_org.keyHash, {{QStringLiteral("duration"), QStringLiteral("30d")}});
        update(memberKey(kUser), {{QStringLiteral("duration"), QStringLiteral("35d")}});
        update(memberKey(kBob),
               {{QStringLiteral("max_budget"), 900.0}, {QStringLiteral("models"), QJsonArray {QStringLiteral("gpt-4o")}}});
        QVERIFY(call<KeyInfo>([&](auto cb) { m_client->blockKey(memberKey(kBob), true, cb); }).ok());
        QVERIFY(m_sim->recordSpend(memberKey(kUser), 510.0, QStringLiteral("gpt-4o-mini"), {}, 10, 10));
        // The reset job stops, and the clock runs a period and two hours on.
        m_sim->config().resetsStalled = true;
        m_sim->advanceClock(31 * 86400 + 7200);
    }

private slots:
    void init()
    {
        setUp();
        m_doctor = std::make_unique<BudgetDoctor>(m_client.get(), m_worker.get(), m_ops.get());
        m_doctor->setClock([this] { return m_sim->now(); });
    }
    void cleanup()
    {
        m_doctor.reset();
        tearDown();
    }

    void everyFindingOnTheSimulatorAndTheFixableOnesFixed();
    void aHealthyOrganizationHasNoFinding();
    void unknownOrganizationIsAnErrorAndChangesNothing();
    void fixOperationsUnderFaults_data();
    void fixOperationsUnderFaults();
    void keyBudgetRefusesBadInputAndForeignKeys();
};

void TestBudgetDoctor::everyFindingOnTheSimulatorAndTheFixableOnesFixed()
{
    craftEveryProblem();
    if (QTest::currentTestFailed())
        return;
    const QString acme = m_org.name;
    const QString orgKey = m_org.keyAlias;
    const QString adaKey = row(kUser)->keyAlias;
    const QString bobKey = row(kBob)->keyAlias;
    const QSet<QString> expected {
        QStringLiteral("team_blocked ") + acme,          QStringLiteral("over_budget ") + acme,
        QStringLiteral("reset_overdue ") + acme,         QStringLiteral("reset_overdue ") + kUser,
        QStringLiteral("over_budget ") + kUser,          QStringLiteral("member_budget_without_period ") + kBob,
        QStringLiteral("key_expired ") + orgKey,         QStringLiteral("key_expires_soon ") + adaKey,
        QStringLiteral("key_blocked ") + bobKey,         QStringLiteral("key_budget_above_team ") + bobKey,
        QStringLiteral("models_outside_team ") + bobKey, QStringLiteral("no_budget Beta Ltd"),
    };
    const DoctorReport before = check();
    QVERIFY2(!before.error.isError(), qPrintable(before.error.message));
    QCOMPARE(before.organizationsChecked, 2);
    QVERIFY(before.unreadable.isEmpty());
    QCOMPARE(codes(before), expected);
    QVERIFY(before.count(FindingSeverity::Error) >= 4);

    QStringList fixed;
    for (const DoctorFinding &f : before.findings) {
        if (!f.fixable())
            continue;
        const FixOutcome outcome = fix(f);
        QVERIFY2(outcome.ok, qPrintable(f.code + QStringLiteral(": ") + outcome.error.message));
        QCOMPARE(outcome.rawKey.isEmpty(), f.code != QLatin1String("key_expired")); // a rotation shows the new key
        fixed.append(f.code + QLatin1Char(' ') + f.subjectName);
    }
    QCOMPARE(fixed.size(), 5);
    const QSet<QString> after = codes(check());
    for (const QString &gone : std::as_const(fixed))
        QVERIFY2(!after.contains(gone), qPrintable(gone));
    QCOMPARE(after, expected - QSet<QString>(fixed.cbegin(), fixed.cend()));
    for (const char *action : {"unblock-team", "set-key-budget", "set-member-budget", "unblock-member-key", "rotate-key"}) {
        const QList<AuditEntry> entries = auditOf(QString::fromLatin1(action));
        QVERIFY2(entries.size() == 1 && entries.first().outcome == AuditOutcome::Ok, action);
    }
    QCOMPARE(membership(kBob)->budget->budgetDuration.value_or(QString()), QStringLiteral("30d"));
}

void TestBudgetDoctor::aHealthyOrganizationHasNoFinding()
{
    const DoctorReport r = check(QStringLiteral("acme corp")); // by name, as a person types it
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.organizationsChecked, 1);
    QVERIFY(r.findings.isEmpty());
}

void TestBudgetDoctor::unknownOrganizationIsAnErrorAndChangesNothing()
{
    const DoctorReport r = check(QStringLiteral("No Such Org"));
    QCOMPARE(r.error.kind, OperationError::Kind::NotFound);
    QCOMPARE(r.organizationsChecked, 0);
    DoctorFinding none;
    none.organizationId = m_org.id;
    const FixOutcome outcome = fix(none);
    QCOMPARE(outcome.error.kind, OperationError::Kind::BadInput);
    QVERIFY(auditOf(QStringLiteral("unblock-team")).isEmpty());
}

void TestBudgetDoctor::fixOperationsUnderFaults_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("fault");
    const QList<QPair<const char *, QJsonObject>> faults {
        {"400 error envelope",
         {{QStringLiteral("status"), 400},
          {QStringLiteral("body"),
           QStringLiteral("{\"error\":{\"message\":\"rejected\",\"type\":\"bad_request_error\","
                          "\"param\":\"None\",\"code\":\"400\"}}")}}},
        {"400 detail envelope",
         {{QStringLiteral("status"), 400}, {QStringLiteral("body"), QStringLiteral("{\"detail\":{\"error\":\"rejected\"}}")}}},
        {"401", {{QStringLiteral("status"), 401}}},
        {"500", {{QStringLiteral("status"), 500}}},
        {"timeout", {{QStringLiteral("mode"), QStringLiteral("hang")}}},
        {"reset", {{QStringLiteral("mode"), QStringLiteral("reset")}}},
        {"malformed json", {{QStringLiteral("mode"), QStringLiteral("malformed")}}},
        {"reply lost after the proxy acted", {{QStringLiteral("mode"), QStringLiteral("lost")}}},
    };
    for (const auto &f : faults) {
        QTest::addRow("unblock-team %s", f.first) << "unblock-team"
                                                  << "/team/unblock" << f.second;
        QTest::addRow("set-key-budget %s", f.first) << "set-key-budget"
                                                    << "/key/update" << f.second;
        // The read-back after the update (/key/info's second call; the first checks whose key it is),
        // failing on every call from then on: a read is retried after a timeout, reset or lost
        // reply, so one transient fault alone is recovered from.
        QJsonObject readBack = f.second;
        readBack.insert(QStringLiteral("nth"), 2);
        readBack.insert(QStringLiteral("times"), -1);
        QTest::addRow("set-key-budget read-back %s", f.first) << "set-key-budget"
                                                              << "/key/info" << readBack;
    }
}

void TestBudgetDoctor::fixOperationsUnderFaults()
{
    QFETCH(QString, operation);
    QFETCH(QString, path);
    QFETCH(QJsonObject, fault);
    QVERIFY(call<TeamInfo>([&](auto cb) { m_client->blockTeam(m_org.id, true, cb); }).ok());
    fault.insert(QStringLiteral("path"), path);
    addFault(fault);
    const bool team = operation == QLatin1String("unblock-team");
    const OperationResult r = orgOp([&](auto done) {
        if (team)
            m_ops->setTeamBlocked(m_org.id, false, done);
        else
            m_ops->setKeyBudget(m_org.id, m_org.keyHash, 250.0, done);
    });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.kind == OperationError::Kind::Proxy, qPrintable(r.error.message));
    QVERIFY(!r.error.message.isEmpty());
    const QList<AuditEntry> audit = auditOf(operation);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().outcome, AuditOutcome::Failed);
    // Once the proxy answers again, the same operation succeeds and is audited.
    m_sim->faults().clear();
    const OperationResult again = orgOp([&](auto done) {
        if (team)
            m_ops->setTeamBlocked(m_org.id, false, done);
        else
            m_ops->setKeyBudget(m_org.id, m_org.keyHash, 250.0, done);
    });
    QVERIFY2(again.ok, qPrintable(again.error.message));
    QCOMPARE(auditOf(operation).size(), 2);
    if (team)
        QVERIFY(!m_sim->state().teams.value(m_org.id).blocked);
    else
        QCOMPARE(m_sim->state().keys.value(m_org.keyHash).maxBudget.value_or(-1), 250.0);
}

void TestBudgetDoctor::keyBudgetRefusesBadInputAndForeignKeys()
{
    auto setCap = [&](const QString &hash, std::optional<double> cap) {
        return orgOp([&](auto done) { m_ops->setKeyBudget(m_org.id, hash, cap, done); });
    };
    QCOMPARE(setCap(m_org.keyHash, -1.0).error.kind, OperationError::Kind::BadInput);
    QCOMPARE(setCap(m_org.keyHash, std::numeric_limits<double>::quiet_NaN()).error.kind, OperationError::Kind::BadInput);
    QCOMPARE(setCap(QStringLiteral("  "), 5.0).error.kind, OperationError::Kind::BadInput);
    GenerateKeyRequest other;
    other.keyAlias = QStringLiteral("not-acme");
    const auto foreign = call<GeneratedKey>([&](auto cb) { m_client->generateKey(other, cb); });
    QVERIFY(foreign.ok());
    QCOMPARE(setCap(foreign.value->token, 5.0).error.kind, OperationError::Kind::Conflict);
    QVERIFY(!m_sim->state().keys.value(foreign.value->token).maxBudget);
    QVERIFY(!m_sim->state().keys.value(m_org.keyHash).maxBudget);
    QVERIFY(auditOf(QStringLiteral("set-key-budget")).isEmpty());
    QCOMPARE(orgOp([&](auto done) { m_ops->setTeamBlocked(QStringLiteral("nope"), false, done); }).error.kind,
             OperationError::Kind::NotFound);
}

QTEST_MAIN(TestBudgetDoctor)
#include "test_budget_doctor.moc"
