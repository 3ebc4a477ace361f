#include "services/core/OrgQueries.h"

#include "services/core/PagedList.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QPointer>

namespace OrgConsole {

OrgQueries::OrgQueries(RepositoryWorker *repository, std::function<LiteLlmClient *()> client, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_client(std::move(client))
{
}

void OrgQueries::listAll(QObject *receiver, Reply<QList<Organization>> done)
{
    m_repository->run<QList<Organization>>([](OrgRepository &repo) { return repo.listAll(); }, receiver, std::move(done));
}

void OrgQueries::roughCount(QObject *receiver, Reply<qint64> done)
{
    m_repository->run<qint64>([](OrgRepository &repo) { return repo.roughCount(); }, receiver, std::move(done));
}

void OrgQueries::listPaged(QObject *receiver, int pageSize, std::function<void(QList<Organization>)> page, Reply<int> done)
{
    PagedList::start(m_repository, {OrgRepository::PageKey::Id, true}, receiver, pageSize, std::move(page), std::move(done));
}

void OrgQueries::listPagedAhead(QObject *receiver, int firstPageSize, int largestPageSize,
                                std::function<void(QList<Organization>)> page, Reply<int> done)
{
    PagedList::start(m_repository, {OrgRepository::PageKey::NormalizedName, true, false, OrgRepository::PageColumns::List},
                     receiver, PagedList::Pacing {firstPageSize, largestPageSize, true}, std::move(page), std::move(done));
}

void OrgQueries::listPagedByName(QObject *receiver, int pageSize, std::function<void(QList<Organization>)> page, Reply<int> done)
{
    PagedList::start(m_repository, {OrgRepository::PageKey::NormalizedName, false, true}, receiver,
                     PagedList::Pacing {pageSize, pageSize, true}, std::move(page), std::move(done));
}

void OrgQueries::findByName(const QString &name, QObject *receiver, Reply<Organization> done)
{
    m_repository->run<Organization>([name](OrgRepository &repo) { return repo.findByName(name); }, receiver, std::move(done));
}

void OrgQueries::findByIdOrName(const QString &idOrName, QObject *receiver, Reply<Organization> done)
{
    m_repository->run<Organization>([idOrName](OrgRepository &repo) { return repo.findByIdOrName(idOrName); }, receiver,
                                    std::move(done));
}

void OrgQueries::findByIds(const QStringList &ids, QObject *receiver, Reply<QList<Organization>> done)
{
    m_repository->run<QList<Organization>>([ids](OrgRepository &repo) { return repo.findByIds(ids); }, receiver, std::move(done));
}

void OrgQueries::audit(const QString &organizationId, int limit, QObject *receiver, Reply<QList<AuditEntry>> done)
{
    m_repository->run<QList<AuditEntry>>(
        [organizationId, limit](OrgRepository &repo) { return repo.audit(organizationId, limit); }, receiver, std::move(done));
}

void OrgQueries::auditAll(int limit, QObject *receiver, Reply<QList<AuditEntry>> done)
{
    m_repository->run<QList<AuditEntry>>([limit](OrgRepository &repo) { return repo.auditAll(limit); }, receiver,
                                         std::move(done));
}

void OrgQueries::explainConflict(const Organization &asRead, QObject *receiver, Reply<ConflictReport> done)
{
    m_repository->run<ConflictReport>(
        [asRead](OrgRepository &repo) {
            const Stored<Organization> current = repo.findById(asRead.id);
            if (!current.ok())
                return Stored<ConflictReport>::failure(current.error.kind, current.error.message);
            const Stored<QList<AuditEntry>> recent = repo.audit(asRead.id, 50);
            return Stored<ConflictReport>::success(
                describeConflict(asRead, *current.value, recent.value.value_or(QList<AuditEntry> {})));
        },
        receiver, std::move(done));
}

void OrgQueries::explainMemberConflict(const QString &organizationId, const Member &asRead, QObject *receiver,
                                       Reply<ConflictReport> done)
{
    m_repository->run<ConflictReport>(
        [organizationId, asRead](OrgRepository &repo) {
            const Stored<Organization> current = repo.findById(organizationId);
            if (!current.ok())
                return Stored<ConflictReport>::failure(current.error.kind, current.error.message);
            const Stored<Member> member = repo.members().find(organizationId, asRead.userId);
            if (!member.ok() && member.error.kind != StorageError::Kind::NotFound)
                return Stored<ConflictReport>::failure(member.error.kind, member.error.message);
            const Stored<QList<AuditEntry>> recent = repo.audit(organizationId, 50);
            return Stored<ConflictReport>::success(
                describeMemberConflict(asRead, member.value, *current.value, recent.value.value_or(QList<AuditEntry> {})));
        },
        receiver, std::move(done));
}

bool OrgQueries::online() const
{
    return m_client() != nullptr;
}

static LiteLlmError offline()
{
    LiteLlmError e;
    e.category = ErrorCategory::Configuration;
    e.message = QCoreApplication::translate("OrgQueries", "No proxy is connected.");
    return e;
}

// Wraps a callback so it runs only while `receiver` lives.
template<typename T> static std::function<void(Result<T>)> guarded(QObject *receiver, std::function<void(Result<T>)> done)
{
    return [target = QPointer<QObject>(receiver), done = std::move(done)](Result<T> r) {
        if (target)
            done(std::move(r));
    };
}

void OrgQueries::keyDetails(const QString &keyHash, QObject *receiver, std::function<void(Result<KeyInfo>)> done)
{
    if (LiteLlmClient *client = m_client())
        return client->keyInfo(keyHash, guarded(receiver, std::move(done)));
    done(Result<KeyInfo>::failure(offline()));
}

void OrgQueries::proxyStatus(std::function<void(Result<ConnectionReport>)> done)
{
    if (LiteLlmClient *client = m_client())
        return client->testConnection(std::move(done));
    done(Result<ConnectionReport>::failure(offline()));
}

void OrgQueries::dailySpend(const QString &teamId, const QDate &from, const QDate &to, QObject *receiver,
                            std::function<void(Result<QList<DailySpend>>)> done)
{
    if (LiteLlmClient *client = m_client())
        return client->teamDailyActivity(teamId, from, to, guarded(receiver, std::move(done)));
    done(Result<QList<DailySpend>>::failure(offline()));
}

} // namespace OrgConsole
