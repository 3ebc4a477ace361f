#include "services/core/LiveUpdates.h"

#include "services/provisioning/Ownership.h"
#include "services/storage/ChangeFeed.h"

namespace OrgConsole {

LiveUpdates::LiveUpdates(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_feed(std::make_unique<ChangeFeed>(location))
{
    connect(m_feed.get(), &ChangeFeed::changed, this, &LiveUpdates::organizationChanged);
    connect(m_feed.get(), &ChangeFeed::lost, this, [this](const QString &message, int retryInMs) {
        m_everLost = true;
        emit connectionLost(message, retryInMs);
    });
    connect(m_feed.get(), &ChangeFeed::subscribed, this, [this](int caughtUp) {
        if (m_everLost)
            emit connectionRestored(caughtUp);
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
    if (o.owner.isEmpty()
        || (o.status != OrgStatus::Provisioning && o.status != OrgStatus::Deleting && o.status != OrgStatus::Failed)) {
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

} // namespace OrgConsole
