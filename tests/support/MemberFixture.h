#pragma once

// The fixture of the member tests: litellm-sim, a real database (ORGCONSOLE_TEST_ENGINE), the
// client and the operations, and an active organization "Acme Corp" owned by kOwner.
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/AddMember.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgOperations.h"
#include "services/provisioning/OrgRequests.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

namespace OrgConsole::Test {
using namespace OrgConsole::Sandbox;

inline const QString kMaster = QStringLiteral("sk-master-members-test");
inline const QString kOwner = QStringLiteral("kc-owner");
inline const QString kUser = QStringLiteral("kc-ada");

class MemberFixture : public QObject
{
protected:
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

    void setUp()
    {
        const QString error
            = m_testDb.create(QStringLiteral("%1_%2")
                                  .arg(QCoreApplication::applicationName().replace(QLatin1Char('-'), QLatin1Char('_')))
                                  .arg(++m_counter),
                              &m_location);
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
    void tearDown()
    {
        m_ops.reset();
        m_worker.reset();
        m_client.reset();
        m_sim.reset();
    }
};

} // namespace OrgConsole::Test
