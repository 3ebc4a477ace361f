// orgctl org ...: create, list, show, change and delete organizations.
#include "app/orgctl/Commands.h"
#include "app/orgctl/OrgListPrinter.h"
#include "app/orgctl/Orgctl.h"
#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/Validation.h"
#include "services/core/OrgQueries.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/OrgOperations.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace OrgConsole {

namespace {
void printProgress(Orgctl &ctl, const StepProgress &p)
{
    ctl.printStep(int(p.step), kCreateStepCount, createStepName(p.step), p.state, p.message);
}

void reportCreation(Orgctl &ctl, const CreateResult &r)
{
    if (!r.ok) {
        QString after;
        if (!r.cleanedUp.isEmpty())
            after += QStringLiteral("\nCleaned up: %1.").arg(r.cleanedUp.join(QStringLiteral(", ")));
        if (r.cleanupError.isError())
            after += QStringLiteral("\nCleanup failed too (the organization is marked failed; run orgctl recover): %1")
                         .arg(r.cleanupError.message);
        return ctl.fail(r.error.withContext(
            QStringLiteral("creating the organization failed at \"%1\": ").arg(createStepName(*r.failedStep)), after));
    }
    Organization org = r.organization;
    org.maxBudget = r.team.maxBudget;
    org.spend = r.team.spend;
    org.budgetDuration = r.team.budgetDuration;
    org.budgetResetAt = r.team.budgetResetAt;
    ctl.printOrganization(org, r.rawKey);
    if (!r.warning.isEmpty())
        ctl.err() << "orgctl: warning: " << r.warning << "\n";
    ctl.finish(ExitOk);
}
} // namespace

OrgCommand::OrgCommand()
    : Command(QStringLiteral("org"), QStringLiteral("Create, list, show, change and delete organizations"))
{
    addVerbs({QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("set-budget"),
              QStringLiteral("rotate-key"), QStringLiteral("block-key"), QStringLiteral("unblock-key"),
              QStringLiteral("delete")});
    addUsage(QStringLiteral("org create --name N --owner U [--budget USD | --unlimited] [--duration 30d] [--models a,b]\n"
                            "                  [--contact-name NAME] [--contact-email EMAIL]"));
    addUsage(QStringLiteral("org list [--filter TEXT]"));
    addUsage(QStringLiteral("org show ID|NAME"));
    addUsage(QStringLiteral("org set-budget ID|NAME (--budget USD | --unlimited) [--duration D]"));
    addUsage(QStringLiteral("org rotate-key | block-key | unblock-key ID|NAME"));
    addUsage(QStringLiteral("org delete ID|NAME [--yes]          (asks you to type the name unless --yes)"));
    addArgument(QStringLiteral("VERB"), verbs().join(QStringLiteral(", ")));
    addArgument(QStringLiteral("ID|NAME"), QStringLiteral("The organization (all verbs but create and list)."));
    addOption(QStringLiteral("name"), QStringLiteral("Organization name (create)."), QStringLiteral("NAME"));
    addOption(QStringLiteral("owner"), QStringLiteral("Owner user id (create)."), QStringLiteral("USER"));
    addOption(QStringLiteral("budget"), QStringLiteral("Max budget in USD (create, set-budget)."), QStringLiteral("USD"));
    addOption(QStringLiteral("unlimited"), QStringLiteral("No max budget (create, set-budget)."));
    addOption(QStringLiteral("duration"), QStringLiteral("Budget duration, e.g. 30d, 1mo (empty: never resets)."),
              QStringLiteral("D"));
    addOption(QStringLiteral("models"), QStringLiteral("Allowed models, comma separated (empty: all)."), QStringLiteral("LIST"));
    addOption(QStringLiteral("contact-name"), QStringLiteral("Contact name (create)."), QStringLiteral("NAME"));
    addOption(QStringLiteral("contact-email"), QStringLiteral("Contact email (create)."), QStringLiteral("EMAIL"));
    addOption(QStringLiteral("filter"), QStringLiteral("Only organizations whose name contains TEXT (list)."),
              QStringLiteral("TEXT"));
    addOption(QStringLiteral("yes|y"), QStringLiteral("Do not ask for confirmation (delete)."));
    const QStringList budget {QStringLiteral("budget"), QStringLiteral("unlimited"), QStringLiteral("duration")};
    verbTakes(QStringLiteral("create"),
              budget
                  + QStringList {QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("models"),
                                 QStringLiteral("contact-name"), QStringLiteral("contact-email")});
    verbTakes(QStringLiteral("list"), {QStringLiteral("filter")});
    verbTakes(QStringLiteral("set-budget"), budget);
    verbTakes(QStringLiteral("delete"), {QStringLiteral("yes")});
    for (const char *verb : {"show", "rotate-key", "block-key", "unblock-key"})
        verbTakes(QLatin1String(verb), {});
}

