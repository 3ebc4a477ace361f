#include "ui/LiveRefresher.h"

#include "services/core/AppContext.h"
#include "services/core/LiveUpdates.h"
#include "services/core/OrgQueries.h"
#include "ui/DetailPane.h"
#include "ui/OrgTableModel.h"

#include <QLabel>
#include <QTimer>

#include <optional>
#include <utility>

namespace OrgConsole {

LiveRefresher::LiveRefresher(AppContext *context, OrgTableModel *model, DetailPane *detail, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_model(model)
    , m_detail(detail)
    , m_label(new QLabel)
    , m_gather(new QTimer(this))
    , m_ticker(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("databaseLiveLabel"));
    m_label->hide();
    m_gather->setSingleShot(true);
    m_gather->setInterval(kGatherMs);
    connect(m_gather, &QTimer::timeout, this, &LiveRefresher::readPending);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &LiveRefresher::tick);
    // The rows as the window loads them (a reload, a refresh) may be in progress too.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showWork(0, m_model->rowCount() - 1); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        showWork(first, last); // a page of the list
    });
}

void LiveRefresher::start()
{
    LiveUpdates &live = m_context->live();
    connect(&live, &LiveUpdates::organizationChanged, this, &LiveRefresher::heard);
    connect(&live, &LiveUpdates::connectionLost, this, &LiveRefresher::connectionLost);
    connect(&live, &LiveUpdates::connectionRestored, this, &LiveRefresher::connectionRestored);
    connect(&live, &LiveUpdates::changesMissed, this, [this] {
        m_missed = true;
        emit reloadNeeded();
    });
}

void LiveRefresher::heard(const OrgChange &change)
{
    ++m_heard;
    consider(change);
}

void LiveRefresher::consider(const OrgChange &change)
{
    // Already shown at this version (this window's own change, or an echo): nothing to read.
    const OrgListRow *shown = m_model->find(change.organizationId);
    if (shown && change.kind == OrgChange::Kind::Organization && shown->rowVersion >= change.rowVersion && change.rowVersion > 0)
        return;
    if (change.kind == OrgChange::Kind::Figures) {
        // Stored while this window's own refresh runs (by it, or by another desktop): the list
        // read that ends the refresh shows them all.
        if (m_ownRefresh || (shown && showsFigures(*shown, change)))
            return;
        // Heard while the list is read: what was read may show them already (this window's own
        // refresh, heard late); compared once it is all there.
        if (m_listReading) {
            m_heldFigures.insert(change.organizationId, change);
            return;
        }
    }
    m_pending.insert(change.organizationId);
    m_figuresPending = m_figuresPending || change.kind == OrgChange::Kind::Figures;
    if (change.kind == OrgChange::Kind::Member)
        m_pendingMembers.insert(change.organizationId);
    if (!m_gather->isActive())
        m_gather->start();
}

bool LiveRefresher::showsFigures(const OrgListRow &row, const OrgChange &figures)
{
    return row.spend == figures.spend && row.maxBudget.value_or(-1) == figures.maxBudget;
}

void LiveRefresher::ownRefreshStarted()
{
    m_ownRefresh = true;
}

void LiveRefresher::listReadStarted()
{
    m_ownRefresh = false;
    m_listReading = true;
}

void LiveRefresher::listReadEnded()
{
    m_listReading = false;
    const QHash<QString, OrgChange> held = std::exchange(m_heldFigures, {});
    for (const OrgChange &change : held)
        consider(change);
}

// The announced organizations read a batch at a time: a figures refresh elsewhere announces every
// organization whose spend moved (10,000 of them), read in a few statements, not one each, with the
// user's own work on the repository's thread between the batches.
void LiveRefresher::readPending()
{
    const QList<QString> ids = std::exchange(m_pending, {}).values();
    const bool figures = std::exchange(m_figuresPending, false);
    for (qsizetype from = 0; from < ids.size(); from += kReadBatch) {
        const QStringList batch = ids.mid(from, kReadBatch);
        QSet<QString> members;
        for (const QString &id : batch) {
            if (m_pendingMembers.remove(id))
                members.insert(id);
        }
        const bool last = from + kReadBatch >= ids.size();
        m_context->queries().findByIds(batch, this, [this, batch, members, figures, last](Stored<QList<Organization>> r) {
            if (r.ok())
                apply(batch, std::move(*r.value), members, figures && last);
            // else the database is away: the rows keep what was last read
        });
    }
}

