#include "services/storage/ChangeListener.h"

#include "services/storage/ChangeAnnounce.h"
#include "services/storage/DirectRows.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace OrgConsole {

namespace {
// Everything a committed change to an organization or its members moves, per organization: its
// row version and figures (a refresh moves no version), and the count the database keeps of changes
// to its members (schema version 11).
const QString kFingerprintQuery = QStringLiteral(
    "SELECT o.id, o.row_version, o.spend, COALESCE(o.max_budget, -1), COALESCE(c.changes, 0) FROM organizations o "
    "LEFT JOIN member_changes c ON c.organization_id = o.id");
} // namespace

ChangeListener::ChangeListener(DatabaseLocation location, int pollMs, int pingMs, int firstRetryMs, int maxRetryMs,
                               int baselineDelayMs)
    : m_location(std::move(location))
    , m_connectionName(QStringLiteral("orgconsole-changes-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_pollMs(pollMs)
    , m_pingMs(pingMs)
    , m_firstRetryMs(firstRetryMs)
    , m_maxRetryMs(maxRetryMs)
    , m_baselineDelayMs(baselineDelayMs)
    , m_retryMs(firstRetryMs)
{
}

ChangeListener::~ChangeListener() = default;

void ChangeListener::start()
{
#if defined(Q_OS_LINUX)
    // Background work: comparing every organization's fingerprint (~0.3 s of CPU for 100,000 on
    // SQLite, on every change made elsewhere) gives way to the window and the list it loads
    // instead of taking a core from them. (QThread's priorities do nothing on Linux's default
    // scheduler; a thread's nice value does.)
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ChangeListener::tick);
    m_baselineTimer = new QTimer(this);
    m_baselineTimer->setSingleShot(true);
    connect(m_baselineTimer, &QTimer::timeout, this, &ChangeListener::readBaselineLater);
    connectNow();
}

void ChangeListener::shutdown()
{
    if (m_timer)
        m_timer->stop();
    if (m_baselineTimer)
        m_baselineTimer->stop();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ChangeListener::connectNow()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    if (db.isValid())
        error = db.open() ? QString() : describeSqlError(db.lastError(), m_location.displayUrl(), QStringLiteral("listening"));
    else
        error = openDatabase(m_location, m_connectionName);
    if (error.isEmpty() && isPostgres()) {
        db = QSqlDatabase::database(m_connectionName, false);
        QSqlDriver *driver = db.driver();
        // A new driver object after removeDatabase(), the same one after close(): connect once.
        connect(driver, &QSqlDriver::notification, this, &ChangeListener::notified, Qt::UniqueConnection);
        if (!driver->subscribedToNotifications().contains(QString::fromLatin1(kChangeChannel))
            && !driver->subscribeToNotification(QString::fromLatin1(kChangeChannel)))
            error = describeSqlError(driver->lastError(), m_location.displayUrl(),
                                     QCoreApplication::translate("ChangeListener", "listening for changes"));
    }
    if (error.isEmpty()) {
        m_dataVersion = dataVersion().value_or(-1);
        const int caughtUp = catchUp();
        if (caughtUp < 0)
            error = QCoreApplication::translate("ChangeListener", "The database %1 could not be read for changes.")
                        .arg(m_location.displayUrl());
        else {
            m_connected = m_everConnected = true;
            m_retryMs = m_firstRetryMs;
            m_timer->start(isPostgres() ? m_pingMs : m_pollMs);
            emit subscribed(caughtUp);
            return;
        }
    }
    dropped(error);
}

int ChangeListener::catchUp()
{
    if (!isPostgres() || m_tracking) {
        const int caughtUp = compare(m_everConnected);
        if (caughtUp >= 0 && !std::exchange(m_tracking, true))
            emit trackingStarted();
        return caughtUp;
    }
    if (!m_everConnected) {
        // Every change from now on is announced. The fingerprints (a join over every organization:
        // 0.4-0.5 s of the server's CPU for 100,000 on two cores) are only compared after a
        // reconnect: read them after the window has loaded its list (about a second for 100,000
        // here), instead of taking a core from it.
        if (!readLastAuditId())
            return -1;
        m_baselineTimer->start(m_baselineDelayMs);
        return 0;
    }
    // Lost before the fingerprints were read: what changed meanwhile cannot be told, except what the
    // audit trail names.
    m_baselineTimer->stop();
    QString error;
    int named = 0;
    if (!readBaseline(&error) || !readAudit(true, &named, &error))
        return -1;
    emit changesMissed();
    return named;
}

// PostgreSQL, some time after the first subscription: the fingerprints a reconnect compares with.
// (What changed since the subscription was announced, and the notifications keep them current.)
void ChangeListener::readBaselineLater()
{
    if (!m_connected || m_tracking)
        return;
    if (QString error; !readBaseline(&error))
        dropped(QCoreApplication::translate("ChangeListener", "The database %1 could not be read for changes.")
                    .arg(m_location.displayUrl()));
}

bool ChangeListener::readBaseline(QString *error)
{
    OrgFingerprints now;
    if (!readFingerprints(&now, error))
        return false;
    m_known = std::move(now);
    m_tracking = true;
    emit trackingStarted();
    return true;
}

bool ChangeListener::readLastAuditId()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) || !q.next())
        return false;
    m_lastAuditId = q.value(0).toLongLong();
    return true;
}

