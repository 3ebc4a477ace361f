#include "ui/OrgListLoader.h"

#include "services/core/AppContext.h"
#include "services/core/OrgQueries.h"
#include "ui/OrgTableModel.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace OrgConsole {

namespace {
// The pages were decoded whole on the worker thread and only the list's fields kept: the rest was
// freed in between the kept strings. Give those free pages back to the system (glibc keeps them
// otherwise, and they count as the console's memory), on a pooled thread: walking every arena took
// the GUI thread up to 14 ms at the end of a load.
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    QThreadPool::globalInstance()->start([] { malloc_trim(0); });
#endif
}
} // namespace

OrgListLoader::OrgListLoader(AppContext *context, OrgTableModel *model, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_model(model)
{
}

void OrgListLoader::start()
{
    delete m_receiver; // the load under way, if any, stops here (with its slices still to add)
    m_receiver = new QObject(this);
    ++m_load;
    m_adding = false;
    m_pending.clear();
    m_pendingAt = 0;
    m_total.reset();
    m_listedBefore.clear();
    m_read.clear();
    m_listedBefore.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_listedBefore.append(m_model->organization(row)->id);
    m_read.reserve(m_model->rowCount());
    m_rowsRead = 0;
    m_loading = true;
    m_context->queries().listPagedAhead(
        m_receiver, kPageSize, kLargestPageSize, [this](QList<Organization> page) { pageRead(std::move(page)); },
        [this](Stored<int> total) {
            m_total = std::move(total);
            if (m_pending.isEmpty() && !m_adding)
                finish();
        });
    // Asked after the first page (the worker runs it before the second): room for every row at
    // once, instead of the rows' id hash and arrays growing as they arrive, each growth past a
    // power of two copying or rehashing all rows so far in one slice (~40 ms at 65,536). An estimate
    // does: more rows than it said only grow the arrays, as without it.
    m_context->queries().roughCount(m_receiver, [this](Stored<qint64> rows) {
        if (rows.ok())
            m_model->reserve(int(std::min<qint64>(*rows.value, kMaxReservedRows)));
    });
}

// A page read: its rows go into the model a slice at a time, each in a turn of the event loop of
// its own (the first at once when none is waiting).
void OrgListLoader::pageRead(QList<Organization> page)
{
    if (!m_listedBefore.isEmpty()) {
        for (const Organization &o : std::as_const(page))
            m_read.insert(o.id);
    }
    const bool idle = m_pending.isEmpty() && !m_adding;
    m_pending.append(std::move(page));
    if (idle)
        addNextSlice();
}

int OrgListLoader::nextSliceRows() const
{
    if (m_nsPerRow <= 0)
        return kFirstSliceRows;
    return int(std::clamp<qint64>(m_sliceBudgetNs / m_nsPerRow, kMinSliceRows, kMaxSliceRows));
}

void OrgListLoader::addNextSlice()
{
    if (m_pending.isEmpty())
        return;
    QElapsedTimer took;
    took.start();
    // Moved out of the page where it lies, up to the page's end (the next slice starts the next page).
    // The page is held here meanwhile: the model's signals may start another load, which drops the
    // pages waiting (this slice then goes in, and nothing more of this load).
    QList<Organization> page = std::move(m_pending.first());
    m_pending.removeFirst();
    const qsizetype at = m_pendingAt;
    const qsizetype rows = std::min<qsizetype>(nextSliceRows(), page.size() - at);
    const quint64 load = m_load;
    m_adding = true; // pages read meanwhile (the model's users may run the event loop) wait their turn
    m_model->addRows(std::span<Organization>(page.data() + at, size_t(rows)));
    if (load != m_load)
        return;
    m_adding = false;
    m_rowsRead += int(rows);
    m_pendingAt = at + rows < page.size() ? at + rows : 0;
    if (m_pendingAt > 0)
        m_pending.prepend(std::move(page));
    // Smoothed: one slice slowed down by another process does not shrink the next to nothing, nor
    // one unusually fast slice make the next one long.
    const qint64 measured = std::max<qint64>(1, took.nsecsElapsed() / rows);
    m_nsPerRow = m_nsPerRow > 0 ? (3 * m_nsPerRow + measured) / 4 : measured;
    emit pageArrived(m_rowsRead);
    if (!m_pending.isEmpty())
        QTimer::singleShot(0, m_receiver, [this] { addNextSlice(); });
    else if (m_total)
        finish();
}

void OrgListLoader::finish()
{
    if (!m_total->ok()) {
        const QString message = m_total->error.message;
        m_receiver->deleteLater();
        m_loading = false;
        m_total.reset();
        return emit failed(message);
    }
    m_checked = 0;
    dropUnread();
}

// Rows listed before this load that it did not read were deleted meanwhile; rows that arrived
// during it (created here or on another desktop) stay. Checked kCheckRows a turn of the event loop
// (100,000 look-ups by id are more than a frame), then the load is done.
void OrgListLoader::dropUnread()
{
    const qsizetype end = std::min(m_checked + kCheckRows, m_listedBefore.size());
    for (; m_checked < end; ++m_checked) {
        if (!m_read.contains(m_listedBefore.at(m_checked)))
            m_model->remove(m_listedBefore.at(m_checked));
    }
    if (m_checked < m_listedBefore.size())
        return QTimer::singleShot(0, m_receiver, [this] { dropUnread(); });
    m_receiver->deleteLater();
    m_loading = false;
    m_loaded = true;
    const int total = *m_total->value;
    m_total.reset();
    m_listedBefore.clear();
    m_read.clear();
    releaseFreedMemory();
    emit finished(total);
}

} // namespace OrgConsole
