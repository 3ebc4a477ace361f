// orgctl import: bulk onboarding from CSV (validated whole, bounded concurrency, per-row results).
#include "app/orgctl/Commands.h"
#include "app/orgctl/Orgctl.h"
#include "models/Money.h"
#include "models/SafeText.h"
#include "services/provisioning/BulkCreation.h"
#include "services/provisioning/CsvImport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace OrgConsole {

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"), QStringLiteral("Onboard organizations in bulk from a CSV file"))
{
    addUsage(QStringLiteral("import FILE.csv [-j N] [--dry-run] [--results FILE]"));
    addArgument(QStringLiteral("FILE.csv"),
                QStringLiteral("A header with name,owner and optionally budget, duration, models, contact_name, contact_email."));
    addOption(QStringLiteral("j"), QStringLiteral("Organizations created at once (default 4, max 32)."), QStringLiteral("N"));
    addOption(QStringLiteral("dry-run"), QStringLiteral("Validate and show what would happen."));
    addOption(QStringLiteral("results"), QStringLiteral("Per-row result file (default: FILE.csv.results.csv)."),
              QStringLiteral("FILE"));
}

namespace {
void printDryRun(Orgctl &ctl, const CsvPlan &plan, const QList<BulkRow> &rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BulkRow &row = rows.at(i);
        const QString what = row.state == BulkRow::State::Pending ? QStringLiteral("would create")
            : row.state == BulkRow::State::Skipped                ? QStringLiteral("skipped")
                                                                  : QStringLiteral("failed");
        ctl.out() << "line " << plan.rows.at(i).line << ": " << what << " \"" << row.input.name << "\" owner "
                  << row.input.ownerUserId << ", budget " << formatUsd(row.input.maxBudget)
                  << (row.detail.isEmpty() ? QString() : QStringLiteral(" (") + printable(row.detail) + QLatin1Char(')')) << "\n";
    }
    ctl.finish(ExitOk);
}

void printProgress(Orgctl &ctl, const BulkCreation &bulk)
{
    ctl.printBulkProgress(bulk.rows().size() - bulk.count(BulkRow::State::Pending), bulk.rows().size(),
                          QStringLiteral("created %1, failed %2, skipped %3")
                              .arg(bulk.count(BulkRow::State::Created))
                              .arg(bulk.count(BulkRow::State::Failed))
                              .arg(bulk.count(BulkRow::State::Skipped)));
}

// The raw key goes to stdout only, once.
void printCreated(Orgctl &ctl, int line, const CreateResult &r)
{
    if (!r.ok)
        return;
    if (ctl.json())
        ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("line"), line},
                                                {QStringLiteral("name"), r.organization.name},
                                                {QStringLiteral("id"), r.organization.id},
                                                {QStringLiteral("api_key"), r.rawKey}})
                         .toJson(QJsonDocument::Compact)
                  << "\n";
    else // tab-separated: printable() escapes a tab or line break that would forge a field or a line
        ctl.out() << printable(r.organization.name) << "\t" << printable(r.organization.id) << "\t" << printable(r.rawKey)
                  << "\n";
    ctl.out().flush();
}

void printSummary(Orgctl &ctl, const BulkCreation &bulk, const CsvPlan &plan)
{
    const QList<BulkRow> &rows = bulk.rows();
    ctl.err() << "Done: created " << bulk.count(BulkRow::State::Created) << ", failed " << bulk.count(BulkRow::State::Failed)
              << ", skipped " << bulk.count(BulkRow::State::Skipped) << " of " << rows.size() << "\n";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).state == BulkRow::State::Failed)
            ctl.err() << "line " << plan.rows.at(i).line << ": \"" << rows.at(i).input.name
                      << "\" failed: " << printable(rows.at(i).detail) << "\n"; // the proxy's words
    }
}
} // namespace