// Says so, and tries again later, waiting longer each time up to m_maxRetryMs.
void ChangeListener::dropped(const QString &message)
{
    m_connected = false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isValid())
        db.close();
    emit lost(message, m_retryMs);
    m_timer->start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_maxRetryMs);
}

void ChangeListener::tick()
{
    if (!m_connected)
        return connectNow();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return dropped(QCoreApplication::translate("ChangeListener", "The connection to the database %1 was closed.")
                           .arg(m_location.displayUrl()));
    if (isPostgres()) {
        // A dropped server is noticed here (an idle LISTEN connection would not notice it);
        // the query also lets the driver look for notifications that arrived meanwhile.
        QSqlQuery ping(db);
        if (!ping.exec(QStringLiteral("SELECT 1")) || !ping.next())
            return dropped(describeSqlError(ping.lastError(), m_location.displayUrl(),
                                            QCoreApplication::translate("ChangeListener", "listening for changes")));
        m_timer->start(m_pingMs);
        return;
    }
    const std::optional<qint64> version = dataVersion();
    if (!version)
        return dropped(QCoreApplication::translate("ChangeListener", "The database %1 could not be read for changes.")
                           .arg(m_location.displayUrl()));
    if (*version != m_dataVersion) {
        m_dataVersion = *version;
        if (compare(true) < 0)
            return dropped(QCoreApplication::translate("ChangeListener", "The database %1 could not be read for changes.")
                               .arg(m_location.displayUrl()));
    }
    m_timer->start(m_pollMs);
}

std::optional<qint64> ChangeListener::dataVersion()
{
    if (isPostgres())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void ChangeListener::notified(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != QLatin1String(kChangeChannel))
        return;
    const std::optional<OrgChange> change = parseChangePayload(payload.toString());
    if (!change)
        return;
    // What the comparison after a reconnect starts from: this version is known already.
    if (change->kind == OrgChange::Kind::Removed)
        m_known.remove(change->organizationId);
    else if (OrgFingerprint *known = m_known.find(change->organizationId); known && change->kind == OrgChange::Kind::Organization)
        known->rowVersion = change->rowVersion;
    else if (known && change->kind == OrgChange::Kind::Figures) { // not announced again after a reconnect
        known->spend = change->spend;
        known->maxBudget = change->maxBudget;
    }
    emit changed(*change);
}

