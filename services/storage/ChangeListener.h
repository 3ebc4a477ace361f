#pragma once

#include "models/OrgChange.h"
#include "services/storage/Database.h"
#include "services/storage/OrgFingerprints.h"

#include <QObject>
#include <QSqlDriver>

class QTimer;

namespace OrgConsole {

// The ChangeFeed's worker: lives on the feed's thread, owns its connection there (the QPSQL
// driver delivers notifications on the thread that owns the connection).
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    ChangeListener(DatabaseLocation location, int pollMs, int pingMs, int firstRetryMs, int maxRetryMs, int baselineDelayMs);
    ~ChangeListener() override;

    void start(); // on the feed's thread
    void shutdown(); // on the feed's thread, before it ends

signals:
    void changed(const OrgConsole::OrgChange &change);
    void subscribed(int caughtUp);
    void lost(const QString &message, int retryInMs);
    // What the database holds is known: a reconnect from now on catches up on what changed meanwhile.
    void trackingStarted();
    // Subscribed again (subscribed() follows) before what the database held was known: what changed
    // while away cannot be told.
    void changesMissed();

private:
    bool isPostgres() const { return m_location.engine == DatabaseLocation::Engine::Postgres; }
    void connectNow();
    void dropped(const QString &message);
    void tick();
    void notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    // Compares the database with the last fingerprints; emits what differs when `report`.
    // Returns how many changes it emitted, or -1 when the database could not be read.
    int compare(bool report);
    // What the subscription (again) catches up on: compare()'s count, -1 when the database could not
    // be read. PostgreSQL's first subscription leaves the fingerprints for later (readBaselineLater).
    int catchUp();
    void readBaselineLater();
    // The fingerprints read as what a reconnect compares with (tracking from then on).
    bool readBaseline(QString *error);
    bool readLastAuditId();
    // Read on the connection's own handle: whether that worked (else `error` says why); nullopt when
    // they are not read so.
    std::optional<bool> readFingerprintsDirectly(OrgFingerprints *out, QString *error);
    bool readFingerprints(OrgFingerprints *out, QString *error);
    bool readAudit(bool report, int *emitted, QString *error);
    std::optional<qint64> dataVersion();

    DatabaseLocation m_location;
    QString m_connectionName;
    QTimer *m_timer = nullptr; // SQLite: poll; PostgreSQL: ping, or the next reconnect attempt
    const int m_pollMs;
    const int m_pingMs;
    const int m_firstRetryMs;
    const int m_maxRetryMs;
    const int m_baselineDelayMs;
    QTimer *m_baselineTimer = nullptr; // PostgreSQL: when the fingerprints are first read
    bool m_tracking = false; // the fingerprints were read
    int m_retryMs = 0;
    bool m_connected = false;
    bool m_everConnected = false;
    qint64 m_dataVersion = -1;
    qint64 m_lastAuditId = -1;
    OrgFingerprints m_known;
};

} // namespace OrgConsole
