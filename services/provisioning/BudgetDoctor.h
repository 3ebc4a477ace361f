#pragma once

#include "services/core/OperationError.h"
#include "services/provisioning/BudgetDiagnosis.h"

#include <QObject>

#include <functional>
#include <memory>

namespace OrgConsole {

class LiteLlmClient;
class OrgOperations;
class RepositoryWorker;

// An organization the doctor could not read (its team is gone, the proxy failed): not a finding,
// since nothing about its budgets is known.
struct DoctorUnreadable {
    QString organizationId;
    QString organizationName;
    OperationError error;
};

struct DoctorReport {
    QList<DoctorFinding> findings;
    int organizationsChecked = 0;
    QList<DoctorUnreadable> unreadable;
    OperationError error; // the run itself failed: an unknown organization, the database
    bool cancelled = false;
    int count(FindingSeverity severity) const;
};

// What applying one fix did.
struct FixOutcome {
    bool ok = false;
    OperationError error;
    QString rawKey; // a rotation's new key: shown once, never stored
};

// The budget doctor: reads an organization's team, memberships and keys from the proxy and its
// rows from the database, says what is wrong (diagnose()), and fixes what is safe to fix through
// the normal, audited operations, never by calling the proxy itself.
class BudgetDoctor : public QObject
{
    Q_OBJECT
public:
    BudgetDoctor(LiteLlmClient *client, RepositoryWorker *repository, OrgOperations *operations, QObject *parent = nullptr);
    ~BudgetDoctor() override;

    // One organization (id or name), or with an empty one every active organization, a few at a
    // time. `progress` hears (checked, total) after each organization.
    void check(const QString &organization, std::function<void(int, int)> progress, std::function<void(DoctorReport)> done);
    // Starts no further organization; the report of the running check says it was cancelled.
    void cancel();
    void applyFix(const DoctorFinding &finding, std::function<void(FixOutcome)> done);
    // The time the findings are judged at (tests give the simulator's clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static constexpr int kParallel = 4;
    static constexpr int kKeyPageSize = 100;

private:
    struct Run;
    struct Checking {
        DoctorInput input;
        int keyPage = 1;
    };
    void start(std::shared_ptr<Run> run, QList<Organization> organizations);
    void checkNext(std::shared_ptr<Run> run);
    void readMembers(std::shared_ptr<Run> run, std::shared_ptr<Checking> c);
    void readTeam(std::shared_ptr<Run> run, std::shared_ptr<Checking> c);
    void readKeys(std::shared_ptr<Run> run, std::shared_ptr<Checking> c);
    void finishOne(std::shared_ptr<Run> run, std::shared_ptr<Checking> c, const OperationError &error);

    LiteLlmClient *m_client;
    RepositoryWorker *m_repository;
    OrgOperations *m_operations;
    std::function<QDateTime()> m_clock;
    std::shared_ptr<Run> m_running;
};

} // namespace OrgConsole
