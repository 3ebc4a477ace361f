#pragma once

#include "models/Organization.h"
#include "services/storage/OrgRepository.h"

#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

namespace OrgConsole {

class RepositoryWorker;

// Every organization, read in keyset pages on the repository worker: one job per page, the next
// one queued only when the previous page has been delivered, so that a save queued meanwhile runs
// between two pages instead of behind 100,000 rows. Pages and the end arrive on the receiver's
// thread; nothing more once the receiver is gone.
class PagedList : public std::enable_shared_from_this<PagedList>
{
public:
    using Page = std::function<void(QList<Organization>)>;
    using Done = std::function<void(Stored<int>)>;
    struct Order {
        OrgRepository::PageKey key = OrgRepository::PageKey::Id;
        bool withMemberIds = true;
    };

    static void start(RepositoryWorker *repository, Order order, QObject *receiver, int pageSize, Page page, Done done);

private:
    PagedList(RepositoryWorker *repository, Order order, QObject *receiver, int pageSize, Page page, Done done);
    void next();
    void arrived(Stored<QList<Organization>> read);

    RepositoryWorker *m_repository;
    Order m_order;
    QPointer<QObject> m_receiver;
    int m_pageSize;
    Page m_page;
    Done m_done;
    QString m_after; // the key of the last row delivered ("" before the first page)
    int m_total = 0;
};

} // namespace OrgConsole
