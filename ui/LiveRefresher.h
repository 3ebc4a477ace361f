#pragma once

#include "models/OrgChange.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QLabel;
class QTimer;

namespace OrgConsole {

class AppContext;
class DetailPane;
class OrgTableModel;
struct Organization;
struct OrgListRow;

// Keeps the console in step with the other desktops (issue 21): a change announced by the live
// service re-reads just that organization and updates its row, and the detail pane and its audit
// history when it is the one shown, without a reload, so the selection, the filter text and any
// open dialog stay as they are. A row another desktop is creating, deleting or recovering says who
// and for how long, ticking every second, and the pane disables its actions with that reason.
// The status bar label says when the database cannot be heard, and when it is back.
class LiveRefresher : public QObject
{
    Q_OBJECT
public:
    LiveRefresher(AppContext *context, OrgTableModel *model, DetailPane *detail, QObject *parent = nullptr);

    void start();
    QLabel *statusLabel() const { return m_label; }
    // Changes heard, and organizations read because of them, since the start (for tests and the
    // benchmark).
    int changesHeard() const { return m_heard; }
    int organizationsRead() const { return m_read; }
    // This window's own figures refresh began; it ends with a read of the whole list
    // (listReadStarted), which shows every figure stored meanwhile, so their announcements are
    // not read one organization at a time.
    void ownRefreshStarted();
    void listReadStarted();
    void listReadEnded(); // read whole, or failed
    // Says in the row, and in the pane when it shows it, what another desktop is doing to it.
    void showWork(const Organization &organization);
    void showWork(int firstRow, int lastRow);

    // How long changes are gathered before the rows are read: a burst of changes to one
    // organization reads it once.
    static constexpr int kGatherMs = 50;
    // How many announced organizations one statement reads.
    static constexpr int kReadBatch = 500;

signals:
    // Another desktop deleted this organization: the window moves the selection on.
    void organizationRemoved(const QString &id);
    // A re-read organization was put into the model.
    void organizationUpdated(const QString &id);
    // What changed while the database was away cannot be told: the whole list must be read again.
    void reloadNeeded();
    // Figures another desktop's refresh stored are shown: as current as that refresh.
    void figuresStoredElsewhere();

private:
    void heard(const OrgChange &change);
    void consider(const OrgChange &change);
    static bool showsFigures(const OrgListRow &row, const OrgChange &figures);
    bool mayShowWork(const OrgListRow &row, const QString &detailId) const;
    void readPending();
    void apply(const QStringList &asked, QList<Organization> found, const QSet<QString> &membersChanged, bool figures);
    void tick();
    void connectionLost(const QString &message, int retryInMs);
    void connectionRestored(int caughtUp);

    AppContext *m_context;
    OrgTableModel *m_model;
    DetailPane *m_detail;
    QLabel *m_label;
    QTimer *m_gather;
    QTimer *m_ticker; // the "12 s" of the rows in progress
    QSet<QString> m_pending;
    QSet<QString> m_pendingMembers;
    QSet<QString> m_inProgress;
    int m_heard = 0;
    int m_read = 0;
    bool m_ownRefresh = false;
    bool m_listReading = false;
    bool m_figuresPending = false; // a figures change is among m_pending
    QHash<QString, OrgChange> m_heldFigures; // heard while the list is read
    bool m_missed = false; // the database came back with changes that cannot be told
};

} // namespace OrgConsole
