#include "ui/OrgListLoader.h"

#include "services/core/AppContext.h"
#include "services/core/OrgQueries.h"
#include "ui/OrgTableModel.h"

#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace OrgConsole {

namespace {
// The pages were decoded whole on the worker thread and only the list's fields kept: the rest was
// freed in between the kept strings. Give those free pages back to the system (glibc keeps them
// otherwise, and they count as the console's memory).
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
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
    m_slices.clear();
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
            if (m_slices.isEmpty())
                finish();
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
    const bool idle = m_slices.isEmpty();
    for (qsizetype at = 0; at < page.size(); at += kSliceRows) {
        const qsizetype n = std::min<qsizetype>(kSliceRows, page.size() - at);
        m_slices.append(
            QList<Organization>(std::make_move_iterator(page.begin() + at), std::make_move_iterator(page.begin() + at + n)));
    }
    if (idle)
        addNextSlice();
}

void OrgListLoader::addNextSlice()
{
    if (m_slices.isEmpty())
        return;
    QList<Organization> slice = m_slices.takeFirst();
    m_rowsRead += int(slice.size());
    m_model->addPage(std::move(slice));
    emit pageArrived(m_rowsRead);
    if (!m_slices.isEmpty())
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
