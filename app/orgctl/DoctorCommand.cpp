// orgctl budget doctor: what the budget doctor finds, and its safe fixes applied with --fix.
#include "app/orgctl/Commands.h"
#include "app/orgctl/Orgctl.h"
#include "models/SafeText.h"
#include "services/provisioning/BudgetDoctor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace OrgConsole {

// One run of the doctor: its report, and what each fix did (by the finding's index).
struct BudgetCommand::DoctorRun {
    DoctorReport report;
    bool applyFixes = false;
    qsizetype next = 0;
    QHash<qsizetype, FixOutcome> fixes;
    OperationError firstFixError;
};

namespace {
QJsonObject findingJson(const DoctorFinding &f)
{
    QJsonObject j {{QStringLiteral("code"), f.code},
                   {QStringLiteral("severity"), findingSeverityName(f.severity)},
                   {QStringLiteral("organization_id"), f.organizationId},
                   {QStringLiteral("organization"), f.organizationName},
                   {QStringLiteral("subject_kind"), findingSubjectName(f.subject)},
                   {QStringLiteral("subject"), f.subjectName},
                   {QStringLiteral("subject_label"), f.subjectLabel},
                   {QStringLiteral("explanation"), f.explanation}};
    j.insert(QStringLiteral("fix"),
             f.fixable() ? QJsonValue(QJsonObject {{QStringLiteral("kind"), fixKindName(f.fix.kind)},
                                                   {QStringLiteral("description"), f.fix.description}})
                         : QJsonValue(QJsonValue::Null));
    return j;
}

// "ERROR    over_budget  Acme Corp: Team budget $100.00 is used up: ..."
void printFinding(Orgctl &ctl, const DoctorFinding &f, bool showFix)
{
    ctl.out() << findingSeverityName(f.severity).toUpper().leftJustified(8) << " " << f.code << "  "
              << printable(f.organizationName, 200)
              << (f.subject == FindingSubject::Organization ? QString() : QStringLiteral(" / ") + printable(f.subjectLabel, 200))
              << ": " << printable(f.explanation) << "\n";
    if (showFix && f.fixable())
        ctl.out() << "         fix (--fix): " << printable(f.fix.description) << "\n";
}

void printOutcome(Orgctl &ctl, const DoctorFinding &f, const FixOutcome &o)
{
    ctl.out() << (o.ok ? "  fixed: " : "  NOT fixed: ") << printable(f.fix.description)
              << (o.ok ? QString() : QStringLiteral(" (") + printable(o.error.message) + QLatin1Char(')')) << "\n";
    if (!o.rawKey.isEmpty())
        ctl.out() << "    new API key for " << printable(f.subjectLabel, 200) << " (shown once): " << printable(o.rawKey) << "\n";
}
} // namespace

BudgetCommand::BudgetCommand()
    : Command(QStringLiteral("budget"),
              QStringLiteral("Check budgets: the doctor says what is wrong and fixes what is safe; alerts and alert levels"))
{
    addVerbs({QStringLiteral("doctor"), QStringLiteral("alerts"), QStringLiteral("levels")});
    addUsage(QStringLiteral("budget doctor [ID|NAME] [--fix]"));
    addArgument(QStringLiteral("VERB"),
                QStringLiteral("doctor: each problem with a stable code, its severity, the figures and a fix where one is "
                               "safe. Exits 1 when it finds an error (or one is left after --fix); with the error's code "
                               "when a fix fails or an organization cannot be read (3 proxy, 4 database)."));
    addArgument(QStringLiteral("[ID|NAME]"), QStringLiteral("Only this organization (default: every active one)."));
    addOption(QStringLiteral("fix"), QStringLiteral("Apply the safe fixes, each through its audited operation."));
    verbTakes(QStringLiteral("doctor"), {QStringLiteral("fix")});
    declareWatchVerbs();
}

BudgetCommand::~BudgetCommand() = default;

void BudgetCommand::run(Orgctl &ctl, const QStringList &args)
{
    if (args.value(0) == QLatin1String("doctor"))
        return doctor(ctl, args.mid(1));
    if (args.value(0) == QLatin1String("alerts") || args.value(0) == QLatin1String("levels"))
        return watchVerb(ctl, args);
    ctl.fail(OperationError::badInput(QStringLiteral("unknown command \"budget %1\"; see orgctl help budget.")
                                          .arg(printable(args.join(QLatin1Char(' ')), 200))));
}

