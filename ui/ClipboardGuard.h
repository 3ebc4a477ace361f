#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

#include <chrono>

class QTimer;

namespace OrgConsole {

// Puts keys shown once on the clipboard and takes them off again: `interval` after each copy and
// when the console quits, but only while the clipboard still holds that exact key, so a text the
// user copied since is left alone. The application owns it (main.cpp), not the dialog that showed
// the key: closing the wizard or a dialog must not cancel the pending clear.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultInterval {60000};

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    std::chrono::milliseconds interval() const { return m_interval; }
    // Applies to copies made afterwards (tests shorten it).
    void setInterval(std::chrono::milliseconds interval);

    void copySecret(const QString &secret);
    // The clipboard holds a secret this guard put there.
    bool holdsSecret() const;
    // Clears the clipboard now if it holds one of the secrets (at quit).
    void clearNow();

signals:
    // The clipboard was cleared because it still held a secret.
    void cleared();

private:
    struct Pending {
        QByteArray digest;
        QTimer *timer;
    };
    void expire(QTimer *timer);
    void clearIfHolding(const QList<QByteArray> &digests);
    QList<QByteArray> digests() const;

    std::chrono::milliseconds m_interval = kDefaultInterval;
    QList<Pending> m_pending;
};

} // namespace OrgConsole
