// Adding organization members against litellm-sim and a real database (both engines): the
// Add-member saga, its bad input, and a fault at each step.
#include "tests/support/MemberFixture.h"

#include <QTest>

#include <limits>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using namespace OrgConsole::Test;

class TestMembers : public MemberFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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
};

QTEST_GUILESS_MAIN(TestMembers)
#include "test_members.moc"
