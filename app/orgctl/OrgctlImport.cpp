// orgctl import: bulk onboarding from CSV (validated whole, bounded concurrency, per-row results).
#include "app/orgctl/Orgctl.h"
#include "models/Money.h"
#include "models/Validation.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/CsvImport.h"
#include "services/storage/RepositoryWorker.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

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
        // Organizations already in the database are skipped (re-running a file is safe).
        m_context->repository().run<QList<Organization>>(
            [](OrgRepository &repo) { return repo.listAll(); }, this,
            [this, plan, jobs, dryRun, path](Stored<QList<Organization>> existing) {
                if (!existing.ok())
                    return fail(ExitDatabaseError, existing.error.message);
                QHash<QString, Organization> byName;
                for (const Organization &o : std::as_const(*existing.value))
                    byName.insert(o.normalizedName, o);
                struct RowState {
                    CsvRow row;
                    QString status;
                    QString detail;
                    QString orgId;
                    QString keyName;
                };
                auto rows = std::make_shared<QList<RowState>>();
                for (const CsvRow &r : plan.rows) {
                    RowState s {r, QString(), QString(), QString(), QString()};
                    const auto it = byName.constFind(normalizeOrgName(r.organization.name));
                    if (it != byName.cend()) {
                        s.status = it->status == OrgStatus::Active ? QStringLiteral("skipped") : QStringLiteral("failed");
                        s.detail = it->status == OrgStatus::Active
                            ? QStringLiteral("already created")
                            : QStringLiteral("exists with status %1").arg(orgStatusToString(it->status));
                        s.orgId = it->id;
                        s.keyName = it->keyName;
                    }
                    rows->append(s);
                }
                if (dryRun) {
                    for (const RowState &s : std::as_const(*rows))
                        m_out << "line " << s.row.line << ": " << (s.status.isEmpty() ? QStringLiteral("would create") : s.status)
                              << " \"" << s.row.organization.name << "\" owner " << s.row.organization.ownerUserId << ", budget "
                              << formatUsd(s.row.organization.maxBudget)
                              << (s.detail.isEmpty() ? QString() : QStringLiteral(" (") + s.detail + QLatin1Char(')')) << "\n";
                    return finish(ExitOk);
                }
                m_context->client()->setParallelism(jobs * 2);
                auto next = std::make_shared<qsizetype>(0);
                auto running = std::make_shared<int>(0);
                auto counts = std::make_shared<QHash<QString, int>>();
                auto startMore = std::make_shared<std::function<void()>>();
                auto writeResults = [this, rows, path]() {
                    const QString resultsPath = m_parser.isSet(QStringLiteral("results"))
                        ? m_parser.value(QStringLiteral("results"))
                        : path + QStringLiteral(".results.csv");
                    QSaveFile out(resultsPath);
                    if (!out.open(QIODevice::WriteOnly))
                        return m_err << "orgctl: cannot write " << resultsPath << "\n", void();
                    out.write("line,name,status,organization_id,key_name,detail\n");
                    auto quote = [](const QString &s) -> QByteArray {
                        return QByteArray("\"") + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
                    };
                    for (const RowState &s : std::as_const(*rows))
                        out.write(QByteArray::number(s.row.line) + ',' + quote(s.row.organization.name) + ',' + s.status.toUtf8()
                                  + ',' + s.orgId.toUtf8() + ',' + s.keyName.toUtf8() + ',' + quote(s.detail) + '\n');
                    out.commit();
                    m_err << "Per-row results: " << resultsPath << "\n";
                };
                *startMore = [this, rows, next, running, counts, startMore, jobs, writeResults]() {
                    while (*running < jobs && *next < rows->size()) {
                        const qsizetype index = (*next)++;
                        if (!(*rows)[index].status.isEmpty()) {
                            (*counts)[(*rows)[index].status]++;
                            continue;
                        }
                        ++*running;
                        auto *saga = m_context->newCreation(this).release();
                        saga->setReadBack(false); // the team reply carries the budget
                        saga->start(
                            (*rows)[index].row.organization, {},
                            [this, saga, rows, index, running, counts, startMore](const CreateResult &r) {
                                saga->deleteLater();
                                RowState &s = (*rows)[index];
                                s.status = r.ok ? QStringLiteral("created") : QStringLiteral("failed");
                                s.orgId = r.organization.id;
                                s.keyName = r.organization.keyName;
                                if (!r.ok)
                                    s.detail = QStringLiteral("%1: %2").arg(createStepName(*r.failedStep), r.error)
                                        + (r.cleanupError.isEmpty()
                                               ? QString()
                                               : QStringLiteral(" (cleanup failed: %1)").arg(r.cleanupError));
                                (*counts)[s.status]++;
                                // The raw key goes to stdout only, once.
                                if (r.ok) {
                                    if (m_json)
                                        m_out << QJsonDocument(QJsonObject {{QStringLiteral("line"), s.row.line},
                                                                            {QStringLiteral("name"), s.row.organization.name},
                                                                            {QStringLiteral("id"), r.organization.id},
                                                                            {QStringLiteral("api_key"), r.rawKey}})
                                                     .toJson(QJsonDocument::Compact)
                                              << "\n";
                                    else
                                        m_out << s.row.organization.name << "\t" << r.organization.id << "\t" << r.rawKey << "\n";
                                    m_out.flush();
                                }
                                --*running;
                                m_err << "\r["
                                      << (counts->value(QStringLiteral("created")) + counts->value(QStringLiteral("failed"))
                                          + counts->value(QStringLiteral("skipped")))
                                      << "/" << rows->size() << "] created " << counts->value(QStringLiteral("created"))
                                      << ", failed " << counts->value(QStringLiteral("failed")) << ", skipped "
                                      << counts->value(QStringLiteral("skipped")) << Qt::flush;
                                (*startMore)();
                            });
                    }
                    if (*running == 0 && *next >= rows->size()) {
                        QTimer::singleShot(0, this, [startMore] { *startMore = nullptr; }); // not while it runs
                        m_err << "\nDone: created " << counts->value(QStringLiteral("created")) << ", failed "
                              << counts->value(QStringLiteral("failed")) << ", skipped "
                              << counts->value(QStringLiteral("skipped")) << " of " << rows->size() << "\n";
                        for (const RowState &s : std::as_const(*rows)) {
                            if (s.status == QLatin1String("failed"))
                                m_err << "line " << s.row.line << ": \"" << s.row.organization.name << "\" failed: " << s.detail
                                      << "\n";
                        }
                        writeResults();
                        finish(counts->value(QStringLiteral("failed")) > 0 ? ExitPartialBulk : ExitOk);
                    }
                };
                (*startMore)();
            });
    });
}

} // namespace OrgConsole
