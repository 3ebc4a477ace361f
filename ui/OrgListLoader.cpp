#include "ui/OrgListLoader.h"

#include "services/core/AppContext.h"
#include "services/core/OrgQueries.h"
#include "ui/OrgTableModel.h"

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
    delete m_receiver; // the load under way, if any, stops here
    m_receiver = new QObject(this);
    m_listedBefore.clear();
    m_read.clear();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_listedBefore.insert(m_model->organization(row)->id);
    m_rowsRead = 0;
    m_loading = true;
    QObject *receiver = m_receiver;
    m_context->queries().listPagedAhead(
        receiver, kPageSize, kLargestPageSize, [this](QList<Organization> page) { pageRead(std::move(page)); },
        [this, receiver](Stored<int> total) {
            receiver->deleteLater();
            m_loading = false;
            if (!total.ok())
                return emit failed(total.error.message);
            m_loaded = true;
            // Rows listed before this load that it did not read were deleted meanwhile; rows that
            // arrived during it (created here or on another desktop) stay.
            QSet<QString> gone = m_listedBefore;
            gone.subtract(m_read);
            for (const QString &id : std::as_const(gone))
                m_model->remove(id);
            m_listedBefore.clear();
            m_read.clear();
            releaseFreedMemory();
            emit finished(*total.value);
        });
}

void OrgListLoader::pageRead(QList<Organization> page)
{
    m_rowsRead += int(page.size());
    if (!m_listedBefore.isEmpty()) {
        for (const Organization &o : std::as_const(page))
            m_read.insert(o.id);
    }
    m_model->addPage(std::move(page));
    emit pageArrived(m_rowsRead);
}

} // namespace OrgConsole