std::optional<QByteArray> readCsvFile(Orgctl &ctl, const QString &path, const QString &command)
{
    if (path.isEmpty()) {
        ctl.fail(OperationError::badInput(QStringLiteral("%1: give the CSV file.").arg(command)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctl.fail(OperationError::badInput(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
        return std::nullopt;
    }
    if (file.size() > kCsvMaxFileBytes) {
        ctl.fail(
            OperationError::badInput(QStringLiteral("%1 is larger than %2 MB.").arg(path).arg(kCsvMaxFileBytes / (1024 * 1024))));
        return std::nullopt;
    }
    return file.readAll();
}

bool refuseCsvProblems(Orgctl &ctl, const QString &path, const QList<CsvProblem> &problems, const QString &nothingDone)
{
    if (problems.isEmpty())
        return false;
    for (const CsvProblem &p : problems)
        ctl.err() << path << ":" << p.line << ": " << p.message << "\n";
    ctl.fail(
        OperationError::badInput(QStringLiteral("%1 has %2 problem(s); %3").arg(path).arg(problems.size()).arg(nothingDone)));
    return true;
}

std::optional<int> importJobs(Orgctl &ctl)
{
    bool ok = true;
    const int jobs = ctl.isSet(QStringLiteral("j")) ? ctl.value(QStringLiteral("j")).toInt(&ok) : 4;
    if (!ok || jobs < 1 || jobs > 32) {
        ctl.fail(OperationError::badInput(QStringLiteral("-j must be between 1 and 32.")));
        return std::nullopt;
    }
    return jobs;
}

void writeResultsFile(Orgctl &ctl, const QString &csvPath, const QStringList &header, const QList<QStringList> &rows)
{
    const QString resultsPath
        = ctl.isSet(QStringLiteral("results")) ? ctl.value(QStringLiteral("results")) : csvPath + QStringLiteral(".results.csv");
    QSaveFile out(resultsPath);
    if (!out.open(QIODevice::WriteOnly)) {
        ctl.err() << "orgctl: cannot write " << resultsPath << "\n";
        return;
    }
    // Every cell goes through csvCell(): names and details come from the input file or the
    // proxy's error text, key names from the proxy's reply, and a spreadsheet opening this file
    // must neither run a formula from them nor see a forged row or column.
    out.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
    for (const QStringList &cells : rows) {
        QStringList line;
        for (const QString &cell : cells)
            line.append(csvCell(cell));
        out.write(line.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    out.commit();
    ctl.err() << "Per-row results: " << resultsPath << "\n";
}

// The whole file is read and validated before anything else happens.
std::optional<CsvPlan> ImportCommand::readPlan(Orgctl &ctl, const QString &path)
{
    const std::optional<QByteArray> content = readCsvFile(ctl, path, QStringLiteral("import"));
    if (!content)
        return std::nullopt;
    CsvPlan plan = parseOnboardingCsv(*content);
    if (refuseCsvProblems(ctl, path, plan.problems, QStringLiteral("nothing was created.")))
        return std::nullopt;
    return plan;
}

void ImportCommand::run(Orgctl &ctl, const QStringList &args)
{
    const QString path = args.value(0);
    const std::optional<CsvPlan> plan = readPlan(ctl, path);
    if (!plan)
        return;
    const std::optional<int> jobs = importJobs(ctl);
    if (!jobs)
        return;
    const bool dryRun = ctl.isSet(QStringLiteral("dry-run"));
    ctl.withContext(!dryRun, [this, &ctl, plan = *plan, jobs = *jobs, dryRun, path] {
        auto *bulk = ctl.context().newBulkCreation(&ctl).release(); // a child of ctl, which owns it
        QList<NewOrganization> inputs;
        for (const CsvRow &r : plan.rows)
            inputs.append(r.organization);
        bulk->plan(inputs, [this, &ctl, bulk, plan, jobs, dryRun, path](OperationError error) {
            if (error.isError())
                return ctl.fail(error);
            if (dryRun)
                return printDryRun(ctl, plan, bulk->rows());
            provision(ctl, bulk, plan, jobs, path);
        });
    });
}

void ImportCommand::provision(Orgctl &ctl, BulkCreation *bulk, const CsvPlan &plan, int jobs, const QString &path)
{
    QObject::connect(bulk, &BulkCreation::rowFinished, &ctl, [&ctl, bulk, plan](int index, const CreateResult &r) {
        printCreated(ctl, plan.rows.at(index).line, r);
        printProgress(ctl, *bulk);
    });
    QObject::connect(bulk, &BulkCreation::finished, &ctl, [this, &ctl, bulk, plan, path] {
        printSummary(ctl, *bulk, plan);
        writeResults(ctl, path, plan, bulk->rows());
        ctl.finish(bulk->count(BulkRow::State::Failed) > 0 ? ExitPartialBulk : ExitOk);
    });
    bulk->run(jobs);
}

void ImportCommand::writeResults(Orgctl &ctl, const QString &csvPath, const CsvPlan &plan, const QList<BulkRow> &rows)
{
    static const char *const states[] = {"pending", "skipped", "created", "failed"};
    QList<QStringList> cells;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BulkRow &r = rows.at(i);
        cells.append({QString::number(plan.rows.at(i).line), r.input.name, QString::fromLatin1(states[int(r.state)]),
                      r.organizationId, r.keyName, r.detail});
    }
    writeResultsFile(ctl, csvPath,
                     {QStringLiteral("line"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("organization_id"),
                      QStringLiteral("key_name"), QStringLiteral("detail")},
                     cells);
}

} // namespace OrgConsole
