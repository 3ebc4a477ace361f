#include "services/core/LiveUpdates.h"

#include "services/core/WorkPhase.h"
#include "services/provisioning/Ownership.h"
#include "services/storage/ChangeFeed.h"

#include <QLocale>

namespace OrgConsole {

LiveUpdates::LiveUpdates(const DatabaseLocation &location, int baselineDelayMs, QObject *parent)
    : QObject(parent)
    , m_feed(std::make_unique<ChangeFeed>(location, baselineDelayMs < 0 ? ChangeFeed::kBaselineDelayMs : baselineDelayMs))
{
    connect(m_feed.get(), &ChangeFeed::changed, this, &LiveUpdates::organizationChanged);
    connect(m_feed.get(), &ChangeFeed::lost, this, [this](const QString &message, int retryInMs) {
        m_everLost = true;
        emit connectionLost(message, retryInMs);
    });
    connect(m_feed.get(), &ChangeFeed::changesMissed, this, &LiveUpdates::changesMissed);
    connect(m_feed.get(), &ChangeFeed::subscribed, this, [this](int caughtUp) {
        if (m_everLost)
            emit connectionRestored(caughtUp);
        emit listening();
    });
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::start()
{
    m_feed->start();
}

bool LiveUpdates::isConnected() const
{
    return m_feed->isSubscribed();
}

bool LiveUpdates::isTracking() const
{
    return m_feed->isTracking();
}

QDateTime LiveUpdates::startOf(const Organization &o, const QDateTime &now)
{
    if (o.owner.since.isValid())
        return o.owner.since;
    if (o.status == OrgStatus::Provisioning)
        return o.createdAt;
    // A row claimed before schema version 8 recorded no start: from when this console first saw it.
    const QString key = QStringLiteral("%1/%2/%3/%4").arg(o.id, o.owner.host).arg(o.owner.pid).arg(o.owner.started);
    QDateTime &seen = m_firstSeen[key];
    if (!seen.isValid())
        seen = now;
    return seen;
}

WorkInProgress LiveUpdates::workInProgress(const Organization &o, const QDateTime &now)
{
    // An active row is in progress only while a change (a key rotation, a budget change) owns it.
    if (o.owner.isEmpty() || (o.status == OrgStatus::Active && o.owner.phase.isEmpty())) {
        for (auto it = m_firstSeen.begin(); it != m_firstSeen.end();)
            it = it.key().startsWith(o.id + QLatin1Char('/')) ? m_firstSeen.erase(it) : std::next(it);
        return {};
    }
    const OperationOwner self = currentOwner();
    const bool elsewhere = o.owner.host != self.host || o.owner.pid != self.pid || o.owner.started != self.started;
    WorkInProgress work;
    work.elsewhere = elsewhere;
    // Who: the operator the row records (schema version 8); a creation from before names its creator.
    work.operatorName
        = o.owner.operatorName.isEmpty() && o.status == OrgStatus::Provisioning ? o.createdBy : o.owner.operatorName;
    work.since = startOf(o, now);
    work.where = elsewhere ? tr("on %1 (process %2)").arg(o.owner.host).arg(o.owner.pid) : tr("in this window");
    const qint64 seconds = std::max<qint64>(0, work.since.secsTo(now));
    const QString by = work.operatorName.isEmpty() ? work.where : tr("by %1").arg(work.operatorName);
    switch (o.status) {
    case OrgStatus::Active:
        work.text = WorkPhase::progress(o.owner.phase, by, seconds);
        break;
    case OrgStatus::Provisioning:
        work.text = tr("being created %1, %2 s").arg(by).arg(seconds);
        break;
    case OrgStatus::Deleting:
        work.text = tr("being deleted %1, %2 s").arg(by).arg(seconds);
        break;
    default:
        work.text = tr("being recovered %1, %2 s").arg(by).arg(seconds);
        break;
    }
    return work;
}

WorkInProgress memberWorkInProgress(const Member &m)
{
    if (m.owner.isEmpty() || (m.status == MemberStatus::Active && m.owner.phase.isEmpty()))
        return {};
    static const OperationOwner self = currentOwner(); // this process does not change
    if ((m.owner.host == self.host && m.owner.pid == self.pid && m.owner.started == self.started))
        return {};
    WorkInProgress work;
    work.elsewhere = true;
    work.operatorName = m.owner.operatorName.isEmpty() ? m.owner.host : m.owner.operatorName;
    work.since = m.owner.since;
    work.where = LiveUpdates::tr("on %1 (process %2)").arg(m.owner.host).arg(m.owner.pid);
    const QString since = m.owner.since.isValid() ? QLocale().toString(m.owner.since.toLocalTime(), QStringLiteral("HH:mm:ss"))
                                                  : QStringLiteral("?");
    if (!m.owner.phase.isEmpty())
        work.text = WorkPhase::runningSince(m.owner.phase, work.operatorName, m.owner.since);
    else if (m.status == MemberStatus::Provisioning)
        work.text = LiveUpdates::tr("being added by %1 since %2").arg(work.operatorName, since);
    else if (m.status == MemberStatus::Removing)
        work.text = LiveUpdates::tr("being removed by %1 since %2").arg(work.operatorName, since);
    else
        work.text = LiveUpdates::tr("being recovered by %1 since %2").arg(work.operatorName, since);
    return work;
}

} // namespace OrgConsole
