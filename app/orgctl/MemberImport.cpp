// orgctl member import: members in bulk from CSV, with the organization import's rules (the whole
// file validated first, bounded concurrency, per-row results, re-runs skip what was done).
#include "app/orgctl/Commands.h"
#include "app/orgctl/Orgctl.h"
#include "models/Money.h"
#include "models/SafeText.h"
#include "services/provisioning/BulkMemberImport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OrgConsole {

namespace {
using State = BulkMemberRow::State;

QString stateName(State state)
{
    static const char *const names[] = {"pending", "skipped", "added", "failed"};
    return QString::fromLatin1(names[int(state)]);
}

void printDryRun(Orgctl &ctl, const BulkMemberImport &bulk)
{
    for (const BulkMemberRow &row : bulk.rows()) {
        const QString what = row.state == State::Pending ? QStringLiteral("would add") : stateName(row.state);
        ctl.out() << "line " << row.line << ": " << what << " " << row.input.userId << " to \"" << row.organizationName
                  << "\", budget "
                  << (row.input.maxBudget ? formatUsd(row.input.maxBudget) : QStringLiteral("of the organization"))
                  << (row.detail.isEmpty() ? QString() : QStringLiteral(" (") + printable(row.detail) + QLatin1Char(')')) << "\n";
    }
    ctl.finish(ExitOk);
}

void printProgress(Orgctl &ctl, const BulkMemberImport &bulk)
{
    ctl.printBulkProgress(bulk.rows().size() - bulk.count(State::Pending), bulk.rows().size(),
                          QStringLiteral("added %1, failed %2, skipped %3")
                              .arg(bulk.count(State::Added))
                              .arg(bulk.count(State::Failed))
                              .arg(bulk.count(State::Skipped)));
}

// The raw key goes to stdout only, once.
void printAdded(Orgctl &ctl, const BulkMemberRow &row, const AddMemberResult &r)
{
    if (!r.ok)
        return;
    if (ctl.json())
        ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("line"), row.line},
                                                {QStringLiteral("organization"), r.organization.name},
                                                {QStringLiteral("organization_id"), r.organization.id},
                                                {QStringLiteral("user_id"), r.member.userId},
                                                {QStringLiteral("api_key"), r.rawKey}})
                         .toJson(QJsonDocument::Compact)
                  << "\n";
    else // tab-separated: printable() escapes a tab or line break that would forge a field or a line
        ctl.out() << printable(r.organization.name) << "\t" << printable(r.member.userId) << "\t" << printable(r.rawKey) << "\n";
    ctl.out().flush();
}

void printSummary(Orgctl &ctl, const BulkMemberImport &bulk)
{
    ctl.err() << "Done: added " << bulk.count(State::Added) << ", failed " << bulk.count(State::Failed) << ", skipped "
              << bulk.count(State::Skipped) << " of " << bulk.rows().size() << "\n";
    for (const BulkMemberRow &row : bulk.rows()) {
        if (row.state == State::Failed)
            ctl.err() << "line " << row.line << ": " << row.input.userId << " in \"" << row.organizationName
                      << "\" failed: " << printable(row.detail) << "\n"; // the proxy's words
    }
}
} // namespace

// The whole file is read and checked, on its own and against the database, before anything is
// sent to the proxy; the problems of both are reported together, in line order.
void MemberCommand::import(Orgctl &ctl, const QString &path)
{
    const std::optional<QByteArray> content = readCsvFile(ctl, path, QStringLiteral("member import"));
    if (!content)
        return;
    const std::optional<int> jobs = importJobs(ctl);
    if (!jobs)
        return;
    const MemberCsvPlan plan = parseMemberCsv(*content);
    const bool dryRun = ctl.isSet(QStringLiteral("dry-run"));
    ctl.withContext(!dryRun && plan.problems.isEmpty(), [this, &ctl, plan, jobs = *jobs, dryRun, path] {
        auto *bulk = ctl.context().newBulkMemberImport(&ctl).release(); // a child of ctl, which owns it
        bulk->plan(plan.rows, [this, &ctl, bulk, plan, jobs, dryRun, path](QList<CsvProblem> problems, OperationError error) {
            if (error.isError() && plan.problems.isEmpty())
                return ctl.fail(error);
            problems += plan.problems;
            std::stable_sort(problems.begin(), problems.end(),
                             [](const CsvProblem &a, const CsvProblem &b) { return a.line < b.line; });
            if (refuseCsvProblems(ctl, path, problems, QStringLiteral("nothing was sent.")))
                return;
            if (dryRun)
                return printDryRun(ctl, *bulk);
            importRows(ctl, bulk, jobs, path);
        });
    });
}

void MemberCommand::importRows(Orgctl &ctl, BulkMemberImport *bulk, int jobs, const QString &path)
{
    QObject::connect(bulk, &BulkMemberImport::rowFinished, &ctl, [&ctl, bulk](int index, const AddMemberResult &r) {
        printAdded(ctl, bulk->rows().at(index), r);
        printProgress(ctl, *bulk);
    });
    QObject::connect(bulk, &BulkMemberImport::finished, &ctl, [this, &ctl, bulk, path] {
        printSummary(ctl, *bulk);
        writeImportResults(ctl, path, *bulk);
        ctl.finish(bulk->count(State::Failed) > 0 ? ExitPartialBulk : ExitOk);
    });
    bulk->run(jobs);
}

void MemberCommand::writeImportResults(Orgctl &ctl, const QString &csvPath, const BulkMemberImport &bulk)
{
    QList<QStringList> cells;
    for (const BulkMemberRow &r : bulk.rows())
        cells.append({QString::number(r.line), r.input.organization, r.input.userId, stateName(r.state), r.organizationId,
                      r.keyName, r.detail});
    writeResultsFile(ctl, csvPath,
                     {QStringLiteral("line"), QStringLiteral("organization"), QStringLiteral("user_id"), QStringLiteral("status"),
                      QStringLiteral("organization_id"), QStringLiteral("key_name"), QStringLiteral("detail")},
                     cells);
}

} // namespace OrgConsole
