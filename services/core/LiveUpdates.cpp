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

WorkInProgress LiveUpdates::workInProgress(const Organization &o, const QDateTime &now)
{
    const QString key = QStringLiteral("%1/%2/%3/%4").arg(o.id, o.owner.host).arg(o.owner.pid).arg(o.owner.started);
    if (o.owner.isEmpty()
        || (o.status != OrgStatus::Provisioning && o.status != OrgStatus::Deleting && o.status != OrgStatus::Failed)) {
        m_firstSeen.remove(key);
        return {};
    }
    const OperationOwner self = currentOwner();
    const bool elsewhere = o.owner.host != self.host || o.owner.pid != self.pid || o.owner.started != self.started;
    QDateTime since = o.status == OrgStatus::Provisioning ? o.createdAt : m_firstSeen.value(key);
    if (!since.isValid())
        since = m_firstSeen[key] = now;
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    const QString where = elsewhere ? tr("on %1 (process %2)").arg(o.owner.host).arg(o.owner.pid) : tr("in this window");
    QString text;
    switch (o.status) {
    case OrgStatus::Provisioning:
        text = tr("being created by %1 %2, %3 s").arg(o.createdBy, where).arg(seconds);
        break;
    case OrgStatus::Deleting:
        text = tr("being deleted %1, %2 s").arg(where).arg(seconds);
        break;
    default:
        text = tr("being recovered %1, %2 s").arg(where).arg(seconds);
        break;
    }
    return {text, elsewhere};
}

} // namespace OrgConsole
