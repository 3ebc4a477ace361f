#pragma once

#include "models/Organization.h"
#include "services/core/OrgQueries.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace OrgConsole {

class AppContext;
class OrgTableModel;

// Loads the organization list into the table model in pages read on the repository worker, so the
// window answers while 100,000 rows arrive: the first page (one screenful and more) at once, the
// rest as it is read. The rows read go into the model in slices, one per turn of the event loop, each
// as many rows as fit in the slice budget (~8 ms, by what the slices before cost a row; never past the
// end of its page, the rows moved out of the page as they lie): the window
// never waits for a whole page (4,000 rows cost the GUI thread ~60 ms), and a fast machine does not
// pay an insert and a repaint per 500 rows (200 of them for 100,000 rows). A load
// over rows already listed (a reload) replaces them in place and, once done, drops those it did not
// read (deleted meanwhile); starting a load abandons the one under way, whose later pages and slices
// never arrive, so nothing is listed twice.
class OrgListLoader : public QObject
{
    Q_OBJECT
public:
    OrgListLoader(AppContext *context, OrgTableModel *model, QObject *parent = nullptr);

    void start();
    bool isLoading() const { return m_loading; }
    // Whether a load has finished (until then an empty list means "not read yet", not "none").
    bool hasLoaded() const { return m_loaded; }

    // The first page (a screenful and more, shown at once), then pages growing to the largest, read
    // ahead while the previous one is merged.
    static constexpr int kPageSize = 500;
    static constexpr int kLargestPageSize = 4000;
    // Rows put into the model per turn of the event loop: the first slice (the first page whole),
    // then as many as fit in the budget at the cost per row measured so far, within these bounds.
    static constexpr int kFirstSliceRows = kPageSize;
    static constexpr int kMinSliceRows = 100;
    static constexpr int kMaxSliceRows = kLargestPageSize;
    static constexpr int kSliceBudgetMs = 8;
    // The time a slice may take (tests set it to 0 or to a long time to see the bounds hold).
    void setSliceBudget(int ms) { m_sliceBudgetNs = qint64(ms) * 1000000; }
    // How many rows the next slice takes.
    int nextSliceRows() const;
    // At most this many rows are made room for ahead (a count this large is more than the
    // console lists well; beyond it the model grows as usual).
    static constexpr int kMaxReservedRows = 2000000;
    // Rows of a reload checked per turn for having been deleted meanwhile.
    static constexpr int kCheckRows = 10000;

signals:
    // A slice of rows is in the model; `rowsRead` of this load so far.
    void pageArrived(int rowsRead);
    void finished(int total);
    void failed(const QString &message);

private:
    void pageRead(QList<Organization> page);
    void addNextSlice();
    void finish();
    void dropUnread();

    AppContext *m_context; // its queries exist once it is initialized
    OrgTableModel *m_model;
    QPointer<QObject> m_receiver; // one per load: deleting it drops that load's later pages
    QStringList m_listedBefore; // a reload: the rows listed when it started
    QSet<QString> m_read;
    QList<QList<Organization>> m_pending; // pages read, not yet (wholly) in the model
    qsizetype m_pendingAt = 0; // of m_pending's first page, the rows already in the model
    qint64 m_sliceBudgetNs = qint64(kSliceBudgetMs) * 1000000;
    qint64 m_nsPerRow = 0; // what a row cost the last slice (0: no slice yet)
    std::optional<Stored<int>> m_total; // all read: finished once the last slice is in
    qsizetype m_checked = 0; // of m_listedBefore, by dropUnread
    int m_rowsRead = 0;
    quint64 m_load = 0; // counts the loads started (a slice under way sees whether another began)
    bool m_adding = false; // a slice is going into the model (its page held by addNextSlice)
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace OrgConsole
