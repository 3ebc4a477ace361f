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
    ctl.err() << "\r[" << (bulk.rows().size() - bulk.count(BulkRow::State::Pending)) << "/" << bulk.rows().size() << "] created "
              << bulk.count(BulkRow::State::Created) << ", failed " << bulk.count(BulkRow::State::Failed) << ", skipped "
              << bulk.count(BulkRow::State::Skipped) << Qt::flush;
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
    ctl.err() << "\nDone: created " << bulk.count(BulkRow::State::Created) << ", failed " << bulk.count(BulkRow::State::Failed)
              << ", skipped " << bulk.count(BulkRow::State::Skipped) << " of " << rows.size() << "\n";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).state == BulkRow::State::Failed)
            ctl.err() << "line " << plan.rows.at(i).line << ": \"" << rows.at(i).input.name
                      << "\" failed: " << printable(rows.at(i).detail) << "\n"; // the proxy's words
    }
}
} // namespace

// The whole file is read and validated before anything else happens.
std::optional<CsvPlan> ImportCommand::readPlan(Orgctl &ctl, const QString &path)
{
    QFile file(path);
    if (path.isEmpty()) {
        ctl.fail(OperationError::badInput(QStringLiteral("import: give the CSV file.")));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ctl.fail(OperationError::badInput(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
        return std::nullopt;
    }
    if (file.size() > kCsvMaxFileBytes) {
        ctl.fail(
            OperationError::badInput(QStringLiteral("%1 is larger than %2 MB.").arg(path).arg(kCsvMaxFileBytes / (1024 * 1024))));
        return std::nullopt;
    }
    CsvPlan plan = parseOnboardingCsv(file.readAll());
    if (!plan.problems.isEmpty()) {
        for (const CsvProblem &p : plan.problems)
            ctl.err() << path << ":" << p.line << ": " << p.message << "\n";
        ctl.fail(OperationError::badInput(
            QStringLiteral("%1 has %2 problem(s); nothing was created.").arg(path).arg(plan.problems.size())));
        return std::nullopt;
    }
    return plan;
}

void ImportCommand::run(Orgctl &ctl, const QStringList &args)
{
    const QString path = args.value(0);
    const std::optional<CsvPlan> plan = readPlan(ctl, path);
    if (!plan)
        return;
    bool ok = true;
    const int jobs = ctl.isSet(QStringLiteral("j")) ? ctl.value(QStringLiteral("j")).toInt(&ok) : 4;
    if (!ok || jobs < 1 || jobs > 32)
        return ctl.fail(OperationError::badInput(QStringLiteral("-j must be between 1 and 32.")));
    const bool dryRun = ctl.isSet(QStringLiteral("dry-run"));
    ctl.withContext(!dryRun, [this, &ctl, plan = *plan, jobs, dryRun, path] {
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
    const QString resultsPath
        = ctl.isSet(QStringLiteral("results")) ? ctl.value(QStringLiteral("results")) : csvPath + QStringLiteral(".results.csv");
    QSaveFile out(resultsPath);
    if (!out.open(QIODevice::WriteOnly)) {
        ctl.err() << "orgctl: cannot write " << resultsPath << "\n";
        return;
    }
    // Every cell goes through csvCell(): the name and the detail come from the input file or the
    // proxy's error text, the key name from the proxy's reply, and a spreadsheet opening this file
    // must neither run a formula from them nor see a forged row or column.
    static const char *const states[] = {"pending", "skipped", "created", "failed"};
    out.write("line,name,status,organization_id,key_name,detail\n");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BulkRow &r = rows.at(i);
        const QStringList cells {QString::number(plan.rows.at(i).line),
                                 r.input.name,
                                 QString::fromLatin1(states[int(r.state)]),
                                 r.organizationId,
                                 r.keyName,
                                 r.detail};
        QStringList line;
        for (const QString &cell : cells)
            line.append(csvCell(cell));
        out.write(line.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    out.commit();
    ctl.err() << "Per-row results: " << resultsPath << "\n";
}

} // namespace OrgConsole
