#pragma once

#include "models/Organization.h"
#include "services/storage/OrgRepository.h"

#include <QList>
#include <QPointer>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace OrgConsole {

class RepositoryWorker;

// Every organization, read in keyset pages on the repository worker, one job per page, so that a
// save queued meanwhile runs between two pages instead of behind 100,000 rows. Pages and the end
// arrive on the receiver's thread; nothing more once the receiver is gone.
// Fixed pages (start with a page size): the next page is queued only when the previous one has been
// delivered. Paced (start with a Pacing): the pages grow after the first, and the worker reads the
// next page while the receiver's thread handles the one before, at most one page ahead; the next
// read is queued behind the work queued before it, so other work still runs between pages.
class PagedList : public std::enable_shared_from_this<PagedList>
{
public:
    using Page = std::function<void(QList<Organization>)>;
    using Done = std::function<void(Stored<int>)>;
    struct Order {
        OrgRepository::PageKey key = OrgRepository::PageKey::Id;
        bool withMemberIds = true;
        // Only the fields orgctl org list prints (OrgRepository::listPrintedAfter; name order only).
        bool printedFieldsOnly = false;
        // The console's list: only the fields it shows (OrgRepository::PageColumns::List).
        OrgRepository::PageColumns columns = OrgRepository::PageColumns::All;
    };
    // The first page of `first` rows (a screenful at once), each next one twice the one before up
    // to `largest`.
    struct Pacing {
        int first = 500;
        int largest = 500;
        bool readAhead = false;
    };

    static void start(RepositoryWorker *repository, Order order, QObject *receiver, int pageSize, Page page, Done done);
    static void start(RepositoryWorker *repository, Order order, QObject *receiver, Pacing pacing, Page page, Done done);

private:
    PagedList(RepositoryWorker *repository, Order order, QObject *receiver, Pacing pacing, Page page, Done done);
    int limitOf(int index) const;
    void read(const QString &after, int index); // queues page `index`; on either thread
    Stored<QList<Organization>> readOnWorker(OrgRepository &repo, const QString &after, int index);
    void arrived(Stored<QList<Organization>> read, int index);

    RepositoryWorker *m_repository;
    Order m_order;
    QPointer<QObject> m_receiver;
    Pacing m_pacing;
    Page m_page;
    Done m_done;
    int m_total = 0;
    // Read ahead: pages read and not yet handled, and the read held back until one is (its key and
    // index); shared by the worker and the receiver's thread.
    std::mutex m_ahead;
    int m_undelivered = 0;
    std::optional<std::pair<QString, int>> m_heldBack;
    QString m_lastKey; // of the page read last (OrgRepository::listAfter's lastKey)
};

} // namespace OrgConsole
