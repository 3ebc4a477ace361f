#pragma once

#include "models/Organization.h"
#include "services/core/ConflictReport.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/storage/OrgRepository.h"

#include <QDate>
#include <QObject>

#include <functional>

namespace OrgConsole {

class LiteLlmClient;
class RepositoryWorker;

// What the console and orgctl read: organizations and the audit trail from the database, a key's
// and a team's live figures from the proxy. The callers never write repository code or talk to
// the client themselves. Answers arrive on the caller's thread, and not at all once `receiver` is
// gone.
class OrgQueries : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Stored = OrgConsole::Stored<T>;
    template<typename T> using Reply = std::function<void(Stored<T>)>;

    OrgQueries(RepositoryWorker *repository, std::function<LiteLlmClient *()> client, QObject *parent = nullptr);

    void listAll(QObject *receiver, Reply<QList<Organization>> done);
    // About how many organizations there are (what a list about to load them makes room for):
    // OrgRepository::roughCount.
    void roughCount(QObject *receiver, Reply<qint64> done);
    // Every organization, in keyset pages of `pageSize` read on the repository worker (ordered by id), the
    // first page as soon as it is read; `page` runs on the receiver's thread for each page, then `done`
    // once with the total count, or with the error (pages delivered before it stay valid). Dropped when the
    // receiver is destroyed.
    void listPaged(QObject *receiver, int pageSize, std::function<void(QList<Organization>)> page, Reply<int> done);
    // The same as the console loads it: the first page of `firstPageSize` at once, each next one twice the
    // one before up to `largestPageSize`, the worker reading the next page while the receiver's thread
    // handles the one before (at most one page ahead; work queued meanwhile still runs between pages).
    // Only the list's fields (OrgRepository::PageColumns::List): the detail pane reads the rest. In the
    // order of the normalized names: the rows arrive nearly in the list's order (by name), each page
    // merged in as a run, not scattered over the rows listed (as ids, UUIDs, would be). A name never
    // changes once reserved, so the keys hold still while the pages are read.
    void listPagedAhead(QObject *receiver, int firstPageSize, int largestPageSize, std::function<void(QList<Organization>)> page,
                        Reply<int> done);
    // In the order of the normalized names, with only the fields orgctl org list prints (no member
    // count or ids, no owner details: OrgRepository::listPrintedAfter), in pages of `pageSize` read
    // ahead as listPagedAhead's.
    void listPagedByName(QObject *receiver, int pageSize, std::function<void(QList<Organization>)> page, Reply<int> done);
    void findByName(const QString &name, QObject *receiver, Reply<Organization> done);
    void findByIdOrName(const QString &idOrName, QObject *receiver, Reply<Organization> done);
    // The organizations among `ids` that exist (OrgRepository::findByIds).
    void findByIds(const QStringList &ids, QObject *receiver, Reply<QList<Organization>> done);
    void audit(const QString &organizationId, int limit, QObject *receiver, Reply<QList<AuditEntry>> done);
    void auditAll(int limit, QObject *receiver, Reply<QList<AuditEntry>> done);
    // An optimistic-lock conflict in words: what changed `asRead` since the user read it, by whom
    // and when, and how it stands now (one read of the row and its recent audit entries).
    void explainConflict(const Organization &asRead, QObject *receiver, Reply<ConflictReport> done);
    // The same for a change to member `asRead` (of organization `organizationId`).
    void explainMemberConflict(const QString &organizationId, const Member &asRead, QObject *receiver,
                               Reply<ConflictReport> done);

    // From the proxy; false while there is none (sandbox not started, no profile yet).
    bool online() const;
    // The answer is dropped when `receiver` is gone by then (a pane closed mid-request).
    void keyDetails(const QString &keyHash, QObject *receiver, std::function<void(Result<KeyInfo>)> done);
    // Reachability, the proxy's database and whether the master key is admin.
    void proxyStatus(std::function<void(Result<ConnectionReport>)> done);
    void dailySpend(const QString &teamId, const QDate &from, const QDate &to, QObject *receiver,
                    std::function<void(Result<QList<DailySpend>>)> done);

private:
    RepositoryWorker *m_repository;
    std::function<LiteLlmClient *()> m_client;
};

} // namespace OrgConsole
