// Changing, removing and reconciling organization members against litellm-sim and a real database
// (both engines): every change checked on the simulator, races, recovery, the owner rules.
#include "tests/support/MemberFixture.h"

#include <QTest>

#include <limits>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using namespace OrgConsole::Test;

class TestMemberChanges : public MemberFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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

    // Each change of a member owns its row while the proxy works on it: the row names the operator,
    // the phase and since when (what another desktop shows), a second change meanwhile is refused
    // in those words, and the end frees the row. A claim its owner abandoned is freed by recovery.
    void aMemberChangeOwnsTheRowWhileItRuns()
    {
        QVERIFY(add(newMember()).ok);
        const struct {
            const char *path;
            const char *phase;
            std::function<void(std::function<void(MemberResult)>)> run;
        } changes[] = {
            {"/team/member_update", "changing-budget", [&](auto done) { members().setBudget(m_org.id, kUser, 60.0, {}, done); }},
            {"/key/generate", "rotating-key", [&](auto done) { members().rotateKey(m_org.id, kUser, done); }},
            {"/key/block", "blocking-key", [&](auto done) { members().setKeyBlocked(m_org.id, kUser, true, done); }},
        };
        for (const auto &change : changes) {
            m_sim->faults().clear();
            addFault({{QStringLiteral("path"), QLatin1String(change.path)}, {QStringLiteral("latency_ms"), 500}});
            std::optional<MemberResult> result;
            change.run([&](MemberResult r) { result = r; });
            QTRY_COMPARE_WITH_TIMEOUT(row(kUser)->owner.phase, QLatin1String(change.phase), 3000);
            QCOMPARE(row(kUser)->owner.operatorName, QStringLiteral("ana.support"));
            QVERIFY(row(kUser)->owner.since.isValid());
            const MemberResult second = run([&](auto done) { members().setBudget(m_org.id, kUser, 70.0, {}, done); });
            QCOMPARE(second.error.kind, OperationError::Kind::Conflict);
            QVERIFY2(second.error.message.contains(QStringLiteral(" by ana.support since ")), qPrintable(second.error.message));
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            QVERIFY2(result->ok, qPrintable(result->error.message));
            QVERIFY(row(kUser)->owner.phase.isEmpty());
            QCOMPARE(result->member.rowVersion, row(kUser)->rowVersion);
        }
        QCOMPARE(row(kUser)->maxBudget.value_or(-1), 60.0);
        QVERIFY(row(kUser)->keyBlocked);

        // Desk 7 died in the middle of a change: recovery frees the member once its lease ran out.
        OperationOwner desk7 {QStringLiteral("desk-7"), 4711, 99, QStringLiteral("bob.support")};
        desk7.phase = QStringLiteral("rotating-key");
        const qint64 version = row(kUser)->rowVersion;
        QVERIFY(repo<bool>([&](OrgRepository &r) { return r.members().claimForChange(m_org.id, kUser, version, desk7); }));
        std::optional<QList<RecoveryOutcome>> outcomes;
        m_ops->recover(RecoveryRules {-1, std::nullopt}, false, [&](QList<RecoveryOutcome> o) { outcomes = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcomes.has_value(), 10000);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().action, RecoveryAction::Finished);
        QVERIFY(row(kUser)->owner.phase.isEmpty() && row(kUser)->owner.isEmpty());
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

QTEST_GUILESS_MAIN(TestMemberChanges)
#include "test_member_changes.moc"
