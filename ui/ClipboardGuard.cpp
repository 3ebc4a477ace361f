#include "ui/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

#include <algorithm>

namespace OrgConsole {

namespace {
// The guard outlives the dialogs that showed the keys; remembering digests rather than the keys
// keeps it from being one more place a key sits in memory.
QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QClipboard *clipboard()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::clipboard() : nullptr;
}
} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    // At quit the platform clipboard is surely still up; the destructor covers owners that end
    // without a quit (tests, a window closed by its owner).
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    clearNow();
}

void ClipboardGuard::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
}

void ClipboardGuard::copySecret(const QString &secret)
{
    QClipboard *cb = clipboard();
    if (secret.isEmpty() || !cb)
        return;
    auto *mime = new QMimeData;
    mime->setText(secret);
    // Clipboard managers that follow KDE's hint (Klipper and others) keep no history of it.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    cb->setMimeData(mime);
    const QByteArray d = digest(secret);
    // Copying the same key again restarts its interval instead of adding a second timer.
    const auto same = std::find_if(m_pending.begin(), m_pending.end(), [&d](const Pending &p) { return p.digest == d; });
    if (same != m_pending.end()) {
        same->timer->start(m_interval);
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, timer] { expire(timer); });
    m_pending.append({d, timer});
    timer->start(m_interval);
}

bool ClipboardGuard::holdsSecret() const
{
    const QClipboard *cb = clipboard();
    return cb && !m_pending.isEmpty() && digests().contains(digest(cb->text()));
}

void ClipboardGuard::clearNow()
{
    clearIfHolding(digests());
}

void ClipboardGuard::expire(QTimer *timer)
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(), [timer](const Pending &p) { return p.timer == timer; });
    if (it == m_pending.end())
        return;
    const QByteArray d = it->digest;
    m_pending.erase(it);
    timer->deleteLater();
    clearIfHolding({d});
}

void ClipboardGuard::clearIfHolding(const QList<QByteArray> &candidates)
{
    QClipboard *cb = clipboard();
    if (!cb || candidates.isEmpty())
        return;
    const QString text = cb->text();
    if (text.isEmpty() || !candidates.contains(digest(text)))
        return; // something else was copied since: not ours to clear
    cb->clear();
    emit cleared();
}

QList<QByteArray> ClipboardGuard::digests() const
{
    QList<QByteArray> all;
    all.reserve(m_pending.size());
    for (const Pending &p : m_pending)
        all.append(p.digest);
    return all;
}

} // namespace OrgConsole
