#pragma once

#include "models/Member.h"
#include "models/OrgChange.h"
#include "models/Organization.h"
#include "services/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <memory>

namespace OrgConsole {

class ChangeFeed;

// What another desktop is doing to an organization right now, as the console shows it.
struct WorkInProgress {
    QString text; // "being deleted by ana.support, 12 s"; empty when nothing runs on it
    bool elsewhere = false; // another process (desktop, orgctl) runs it, not this one
    QString operatorName; // who started it (empty for rows claimed before schema version 8)
    QDateTime since; // when it claimed the row, by the clock of the desktop that did
    QString where; // "on desk-7 (process 4711)", or "in this window"
    bool isActive() const { return !text.isEmpty(); }
};

// What runs on a member row in another process (desktop, orgctl): "being added by ana.support
// since 10:22:01"; the member table shows it and its actions wait. Inactive for this process's
// own operations and for rows nobody owns.
WorkInProgress memberWorkInProgress(const Member &member);

// The console's live view of the shared database (issue 21): what the other desktops, orgctl and
// this one committed, as typed changes (the ChangeFeed underneath: LISTEN/NOTIFY on PostgreSQL,
// PRAGMA data_version on SQLite), and whether the database can be heard. Started on first use
// (AppContext::live()), after the database opened; orgctl never starts it.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    // `baselineDelayMs`: ChangeFeed's; negative: ChangeFeed::kBaselineDelayMs.
    explicit LiveUpdates(const DatabaseLocation &location, int baselineDelayMs = -1, QObject *parent = nullptr);
    ~LiveUpdates() override;

    void start();
    bool isConnected() const;
    // Whether a reconnect would catch up on what changed meanwhile (ChangeFeed::isTracking).
    bool isTracking() const;

    // Who runs an unfinished operation on `organization` and since when: the operator and the
    // start its owner recorded with the claim (schema version 8); for older rows the creation
    // time, or when this console first saw the operation.
    WorkInProgress workInProgress(const Organization &organization, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Whether it remembers when it first saw any operation (then a row whose operation ended must
    // be asked about once, so that it forgets).
    bool remembersWork() const { return !m_firstSeen.isEmpty(); }

signals:
    void organizationChanged(const OrgConsole::OrgChange &change);
    // The database cannot be heard; the next attempt is in `retryInMs`. The data shown is the
    // last read.
    void connectionLost(const QString &message, int retryInMs);
    // Heard again; `caughtUp` changes made meanwhile were announced as organizationChanged()
    // (after changesMissed(), only those the audit trail names).
    void connectionRestored(int caughtUp);
    // Heard again, but the connection was lost before the database's state was known (PostgreSQL:
    // ChangeFeed::kBaselineDelayMs after the start): what changed meanwhile cannot be told, what is
    // shown must be read again. connectionRestored(0) follows.
    void changesMissed();
    // Listening (the first time and after each reconnect). A change made before the first time
    // is not announced: what was read before it should be read again once.
    void listening();

private:
    QDateTime startOf(const Organization &organization, const QDateTime &now);

    std::unique_ptr<ChangeFeed> m_feed;
    bool m_everLost = false;
    // When this console first saw an operation (by organization and owner) running.
    QHash<QString, QDateTime> m_firstSeen;
};

} // namespace OrgConsole
