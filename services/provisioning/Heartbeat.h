#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace OrgConsole {

class RepositoryWorker;

// Renews a row's heartbeat every kHeartbeatIntervalSeconds while an operation (the create saga, a
// delete) waits on the proxy or the database, so that recovery on other desktops leaves the row
// alone. Stops when told, or when destroyed with its operation.
class Heartbeat : public QObject
{
    Q_OBJECT
public:
    explicit Heartbeat(RepositoryWorker *repository, QObject *parent = nullptr);
    ~Heartbeat() override;

    void start(const QString &orgId);
    // The same for a member's row.
    void startMember(const QString &orgId, const QString &userId);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // For tests: renew more often than the default.
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Whether an operation of this process still works on the row. A row this process owns that no
    // heartbeat here renews was left behind (its operation ended while the database was away), so
    // recovery in this same process may take it, at once.
    static bool isBeating(const QString &orgId);

private:
    void beat();
    QString beatingKey() const;

    RepositoryWorker *m_repository;
    QTimer m_timer;
    QString m_orgId;
    QString m_userId; // empty: the organization's row
};

} // namespace OrgConsole
