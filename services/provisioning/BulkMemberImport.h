#pragma once

#include "models/Member.h"
#include "services/provisioning/AddMember.h"
#include "services/provisioning/BulkRun.h"
#include "services/provisioning/CsvImport.h"

#include <functional>

namespace OrgConsole {

class LiteLlmClient;
class RepositoryWorker;

struct BulkMemberRow {
    enum class State { Pending, Skipped, Added, Failed };
    int line = 0; // of the CSV file
    NewMember input;
    State state = State::Pending;
    QString detail; // why skipped or failed, in words (the failed step and the error's message)
    QString organizationId;
    QString organizationName;
    QString keyName;
    OperationError error; // why failed
};

// Adds many members from a CSV file with bounded concurrency (orgctl member import), each row as
// an "Add member" saga taking the budget from the member_add reply (no read-back). plan() checks
// every row against the database before anything is sent; a re-run skips the members added
// already (same organization, same user id, active).
class BulkMemberImport : public BulkRun
{
    Q_OBJECT
public:
    BulkMemberImport(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent = nullptr);

    // Calls back with the problems of the whole file (an unknown or inactive organization, a
    // budget above the organization's, the same member twice under a name and an id), each naming
    // its line: nothing may be sent while any remains. Or with the database's error.
    void plan(const QList<MemberCsvRow> &rows, std::function<void(QList<CsvProblem>, OperationError)> done);
    void run(int concurrency) { runRows(concurrency); }

    const QList<BulkMemberRow> &rows() const { return m_rows; }
    int count(BulkMemberRow::State state) const;

signals:
    // `result` carries the raw key of an added row: show or print it once, store it nowhere.
    void rowFinished(int index, const OrgConsole::AddMemberResult &result);

private:
    struct Known;
    QList<CsvProblem> classify(const Known &known);
    qsizetype rowCount() const override { return m_rows.size(); }
    bool isPending(int index) const override { return m_rows.at(index).state == BulkMemberRow::State::Pending; }
    void startRow(int index) override;

    RepositoryWorker *m_repository;
    QString m_operator;
    QList<BulkMemberRow> m_rows;
};

} // namespace OrgConsole