void OrgCommand::run(Orgctl &ctl, const QStringList &args)
{
    const QString verb = args.value(0);
    const QString target = args.value(1);
    if (verb == QLatin1String("create"))
        return create(ctl);
    if (verb == QLatin1String("list"))
        return list(ctl);
    if (verb == QLatin1String("show"))
        return show(ctl, target);
    if (verb == QLatin1String("set-budget"))
        return setBudget(ctl, target);
    if (verb == QLatin1String("rotate-key"))
        return rotateKey(ctl, target);
    if (verb == QLatin1String("block-key") || verb == QLatin1String("unblock-key"))
        return setKeyBlocked(ctl, target, verb == QLatin1String("block-key"));
    if (verb == QLatin1String("delete"))
        return remove(ctl, target);
    ctl.fail(OperationError::badInput(QStringLiteral("unknown command \"org %1\"; see orgctl help org.").arg(verb)));
}

void OrgCommand::create(Orgctl &ctl)
{
    NewOrganization n;
    n.name = ctl.value(QStringLiteral("name"));
    n.ownerUserId = ctl.value(QStringLiteral("owner"));
    n.contactName = ctl.value(QStringLiteral("contact-name"));
    n.contactEmail = ctl.value(QStringLiteral("contact-email"));
    if (ctl.isSet(QStringLiteral("budget")) && ctl.isSet(QStringLiteral("unlimited")))
        return ctl.fail(OperationError::badInput(QStringLiteral("give either --budget or --unlimited, not both.")));
    if (ctl.isSet(QStringLiteral("budget"))) {
        const BudgetParse p = parseBudgetText(ctl.value(QStringLiteral("budget")));
        if (!p.value)
            return ctl.fail(OperationError::badInput(p.error));
        n.maxBudget = p.value;
    }
    const bool budgetGiven = ctl.isSet(QStringLiteral("budget")) || ctl.isSet(QStringLiteral("unlimited"));
    const bool durationGiven = ctl.isSet(QStringLiteral("duration"));
    const bool modelsGiven = ctl.isSet(QStringLiteral("models"));
    n.budgetDuration = ctl.value(QStringLiteral("duration"));
    n.models = ctl.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &m : n.models)
        m = m.trimmed();
    ctl.withContext(true, [&ctl, n, budgetGiven, durationGiven, modelsGiven]() mutable {
        const NewOrgDefaults d = ctl.context().settings().defaults();
        if (!budgetGiven)
            n.maxBudget = d.maxBudget;
        if (!durationGiven)
            n.budgetDuration = d.budgetDuration;
        if (!modelsGiven)
            n.models = d.models;
        auto *saga = ctl.context().newCreation(&ctl).release();
        saga->start(
            n, [&ctl](const StepProgress &p) { printProgress(ctl, p); },
            [&ctl, saga](const CreateResult &r) {
                saga->deleteLater();
                reportCreation(ctl, r);
            });
    });
}

void OrgCommand::list(Orgctl &ctl)
{
    ctl.withContext(false, [&ctl] {
        // Streamed: each page is printed as it is read, in name order, never the whole list at once.
        auto printer = std::make_shared<OrgListPrinter>(ctl.out(), ctl.json(), ctl.value(QStringLiteral("filter")));
        ctl.context().queries().listPagedByName(
            &ctl, OrgListPrinter::kPageSize, [printer](QList<Organization> page) { printer->page(page); },
            [&ctl, printer](Stored<int> r) {
                if (!r.ok())
                    return ctl.fail(OperationError(r.error));
                printer->finish();
                if (!ctl.json())
                    ctl.err() << printer->shown() << " organization(s)\n";
                ctl.finish(ExitOk);
            });
    });
}