// SQLite: read on the connection's own sqlite3 handle (DirectRows), without a QVariant for each of
// 500,000 values; compared on every change made elsewhere, and the first time while the window
// loads its list. (PostgreSQL reads them through Qt's driver, once a while after the first
// subscription and after each reconnect; its driver looks for the notifications on the same
// connection.)
std::optional<bool> ChangeListener::readFingerprintsDirectly(OrgFingerprints *out, QString *error)
{
#ifdef ORGCONSOLE_SQLITE_DIRECT
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    bool notUtf8 = false;
    const std::optional<QSqlError> read
        = DirectRows::readSqlite(db, kFingerprintQuery, nullptr, [&](const DirectRows::SqliteRow &r) {
              out->add(r.utf8(0), OrgFingerprint {r.integer(1), r.number(2), r.number(3), r.integer(4)});
              notUtf8 = r.takeInvalid() || notUtf8;
          });
    if (!read || notUtf8) { // not read so, or an id Qt's driver converts its own way
        *out = OrgFingerprints();
        return std::nullopt;
    }
    if (read->isValid()) {
        *error = read->text();
        return false;
    }
    return true;
#else
    Q_UNUSED(out);
    Q_UNUSED(error);
    return std::nullopt;
#endif
}

bool ChangeListener::readFingerprints(OrgFingerprints *out, QString *error)
{
    out->reserve(m_known.size());
    if (const std::optional<bool> direct = readFingerprintsDirectly(out, error)) {
        if (*direct)
            out->seal();
        return *direct;
    }
    out->reserve(m_known.size()); // again: not read on the handle, they were dropped
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(kFingerprintQuery)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->add(q.value(0).toString(),
                 OrgFingerprint {q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toDouble(), q.value(4).toLongLong()});
    out->seal();
    return true;
}

// New audit entries since the last seen, one change per organization they are about.
bool ChangeListener::readAudit(bool report, int *emitted, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT organization_id, MAX(id) FROM audit_log WHERE id > ? GROUP BY organization_id"));
    q.addBindValue(m_lastAuditId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    qint64 last = m_lastAuditId;
    while (q.next()) {
        last = std::max(last, q.value(1).toLongLong());
        const QString orgId = q.value(0).toString();
        if (report && !orgId.isEmpty()) {
            const OrgFingerprint *known = m_known.find(orgId);
            emit changed(OrgChange {orgId, known ? known->rowVersion : 0, OrgChange::Kind::Audit});
            ++*emitted;
        }
    }
    m_lastAuditId = last;
    return true;
}

int ChangeListener::compare(bool report)
{
    OrgFingerprints now;
    QString error;
    if (!readFingerprints(&now, &error))
        return -1;
    int emitted = 0;
    for (qsizetype i = 0; report && i < now.size(); ++i) {
        const OrgFingerprint *before = m_known.find(now.idViewAt(i));
        const OrgFingerprint &after = now.at(i);
        if (before && *before == after)
            continue;
        // The same row version: a figures refresh moved its figures, or its members changed, or both.
        if (!before || before->rowVersion != after.rowVersion) {
            emit changed(OrgChange {now.idAt(i), after.rowVersion, OrgChange::Kind::Organization});
            ++emitted;
            continue;
        }
        if (before->spend != after.spend || before->maxBudget != after.maxBudget) {
            emit changed(OrgChange {now.idAt(i), after.rowVersion, OrgChange::Kind::Figures, after.spend, after.maxBudget});
            ++emitted;
        }
        if (before->memberChanges != after.memberChanges) {
            emit changed(OrgChange {now.idAt(i), after.rowVersion, OrgChange::Kind::Member});
            ++emitted;
        }
    }
    for (qsizetype i = 0; report && i < m_known.size(); ++i) {
        if (!m_known.isRemoved(i) && !now.find(m_known.idViewAt(i))) {
            emit changed(OrgChange {m_known.idAt(i), 0, OrgChange::Kind::Removed});
            ++emitted;
        }
    }
    m_known = std::move(now);
    if (m_lastAuditId < 0 && !report) // the first look: only entries from now on are news
        return readLastAuditId() ? 0 : -1;
    return readAudit(report, &emitted, &error) ? emitted : -1;
}

} // namespace OrgConsole
