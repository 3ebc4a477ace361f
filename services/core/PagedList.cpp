#include "services/core/PagedList.h"

#include "services/storage/RepositoryWorker.h"

#include <QAbstractEventDispatcher>

namespace OrgConsole {

PagedList::PagedList(RepositoryWorker *repository, Order order, QObject *receiver, Pacing pacing, Page page, Done done)
    : m_repository(repository)
    , m_order(order)
    , m_receiver(receiver)
    , m_pacing({qMax(1, pacing.first), qMax(qMax(1, pacing.first), pacing.largest), pacing.readAhead})
    , m_page(std::move(page))
    , m_done(std::move(done))
{
}

void PagedList::start(RepositoryWorker *repository, Order order, QObject *receiver, int pageSize, Page page, Done done)
{
    start(repository, order, receiver, Pacing {pageSize, pageSize, false}, std::move(page), std::move(done));
}

void PagedList::start(RepositoryWorker *repository, Order order, QObject *receiver, Pacing pacing, Page page, Done done)
{
    std::shared_ptr<PagedList> list(new PagedList(repository, order, receiver, pacing, std::move(page), std::move(done)));
    list->read(QString(), 0);
}

int PagedList::limitOf(int index) const
{
    qint64 limit = m_pacing.first;
    for (int i = 0; i < index && limit < m_pacing.largest; ++i)
        limit *= 2;
    return int(qMin<qint64>(limit, m_pacing.largest));
}

void PagedList::read(const QString &after, int index)
{
    QObject *receiver = m_receiver.data();
    if (!receiver)
        return;
    auto work = [self = shared_from_this(), after, index](OrgRepository &repo) { return self->readOnWorker(repo, after, index); };
    m_repository->run<QList<Organization>>(work, receiver, [self = shared_from_this(), index](Stored<QList<Organization>> read) {
        self->arrived(std::move(read), index);
    });
}

// On the worker: the page, and (reading ahead) the next one queued at once unless a page read
// before this one is still waiting to be handled.
Stored<QList<Organization>> PagedList::readOnWorker(OrgRepository &repo, const QString &after, int index)
{
    QString next; // what the page's reader says its last row's key is
    Stored<QList<Organization>> page = m_order.printedFieldsOnly
        ? repo.listPrintedAfter(after, limitOf(index), &next)
        : repo.listAfter(m_order.key, after, limitOf(index), m_order.withMemberIds, m_order.columns, &next);
    std::unique_lock lock(m_ahead);
    m_lastKey = next;
    if (!m_pacing.readAhead)
        return page;
    const bool more = page.ok() && page.value->size() == limitOf(index);
    ++m_undelivered;
    if (!more)
        return page;
    if (m_undelivered > 1) {
        m_heldBack = std::make_pair(next, index + 1);
        return page;
    }
    lock.unlock();
    // Posted to this (the worker's) thread, so that the read is queued behind the work queued
    // before it instead of running inside this one.
    QMetaObject::invokeMethod(
        QAbstractEventDispatcher::instance(), [self = shared_from_this(), next, index] { self->read(next, index + 1); },
        Qt::QueuedConnection);
    return page;
}

void PagedList::arrived(Stored<QList<Organization>> read, int index)
{
    std::optional<std::pair<QString, int>> heldBack;
    QString after;
    {
        std::lock_guard lock(m_ahead);
        if (m_pacing.readAhead) {
            --m_undelivered;
            heldBack.swap(m_heldBack);
        }
        after = m_lastKey; // without reading ahead, of this page (the next is read only after it)
    }
    if (!read.ok())
        return m_done(Stored<int> {std::nullopt, read.error});
    QList<Organization> rows = std::move(*read.value);
    const bool last = rows.size() < limitOf(index);
    m_total += int(rows.size());
    if (!rows.isEmpty())
        m_page(std::move(rows));
    if (!m_receiver) // destroyed by the page's handler
        return;
    if (last)
        return m_done(Stored<int>::success(m_total));
    if (!m_pacing.readAhead)
        this->read(after, index + 1);
    else if (heldBack)
        this->read(heldBack->first, heldBack->second);
}

} // namespace OrgConsole
