#include "services/core/PagedList.h"

#include "services/storage/RepositoryWorker.h"

namespace OrgConsole {

PagedList::PagedList(RepositoryWorker *repository, Order order, QObject *receiver, int pageSize, Page page, Done done)
    : m_repository(repository)
    , m_order(order)
    , m_receiver(receiver)
    , m_pageSize(qMax(1, pageSize))
    , m_page(std::move(page))
    , m_done(std::move(done))
{
}

void PagedList::start(RepositoryWorker *repository, Order order, QObject *receiver, int pageSize, Page page, Done done)
{
    std::shared_ptr<PagedList> list(new PagedList(repository, order, receiver, pageSize, std::move(page), std::move(done)));
    list->next();
}

void PagedList::next()
{
    if (!m_receiver)
        return;
    auto work = [order = m_order, after = m_after, limit = m_pageSize](OrgRepository &repo) {
        return repo.listAfter(order.key, after, limit, order.withMemberIds);
    };
    m_repository->run<QList<Organization>>(
        work, m_receiver, [self = shared_from_this()](Stored<QList<Organization>> read) { self->arrived(std::move(read)); });
}

void PagedList::arrived(Stored<QList<Organization>> read)
{
    if (!read.ok())
        return m_done(Stored<int> {std::nullopt, read.error});
    QList<Organization> rows = std::move(*read.value);
    const bool last = rows.size() < m_pageSize;
    m_total += int(rows.size());
    if (!rows.isEmpty()) {
        const Organization &tail = rows.constLast();
        m_after = m_order.key == OrgRepository::PageKey::Id ? tail.id : tail.normalizedName;
        m_page(std::move(rows));
    }
    if (!m_receiver) // destroyed by the page's handler
        return;
    if (last)
        return m_done(Stored<int>::success(m_total));
    next();
}

} // namespace OrgConsole
