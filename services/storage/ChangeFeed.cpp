#include "services/storage/ChangeFeed.h"

#include "services/storage/ChangeListener.h"

namespace OrgConsole {

ChangeFeed::ChangeFeed(DatabaseLocation location, int baselineDelayMs, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<OrgConsole::OrgChange>();
    m_listener = new ChangeListener(std::move(location), kPollMs, kPingMs, kFirstRetryMs, kMaxRetryMs, baselineDelayMs);
    m_listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &ChangeListener::changed, this, &ChangeFeed::changed);
    connect(m_listener, &ChangeListener::subscribed, this, [this](int caughtUp) {
        m_subscribed = true;
        ++m_subscriptions;
        emit subscribed(caughtUp);
    });
    connect(m_listener, &ChangeListener::lost, this, [this](const QString &message, int retryInMs) {
        m_subscribed = false;
        emit lost(message, retryInMs);
    });
    connect(m_listener, &ChangeListener::trackingStarted, this, [this] { m_tracking = true; });
    connect(m_listener, &ChangeListener::changesMissed, this, &ChangeFeed::changesMissed);
    m_thread.setObjectName(QStringLiteral("changes"));
}

ChangeFeed::~ChangeFeed()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_listener, &ChangeListener::shutdown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_listener;
    }
}

void ChangeFeed::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_listener, &ChangeListener::start);
}

} // namespace OrgConsole
