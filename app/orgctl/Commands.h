#pragma once

// orgctl's command groups, one class each (see Command.h).
#include "app/orgctl/Command.h"
#include "services/provisioning/CsvImport.h"

#include <functional>
#include <memory>
#include <optional>

namespace OrgConsole {

class BudgetDoctor;
class BulkCreation;
class BulkMemberImport;
struct BulkRow;

// org create | list | show | set-budget | rotate-key | block-key | unblock-key | delete
class OrgCommand : public Command
{
public:
    OrgCommand();
    void run(Orgctl &ctl, const QStringList &args) override;

private:
    void create(Orgctl &ctl);
    void list(Orgctl &ctl);
    void show(Orgctl &ctl, const QString &idOrName);
    void setBudget(Orgctl &ctl, const QString &idOrName);
    void rotateKey(Orgctl &ctl, const QString &idOrName);
    void setKeyBlocked(Orgctl &ctl, const QString &idOrName, bool blocked);
    void remove(Orgctl &ctl, const QString &idOrName);
};

// refresh, reconcile and recover: one class, three commands, each with its own options.
class MaintenanceCommand : public Command
{
public:
    enum class Which { Refresh, Reconcile, Recover };
    explicit MaintenanceCommand(Which which);
    void run(Orgctl &ctl, const QStringList &args) override;

private:
    struct DriftFixes;
    void refresh(Orgctl &ctl);
    void reconcile(Orgctl &ctl);
    void recover(Orgctl &ctl);
    void fixNextDrift(Orgctl &ctl, std::shared_ptr<DriftFixes> fixes);
    void finishDriftFixes(Orgctl &ctl, const DriftFixes &fixes);

    Which m_which;
};

// audit [ID|NAME]
class AuditCommand : public Command
{
public:
    AuditCommand();
    void run(Orgctl &ctl, const QStringList &args) override;
};

// proxy test
class ProxyCommand : public Command
{
public:
    ProxyCommand();
    void run(Orgctl &ctl, const QStringList &args) override;
    // Also `profile test NAME`: connects with the chosen profile and reports what it found.
    static void test(Orgctl &ctl);
};

// import FILE.csv
class ImportCommand : public Command
{
public:
    ImportCommand();
    void run(Orgctl &ctl, const QStringList &args) override;

private:
    std::optional<CsvPlan> readPlan(Orgctl &ctl, const QString &path);
    void provision(Orgctl &ctl, BulkCreation *bulk, const CsvPlan &plan, int jobs, const QString &path);
    void writeResults(Orgctl &ctl, const QString &csvPath, const CsvPlan &plan, const QList<BulkRow> &rows);
};

// member add | list | show | set-budget | rotate-key | block-key | unblock-key | remove | make-owner
// | import: the people of an organization, each with their own key and budget in its team.
class MemberCommand : public Command
{
public:
    MemberCommand();
    void run(Orgctl &ctl, const QStringList &args) override;

private:
    void add(Orgctl &ctl, const QString &org);
    void list(Orgctl &ctl, const QString &org);
    void show(Orgctl &ctl, const QString &org, const QString &user);
    void setBudget(Orgctl &ctl, const QString &org, const QString &user);
    void rotateKey(Orgctl &ctl, const QString &org, const QString &user);
    void setKeyBlocked(Orgctl &ctl, const QString &org, const QString &user, bool blocked);
    void remove(Orgctl &ctl, const QString &org, const QString &user);
    void makeOwner(Orgctl &ctl, const QString &org, const QString &user);
    // member import (MemberImport.cpp)
    void import(Orgctl &ctl, const QString &path);
    void importRows(Orgctl &ctl, BulkMemberImport *bulk, int jobs, const QString &path);
    void writeImportResults(Orgctl &ctl, const QString &csvPath, const BulkMemberImport &bulk);
};

// budget doctor [ID|NAME] [--fix] (DoctorCommand.cpp): why budgets do not behave, and the safe
// fixes. The `budget` group: further verbs (alerts) join this class.
class BudgetCommand : public Command
{
public:
    BudgetCommand();
    ~BudgetCommand() override;
    void run(Orgctl &ctl, const QStringList &args) override;

private:
    struct DoctorRun;
    void doctor(Orgctl &ctl, const QStringList &args);
    // budget alerts | levels (BudgetCommand.cpp): the budget watch's verbs.
    void declareWatchVerbs();
    void watchVerb(Orgctl &ctl, const QStringList &args);
    void alerts(Orgctl &ctl);
    void levels(Orgctl &ctl, const QString &org);
    void fixNext(Orgctl &ctl, std::shared_ptr<DoctorRun> run);
    void finishDoctor(Orgctl &ctl, const DoctorRun &run);

    std::unique_ptr<BudgetDoctor> m_doctor;
};

// What import and member import share (ImportCommand.cpp). Each fails the command (and returns
// nullopt or true) when it refuses.
std::optional<QByteArray> readCsvFile(Orgctl &ctl, const QString &path, const QString &command);
bool refuseCsvProblems(Orgctl &ctl, const QString &path, const QList<CsvProblem> &problems, const QString &nothingDone);
std::optional<int> importJobs(Orgctl &ctl); // -j, 1 to 32, default 4
// FILE.results.csv, or --results: every cell through csvCell().
void writeResultsFile(Orgctl &ctl, const QString &csvPath, const QStringList &header, const QList<QStringList> &rows);

// profile add | list | remove | use | test | set-key
class ProfileCommand : public Command
{
public:
    ProfileCommand();
    void run(Orgctl &ctl, const QStringList &args) override;

private:
    void add(Orgctl &ctl, const QString &name);
    void setKey(Orgctl &ctl, const QString &name);
};

} // namespace OrgConsole
