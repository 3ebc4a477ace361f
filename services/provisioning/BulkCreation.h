#pragma once

#include "models/Organization.h"
#include "services/provisioning/BulkRun.h"
#include "services/provisioning/CreateOrganization.h"

#include <functional>

namespace OrgConsole {

class LiteLlmClient;
class RepositoryWorker;

struct BulkRow {
    enum class State { Pending, Skipped, Created, Failed };
    NewOrganization input;
    State state = State::Pending;
    QString detail; // why skipped or failed, in words (the failed step and the error's message)
    QString organizationId;
    QString keyName;
    OperationError error; // why failed
};

// Creates many organizations with bounded concurrency (bulk onboarding, for orgctl import and the
// console's import dialog). plan() marks the rows whose names already exist, so a re-run skips what
// was created; run() provisions the rest, each as a compensated saga taking the budget from the
// team reply.
class BulkCreation : public BulkRun
{
    Q_OBJECT
public:
    BulkCreation(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent = nullptr);

    // Classifies the rows against the database; calls back with no error or the error.
    void plan(const QList<NewOrganization> &inputs, std::function<void(OperationError)> done);
    void run(int concurrency) { runRows(concurrency); }

    const QList<BulkRow> &rows() const { return m_rows; }
    int count(BulkRow::State state) const;

signals:
    // `result` carries the raw key of a created row: show or print it once, store it nowhere.
    void rowFinished(int index, const OrgConsole::CreateResult &result);

private:
    static void markExisting(BulkRow &row, const Organization &existing);
    qsizetype rowCount() const override { return m_rows.size(); }
    bool isPending(int index) const override { return m_rows.at(index).state == BulkRow::State::Pending; }
    void startRow(int index) override;

    RepositoryWorker *m_repository;
    QString m_operator;
    QList<BulkRow> m_rows;
};

} // namespace OrgConsole
