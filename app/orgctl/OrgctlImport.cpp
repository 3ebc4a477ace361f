// orgctl import: bulk onboarding from CSV (validated whole, bounded concurrency, per-row results).
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

void Orgctl::importCsv()
{
    const QString path = m_args.value(1);
    if (path.isEmpty())
        return fail(ExitBadInput, QStringLiteral("import: give the CSV file."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ExitBadInput, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kCsvMaxFileBytes)
        return fail(ExitBadInput, QStringLiteral("%1 is larger than %2 MB.").arg(path).arg(kCsvMaxFileBytes / (1024 * 1024)));
    const CsvPlan plan = parseOnboardingCsv(file.readAll());
    if (!plan.problems.isEmpty()) {
        for (const CsvProblem &p : plan.problems)
            m_err << path << ":" << p.line << ": " << p.message << "\n";
        return fail(ExitBadInput,
                    QStringLiteral("%1 has %2 problem(s); nothing was created.").arg(path).arg(plan.problems.size()));
    }
    bool ok = true;
    const int jobs = m_parser.isSet(QStringLiteral("j")) ? m_parser.value(QStringLiteral("j")).toInt(&ok) : 4;
    if (!ok || jobs < 1 || jobs > 32)
        return fail(ExitBadInput, QStringLiteral("-j must be between 1 and 32."));
    const bool dryRun = m_parser.isSet(QStringLiteral("dry-run"));
    withContext(!dryRun, [this, plan, jobs, dryRun, path] {
        auto *bulk = new BulkCreation(m_context->client(), &m_context->repository(), m_context->operatorName(), this);
        QList<NewOrganization> inputs;
        for (const CsvRow &r : plan.rows)
            inputs.append(r.organization);
        bulk->plan(inputs, [this, bulk, plan, jobs, dryRun, path](OperationError error) {
            if (error.isError())
                return fail(error);
            const QList<BulkRow> &rows = bulk->rows();
            if (dryRun) {
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    const BulkRow &row = rows.at(i);
                    const QString what = row.state == BulkRow::State::Pending ? QStringLiteral("would create")
                        : row.state == BulkRow::State::Skipped                ? QStringLiteral("skipped")
                                                                              : QStringLiteral("failed");
                    m_out << "line " << plan.rows.at(i).line << ": " << what << " \"" << row.input.name << "\" owner "
                          << row.input.ownerUserId << ", budget " << formatUsd(row.input.maxBudget)
                          << (row.detail.isEmpty() ? QString() : QStringLiteral(" (") + printable(row.detail) + QLatin1Char(')'))
                          << "\n";
                }
                return finish(ExitOk);
            }
            auto progress = [this, bulk] {
                m_err << "\r[" << (bulk->rows().size() - bulk->count(BulkRow::State::Pending)) << "/" << bulk->rows().size()
                      << "] created " << bulk->count(BulkRow::State::Created) << ", failed "
                      << bulk->count(BulkRow::State::Failed) << ", skipped " << bulk->count(BulkRow::State::Skipped) << Qt::flush;
            };
            connect(bulk, &BulkCreation::rowFinished, this, [this, plan, progress](int index, const CreateResult &r) {
                // The raw key goes to stdout only, once.
                if (r.ok) {
                    if (m_json)
                        m_out << QJsonDocument(QJsonObject {{QStringLiteral("line"), plan.rows.at(index).line},
                                                            {QStringLiteral("name"), r.organization.name},
                                                            {QStringLiteral("id"), r.organization.id},
                                                            {QStringLiteral("api_key"), r.rawKey}})
                                     .toJson(QJsonDocument::Compact)
                              << "\n";
                    else // tab-separated: printable() escapes a tab or line break that would forge a field or a line
                        m_out << printable(r.organization.name) << "\t" << printable(r.organization.id) << "\t"
                              << printable(r.rawKey) << "\n";
                    m_out.flush();
                }
                progress();
            });
            connect(bulk, &BulkCreation::finished, this, [this, bulk, plan, path] {
                const QList<BulkRow> &rows = bulk->rows();
                m_err << "\nDone: created " << bulk->count(BulkRow::State::Created) << ", failed "
                      << bulk->count(BulkRow::State::Failed) << ", skipped " << bulk->count(BulkRow::State::Skipped) << " of "
                      << rows.size() << "\n";
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    if (rows.at(i).state == BulkRow::State::Failed)
                        m_err << "line " << plan.rows.at(i).line << ": \"" << rows.at(i).input.name
                              << "\" failed: " << printable(rows.at(i).detail) << "\n"; // the proxy's words
                }
                writeImportResults(path, plan, rows);
                finish(bulk->count(BulkRow::State::Failed) > 0 ? ExitPartialBulk : ExitOk);
            });
            bulk->run(jobs);
        });
    });
}

void Orgctl::writeImportResults(const QString &csvPath, const CsvPlan &plan, const QList<BulkRow> &rows)
{
    const QString resultsPath = m_parser.isSet(QStringLiteral("results")) ? m_parser.value(QStringLiteral("results"))
                                                                          : csvPath + QStringLiteral(".results.csv");
    QSaveFile out(resultsPath);
    if (!out.open(QIODevice::WriteOnly)) {
        m_err << "orgctl: cannot write " << resultsPath << "\n";
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
    m_err << "Per-row results: " << resultsPath << "\n";
}

} // namespace OrgConsole
