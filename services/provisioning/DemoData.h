#pragma once

#include "services/core/OperationError.h"
#include "services/provisioning/DemoPlan.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace OrgConsole {

class LiteLlmClient;
class RepositoryWorker;
class OrgOperations;

// Loads and removes the sandbox's demo organizations (DemoPlan.h) through the real operations:
// each organization by the create saga, each member by the add-member saga, the owner's key
// blocked by the console's block, so the database and the simulator agree. Then the simulator is
// given the 90 days of spend (/sim/history) and, behind the console's back, the drift Reconcile is
// to find. Only in the sandbox: a real proxy is refused before anything is sent.
class DemoData : public QObject
{
    Q_OBJECT
public:
    struct Progress {
        int done = 0; // organizations finished
        int total = 0;
        QString text; // what is happening, for a status line
    };
    using ProgressFn = std::function<void(const Progress &)>;
    using DoneFn = std::function<void(OperationError)>;

    DemoData(LiteLlmClient *client, RepositoryWorker *repository, OrgOperations *operations, QString operatorName, bool sandbox,
             QObject *parent = nullptr);

    // Refused (Conflict) when a demo organization already exists: reset first.
    void load(ProgressFn progress, DoneFn done);
    // Deletes the demo organizations (teams and keys with them), makes the simulator forget their
    // daily activity and users, and turns simulated usage off. Other organizations stay.
    void reset(ProgressFn progress, DoneFn done);
    // Stops after the organization being made (load) or deleted (reset); done() gets Cancelled.
    void cancel() { m_cancelled = true; }

    // Simulated usage in the sandbox's simulator: on or off, `factor` simulated seconds per real second.
    void setSimulatedUsage(bool enabled, int factor, std::function<void(OperationError)> done);
    // Whether the sandbox's simulator runs simulated usage now (it keeps that across restarts);
    // nullopt when it cannot say (not the sandbox, or no answer).
    void readSimulatedUsage(std::function<void(std::optional<bool>)> done);

private:
    struct Keys; // the raw keys of the organization being made, in memory only
    OperationError refusal() const;
    void checkNoneLoaded();
    void readToday();
    void createNext();
    void addMembers(std::shared_ptr<Keys> keys, int next);
    void recordSpend(std::shared_ptr<Keys> keys);
    void plant(std::shared_ptr<Keys> keys);
    void organizationDone(const QString &what);
    void finish(OperationError error);
    // reset
    void deleteNext(std::shared_ptr<QList<QPair<QString, QString>>> orgs, QStringList teamIds);
    void forget(const QStringList &teamIds);

    LiteLlmClient *m_client;
    RepositoryWorker *m_repository;
    OrgOperations *m_operations;
    QString m_operator;
    bool m_sandbox;
    QList<DemoOrganization> m_plan;
    int m_index = 0;
    QDate m_today;
    bool m_cancelled = false;
    bool m_running = false;
    ProgressFn m_progress;
    DoneFn m_done;
};

} // namespace OrgConsole
