#pragma once

#include "models/OrgChange.h"
#include "services/storage/Database.h"

#include <QObject>
#include <QThread>

namespace OrgConsole {

class ChangeListener;

// Tells this desktop what the others (other consoles, orgctl, this desktop's own repository)
// committed, on a thread and a connection of its own so the GUI never waits for it:
// - PostgreSQL: LISTEN on kChangeChannel; each announcement (announceChange()) becomes changed().
//   The connection is checked every kPingMs; when it drops, lost() says so and the feed
//   connects again with backoff (kFirstRetryMs doubling up to kMaxRetryMs), listens again and
//   then compares what the database holds with what it last saw ("what changed since"): a NOTIFY
//   sent while it was away is lost, the comparison finds its change anyway. (Lost before it first
//   read what the database holds, kBaselineDelayMs after the start, it cannot tell: changesMissed().)
// - SQLite: PRAGMA data_version every kPollMs (it moves when another connection commits), and on
//   a move the same comparison.
// The comparison is one query over organizations (row versions, spend, budget, and how many times
// the database counted a change to their members: member_changes, schema version 11)
// and one over the audit entries newer than the last seen. What it compares with (the fingerprints)
// is read at the first subscription on SQLite, kBaselineDelayMs after it on PostgreSQL.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // `baselineDelayMs`: PostgreSQL, how long after the first subscription the fingerprints are read.
    explicit ChangeFeed(DatabaseLocation location, int baselineDelayMs = kBaselineDelayMs, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Connects and starts listening; subscribed() follows (or lost() and the retries).
    void start();
    bool isSubscribed() const { return m_subscribed; }
    // How many times the feed subscribed (1 after the start, +1 per reconnect).
    int subscriptions() const { return m_subscriptions; }
    // Whether a reconnect would catch up on what changed meanwhile (the fingerprints were read).
    bool isTracking() const { return m_tracking; }

    static constexpr int kPollMs = 500;
    static constexpr int kPingMs = 1000;
    static constexpr int kFirstRetryMs = 250;
    static constexpr int kMaxRetryMs = 4000;
    // Long enough for the window to load its list (about a second for 100,000 organizations on two
    // cores); a connection lost before then makes the console read everything again (changesMissed()).
    static constexpr int kBaselineDelayMs = 5000;

signals:
    void changed(const OrgConsole::OrgChange &change);
    // Listening (again); `caughtUp` changes found by the comparison after a reconnect were
    // emitted as changed() before this.
    void subscribed(int caughtUp);
    // The connection is gone; the next attempt is in `retryInMs`.
    void lost(const QString &message, int retryInMs);
    // Subscribed again (subscribed() follows) before the fingerprints were read: what changed while
    // away cannot be told, everything shown must be read again.
    void changesMissed();

private:
    QThread m_thread;
    ChangeListener *m_listener = nullptr;
    bool m_subscribed = false;
    int m_subscriptions = 0;
    bool m_tracking = false;
};

} // namespace OrgConsole
