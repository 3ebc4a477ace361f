#include "services/provisioning/BulkCreation.h"

#include "models/Validation.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QHash>

namespace OrgConsole {

BulkCreation::BulkCreation(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent)
    : BulkRun(client, parent)
    , m_repository(repository)
    , m_operator(std::move(operatorName))
{
}

int BulkCreation::count(BulkRow::State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const BulkRow &r) { return r.state == state; }));
}

void BulkCreation::plan(const QList<NewOrganization> &inputs, std::function<void(OperationError)> done)
{
    m_rows.clear();
    for (const NewOrganization &n : inputs)
        m_rows.append(BulkRow {n, BulkRow::State::Pending, {}, {}, {}, {}});
    m_repository->run<QList<Organization>>([](OrgRepository &repo) { return repo.listAll(); }, this,
                                           [this, done](Stored<QList<Organization>> existing) {
                                               if (!existing.ok())
                                                   return done(OperationError(existing.error));
                                               QHash<QString, const Organization *> byName;
                                               for (const Organization &o : std::as_const(*existing.value))
                                                   byName.insert(o.normalizedName, &o);
                                               for (BulkRow &row : m_rows) {
                                                   const Organization *o = byName.value(normalizeOrgName(row.input.name));
                                                   if (!o)
                                                       continue;
                                                   markExisting(row, *o);
                                               }
                                               done({});
                                           });
}

// A row whose name exists: skipped when it is the same customer (a re-run of the same file),
// refused when the name belongs to another owner or an unfinished organization.
void BulkCreation::markExisting(BulkRow &row, const Organization &o)
{
    const bool sameOwner = o.ownerUserId == row.input.ownerUserId.trimmed();
    const bool active = o.status == OrgStatus::Active;
    row.organizationId = o.id;
    if (active && sameOwner) {
        row.state = BulkRow::State::Skipped;
        row.detail = QCoreApplication::translate("BulkCreation", "already created");
        row.keyName = o.keyName;
        return;
    }
    row.state = BulkRow::State::Failed;
    row.detail = !sameOwner
        ? QCoreApplication::translate("BulkCreation", "the name is taken by \"%1\" of another owner (%2); nothing was created")
              .arg(o.name, o.ownerUserId)
        : QCoreApplication::translate("BulkCreation", "exists with status %1").arg(orgStatusToString(o.status));
    row.error = OperationError::conflict(row.detail);
}

void BulkCreation::startRow(int index)
{
    auto *saga = new CreateOrganization(m_client, m_repository, m_operator, this);
    saga->setReadBack(false); // the team reply carries the budget
    saga->start(m_rows.at(index).input, {}, [this, saga, index](const CreateResult &r) {
        saga->deleteLater();
        BulkRow &row = m_rows[index];
        row.state = r.ok ? BulkRow::State::Created : BulkRow::State::Failed;
        row.organizationId = r.organization.id;
        row.keyName = r.organization.keyName;
        if (!r.ok) {
            row.error = r.error;
            row.detail = QStringLiteral("%1: %2").arg(createStepName(*r.failedStep), r.error.message)
                + (r.cleanupError.isError()
                       ? QCoreApplication::translate("BulkCreation", " (cleanup failed: %1)").arg(r.cleanupError.message)
                       : QString());
        }
        emit rowFinished(index, r);
        rowDone();
    });
}

} // namespace OrgConsole