void LiveRefresher::apply(const QStringList &asked, QList<Organization> found, const QSet<QString> &membersChanged, bool figures)
{
    m_read += int(found.size());
    QSet<QString> gone(asked.cbegin(), asked.cend());
    QStringList updated;
    std::optional<Organization> shownInDetail;
    const QString detailId = m_detail->organizationId();
    for (const Organization &o : std::as_const(found)) {
        gone.remove(o.id);
        updated.append(o.id);
        if (o.id == detailId)
            shownInDetail = o;
    }
    m_model->addPage(std::move(found)); // one change of the model for the batch
    if (shownInDetail)
        m_detail->updateOrganization(*shownInDetail, membersChanged.contains(shownInDetail->id));
    for (const QString &id : std::as_const(updated)) {
        if (const OrgListRow *row = m_model->find(id); row && mayShowWork(*row, detailId))
            showWork(row->workView());
        emit organizationUpdated(id);
    }
    for (const QString &id : std::as_const(gone)) {
        if (!m_model->find(id))
            continue; // never listed, or removed already
        m_inProgress.remove(id);
        m_model->setWorkInProgress(id, {});
        emit organizationRemoved(id);
    }
    if (figures) // the last batch of those announced with them
        emit figuresStoredElsewhere();
}

void LiveRefresher::showWork(const Organization &organization)
{
    const WorkInProgress work = m_context->live().workInProgress(organization);
    m_model->setWorkInProgress(organization.id, work.elsewhere ? work.text : QString());
    if (m_detail->organizationId() == organization.id)
        m_detail->setWorkInProgress(work);
    if (work.elsewhere)
        m_inProgress.insert(organization.id);
    else
        m_inProgress.remove(organization.id);
    if (m_inProgress.isEmpty())
        m_ticker->stop();
    else if (!m_ticker->isActive())
        m_ticker->start();
}

// A row with nothing under way, while no work is shown or remembered anywhere, has nothing to show
// or forget: the 100,000 rows of a load, or the 10,000 a refresh elsewhere announced, are not each
// asked (~5 % of the window's time).
bool LiveRefresher::mayShowWork(const OrgListRow &row, const QString &detailId) const
{
    return row.unfinished || !m_inProgress.isEmpty() || m_model->showsWorkInProgress() || m_context->live().remembersWork()
        || row.id == detailId;
}

void LiveRefresher::showWork(int firstRow, int lastRow)
{
    const QString detailId = m_detail->organizationId();
    for (int row = firstRow; row <= lastRow; ++row) {
        const OrgListRow *o = m_model->organization(row);
        if (mayShowWork(*o, detailId))
            showWork(o->workView());
    }
}

void LiveRefresher::tick()
{
    const QSet<QString> ids = m_inProgress;
    for (const QString &id : ids) {
        if (const OrgListRow *o = m_model->find(id))
            showWork(o->workView());
        else
            m_inProgress.remove(id);
    }
}

void LiveRefresher::connectionLost(const QString &message, int retryInMs)
{
    m_label->setText(tr("<span style='color:#c62828'>● database away — trying again in %1 s</span>")
                         .arg(std::max(1, (retryInMs + 999) / 1000)));
    m_label->setToolTip(tr("%1\nThe window shows what was last read; changes made meanwhile are loaded once the "
                           "database is back.")
                            .arg(message));
    m_label->show();
}

void LiveRefresher::connectionRestored(int caughtUp)
{
    m_label->setText(tr("<span style='color:#2e9d4f'>●</span> database back"));
    m_label->setToolTip(std::exchange(m_missed, false)
                            ? tr("The database went away before this window knew what it holds: the list is read again.")
                            : tr("%n change(s) made while the database was away were loaded.", nullptr, caughtUp));
    QTimer::singleShot(5000, this, [this] {
        if (m_context->live().isConnected())
            m_label->hide();
    });
}

} // namespace OrgConsole