void BudgetCommand::doctor(Orgctl &ctl, const QStringList &args)
{
    if (args.size() > 1)
        return ctl.fail(OperationError::badInput(QStringLiteral("budget doctor takes one organization at most; got %1.")
                                                     .arg(printable(args.join(QStringLiteral(", ")), 200))));
    const QString organization = args.value(0);
    auto run = std::make_shared<DoctorRun>();
    run->applyFixes = ctl.isSet(QStringLiteral("fix"));
    ctl.withContext(true, [this, &ctl, organization, run] {
        m_doctor = ctl.context().newBudgetDoctor();
        auto progress = [&ctl, organization](int checked, int total) {
            if (organization.isEmpty())
                ctl.printBulkProgress(checked, total, QStringLiteral("organizations checked"));
        };
        m_doctor->check(organization, progress, [this, &ctl, run](DoctorReport report) {
            if (report.error.isError())
                return ctl.fail(report.error);
            run->report = std::move(report);
            if (!ctl.json()) {
                for (const DoctorFinding &f : std::as_const(run->report.findings))
                    printFinding(ctl, f, !run->applyFixes);
            }
            fixNext(ctl, run);
        });
    });
}

void BudgetCommand::fixNext(Orgctl &ctl, std::shared_ptr<DoctorRun> run)
{
    const QList<DoctorFinding> &findings = run->report.findings;
    while (run->applyFixes && run->next < findings.size() && !findings.at(run->next).fixable())
        ++run->next;
    if (!run->applyFixes || run->next >= findings.size())
        return finishDoctor(ctl, *run);
    const qsizetype index = run->next++;
    m_doctor->applyFix(findings.at(index), [this, &ctl, run, index](FixOutcome outcome) {
        if (!ctl.json())
            printOutcome(ctl, run->report.findings.at(index), outcome);
        if (!outcome.ok && !run->firstFixError.isError())
            run->firstFixError = outcome.error;
        run->fixes.insert(index, outcome);
        fixNext(ctl, run);
    });
}

void BudgetCommand::finishDoctor(Orgctl &ctl, const DoctorRun &run)
{
    const DoctorReport &r = run.report;
    bool errorLeft = false;
    QJsonArray items;
    for (qsizetype i = 0; i < r.findings.size(); ++i) {
        const DoctorFinding &f = r.findings.at(i);
        const auto fixed = run.fixes.constFind(i);
        const bool gone = fixed != run.fixes.cend() && fixed->ok;
        errorLeft |= f.severity == FindingSeverity::Error && !gone;
        QJsonObject j = findingJson(f);
        if (fixed != run.fixes.cend()) {
            j.insert(QStringLiteral("fixed"), fixed->ok);
            if (!fixed->ok)
                j.insert(QStringLiteral("fix_error"), fixed->error.message);
            if (!fixed->rawKey.isEmpty())
                j.insert(QStringLiteral("api_key"), fixed->rawKey); // shown once
        }
        items.append(j);
    }
    QJsonArray unreadable;
    for (const DoctorUnreadable &u : r.unreadable) {
        unreadable.append(QJsonObject {{QStringLiteral("organization_id"), u.organizationId},
                                       {QStringLiteral("organization"), u.organizationName},
                                       {QStringLiteral("error"), u.error.message}});
        if (!ctl.json())
            ctl.err() << "orgctl: could not check " << printable(u.organizationName, 200) << ": " << printable(u.error.message)
                      << "\n";
    }
    const int errors = r.count(FindingSeverity::Error);
    const int warnings = r.count(FindingSeverity::Warning);
    const int info = r.count(FindingSeverity::Info);
    if (ctl.json()) {
        ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("organizations_checked"), r.organizationsChecked},
                                                {QStringLiteral("errors"), errors},
                                                {QStringLiteral("warnings"), warnings},
                                                {QStringLiteral("info"), info},
                                                {QStringLiteral("findings"), items},
                                                {QStringLiteral("unreadable"), unreadable}})
                         .toJson(QJsonDocument::Compact)
                  << "\n";
    } else if (r.findings.isEmpty()) {
        ctl.out() << "No problems found in " << r.organizationsChecked << " organization"
                  << (r.organizationsChecked == 1 ? "" : "s") << ".\n";
    } else {
        ctl.out() << "Checked " << r.organizationsChecked << " organization" << (r.organizationsChecked == 1 ? "" : "s") << ": "
                  << errors << " error(s), " << warnings << " warning(s), " << info << " for information.\n";
    }
    if (run.firstFixError.isError())
        return ctl.finish(exitCodeFor(run.firstFixError));
    if (!r.unreadable.isEmpty())
        return ctl.finish(exitCodeFor(r.unreadable.first().error));
    ctl.finish(errorLeft ? ExitFailure : ExitOk);
}

} // namespace OrgConsole
