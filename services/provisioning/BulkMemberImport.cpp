#include "services/provisioning/BulkMemberImport.h"

#include "models/Money.h"
#include "models/SafeText.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QHash>

namespace OrgConsole {

// What the database holds for the organizations a file names: each reference (a name or an id,
// as written) resolved, and the members of each organization found.
struct BulkMemberImport::Known {
    QHash<QString, Organization> organizations; // by the reference as the file has it
    QHash<QString, QHash<QString, Member>> members; // organization id -> user id -> row
};

BulkMemberImport::BulkMemberImport(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent)
    : BulkRun(client, parent)
    , m_repository(repository)
    , m_operator(std::move(operatorName))
{
}

int BulkMemberImport::count(BulkMemberRow::State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const BulkMemberRow &r) { return r.state == state; }));
}

void BulkMemberImport::plan(const QList<MemberCsvRow> &rows, std::function<void(QList<CsvProblem>, OperationError)> done)
{
    m_rows.clear();
    QStringList references;
    for (const MemberCsvRow &r : rows) {
        BulkMemberRow row;
        row.line = r.line;
        row.input = r.member;
        m_rows.append(row);
        if (!references.contains(r.member.organization.trimmed()))
            references.append(r.member.organization.trimmed());
    }
    m_repository->run<Known>(
        [references](OrgRepository &repo) -> Stored<Known> {
            Known known;
            for (const QString &ref : references) {
                const auto org = repo.findByIdOrName(ref);
                if (!org.ok() && org.error.kind == StorageError::Kind::NotFound)
                    continue; // a problem of the rows that name it
                if (!org.ok())
                    return Stored<Known>::failure(org.error.kind, org.error.message);
                known.organizations.insert(ref, *org.value);
                if (known.members.contains(org.value->id))
                    continue; // named by its id and by its name
                const auto members = repo.members().list(org.value->id);
                if (!members.ok())
                    return Stored<Known>::failure(members.error.kind, members.error.message);
                QHash<QString, Member> &byUser = known.members[org.value->id];
                for (const Member &m : *members.value)
                    byUser.insert(m.userId, m);
            }
            return Stored<Known>::success(known);
        },
        this,
        [this, done](Stored<Known> known) {
            if (!known.ok())
                return done({}, OperationError(known.error));
            done(classify(*known.value), {});
        });
}

// Each row against the database: the problems that refuse the whole file; members added already
// skipped (a re-run), members in an unfinished state failed, naming their status.
QList<CsvProblem> BulkMemberImport::classify(const Known &known)
{
    QList<CsvProblem> problems;
    QHash<QString, int> seen; // organization id + user id -> line
    for (BulkMemberRow &row : m_rows) {
        const auto problem = [&](const QString &m) {
            problems.append({row.line, QCoreApplication::translate("BulkMemberImport", "Line %1: %2").arg(row.line).arg(m)});
        };
        const QString ref = row.input.organization.trimmed();
        const auto org = known.organizations.constFind(ref);
        if (org == known.organizations.cend()) {
            problem(QCoreApplication::translate("BulkMemberImport", "no organization has the id or name \"%1\".")
                        .arg(printable(ref, 80)));
            continue;
        }
        row.organizationId = org->id;
        row.organizationName = org->name;
        if (org->status != OrgStatus::Active)
            problem(QCoreApplication::translate("BulkMemberImport",
                                                "\"%1\" is %2; members can be added only to an active organization.")
                        .arg(printable(org->name, 80), orgStatusToString(org->status)));
        if (row.input.maxBudget && org->maxBudget && *row.input.maxBudget > *org->maxBudget)
            problem(
                QCoreApplication::translate("BulkMemberImport", "the member's budget %1 is more than the budget of \"%2\" (%3).")
                    .arg(formatUsd(row.input.maxBudget), printable(org->name, 80), formatUsd(org->maxBudget)));
        const QString user = row.input.userId.trimmed();
        const QString pair = org->id + QLatin1Char('\n') + user;
        if (seen.contains(pair))
            problem(QCoreApplication::translate("BulkMemberImport", "\"%1\" in \"%2\" repeats line %3.")
                        .arg(printable(user, 80), printable(org->name, 80))
                        .arg(seen.value(pair)));
        seen.insert(pair, row.line);
        const Member existing = known.members.value(org->id).value(user);
        if (existing.userId.isEmpty())
            continue;
        row.keyName = existing.keyName;
        if (existing.status == MemberStatus::Active) {
            row.state = BulkMemberRow::State::Skipped;
            row.detail = QCoreApplication::translate("BulkMemberImport", "already a member");
            continue;
        }
        row.state = BulkMemberRow::State::Failed;
        row.detail = QCoreApplication::translate("BulkMemberImport", "a member with status %1 (orgctl recover resolves it)")
                         .arg(memberStatusToString(existing.status));
        row.error = OperationError::conflict(row.detail);
    }
    return problems;
}

void BulkMemberImport::startRow(int index)
{
    auto *saga = new AddMember(m_client, m_repository, m_operator, this);
    saga->setReadBack(false); // the member_add reply carries the budget
    NewMember input = m_rows.at(index).input;
    input.organization = m_rows.at(index).organizationId; // resolved by plan()
    saga->start(input, {}, [this, saga, index](const AddMemberResult &r) {
        saga->deleteLater();
        BulkMemberRow &row = m_rows[index];
        row.state = r.ok ? BulkMemberRow::State::Added : BulkMemberRow::State::Failed;
        row.keyName = r.member.keyName;
        if (!r.ok) {
            row.error = r.error;
            row.detail = QStringLiteral("%1: %2").arg(memberStepName(*r.failedStep), r.error.message)
                + (r.cleanupError.isError()
                       ? QCoreApplication::translate("BulkMemberImport", " (cleanup failed: %1)").arg(r.cleanupError.message)
                       : QString());
        }
        emit rowFinished(index, r);
        rowDone();
    });
}

} // namespace OrgConsole