void OrgCommand::show(Orgctl &ctl, const QString &idOrName)
{
    ctl.withContext(false, [&ctl, idOrName] {
        ctl.resolveOrganization(idOrName, [&ctl](Organization o) {
            ctl.printOrganization(o);
            ctl.finish(ExitOk);
        });
    });
}

void OrgCommand::setBudget(Orgctl &ctl, const QString &idOrName)
{
    std::optional<double> budget;
    if (ctl.isSet(QStringLiteral("budget")) == ctl.isSet(QStringLiteral("unlimited")))
        return ctl.fail(OperationError::badInput(QStringLiteral("give exactly one of --budget USD or --unlimited.")));
    if (ctl.isSet(QStringLiteral("budget"))) {
        const BudgetParse p = parseBudgetText(ctl.value(QStringLiteral("budget")));
        if (!p.value)
            return ctl.fail(OperationError::badInput(p.error));
        budget = p.value;
    }
    ctl.withContext(true, [&ctl, budget, idOrName] {
        ctl.resolveOrganization(idOrName, [&ctl, budget](Organization o) {
            const QString duration
                = ctl.isSet(QStringLiteral("duration")) ? ctl.value(QStringLiteral("duration")) : o.budgetDuration;
            ctl.context().operations().setBudget(o.id, budget, duration, [&ctl](OperationResult r) {
                if (!r.ok)
                    return ctl.fail(r.error);
                ctl.printOrganization(r.organization);
                ctl.finish(ExitOk);
            });
        });
    });
}

void OrgCommand::rotateKey(Orgctl &ctl, const QString &idOrName)
{
    ctl.withContext(true, [&ctl, idOrName] {
        ctl.resolveOrganization(idOrName, [&ctl](Organization o) {
            ctl.err() << "Rotating the key of \"" << o.name << "\"...\n";
            ctl.context().operations().rotateKey(o.id, [&ctl](OperationResult r) {
                if (!r.ok)
                    return ctl.fail(r.error);
                ctl.printOrganization(r.organization, r.rawKey);
                if (!r.note.isEmpty())
                    ctl.err() << "orgctl: note: " << r.note << "\n";
                ctl.finish(ExitOk);
            });
        });
    });
}

void OrgCommand::setKeyBlocked(Orgctl &ctl, const QString &idOrName, bool blocked)
{
    ctl.withContext(true, [&ctl, blocked, idOrName] {
        ctl.resolveOrganization(idOrName, [&ctl, blocked](Organization o) {
            ctl.context().operations().setKeyBlocked(o.id, blocked, [&ctl](OperationResult r) {
                if (!r.ok)
                    return ctl.fail(r.error);
                ctl.printOrganization(r.organization);
                ctl.finish(ExitOk);
            });
        });
    });
}

void OrgCommand::remove(Orgctl &ctl, const QString &idOrName)
{
    ctl.withContext(true, [&ctl, idOrName] {
        ctl.resolveOrganization(idOrName, [&ctl](Organization o) {
            if (!ctl.isSet(QStringLiteral("yes"))) {
                ctl.err() << "This deletes \"" << o.name
                          << "\", its team and its key on the proxy. Type the organization's name to confirm: " << Qt::flush;
                const QString typed = readLineFromStdin();
                if (typed != o.name)
                    return ctl.fail(OperationError::cancelled(QStringLiteral("the name did not match; nothing was deleted.")));
            }
            ctl.context().operations().deleteOrganization(o.id, [&ctl](OperationResult r) {
                if (!r.ok)
                    return ctl.fail(r.error);
                if (ctl.json())
                    ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("deleted"), r.organization.id}})
                                     .toJson(QJsonDocument::Compact)
                              << "\n";
                else
                    ctl.out() << "Deleted \"" << r.organization.name << "\" (" << r.organization.id << ").\n";
                ctl.finish(ExitOk);
            });
        });
    });
}

} // namespace OrgConsole
