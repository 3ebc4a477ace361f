// orgctl budget ...: the budget watch's alerts (for monitoring jobs) and an organization's own
// alert levels.
#include "app/orgctl/BudgetCommand.h"

#include "app/orgctl/Commands.h"
#include "app/orgctl/Orgctl.h"
#include "models/Money.h"
#include "models/SafeText.h"
#include "services/provisioning/BudgetWatch.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace OrgConsole {

namespace {
QJsonValue optionalJson(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonArray levelsJson(const BudgetLevels &levels)
{
    QJsonArray a;
    for (int l : levels)
        a.append(l);
    return a;
}

QJsonObject alertJson(const WatchedBudget &b)
{
    return QJsonObject {
        {QStringLiteral("organization_id"), b.organizationId},
        {QStringLiteral("organization"), b.organizationName},
        {QStringLiteral("user_id"), b.userId.isEmpty() ? QJsonValue() : QJsonValue(b.userId)},
        {QStringLiteral("state"), budgetStateKey(b.reading.state)},
        {QStringLiteral("percent_used"), std::round(b.reading.percentUsed * 10) / 10},
        {QStringLiteral("level"), b.reading.highestReached()},
        {QStringLiteral("levels"), levelsJson(b.levels)},
        {QStringLiteral("spend"), b.spend},
        {QStringLiteral("max_budget"), optionalJson(b.maxBudget)},
        {QStringLiteral("budget_reset_at"),
         b.budgetResetAt.isValid() ? QJsonValue(b.budgetResetAt.toString(Qt::ISODate)) : QJsonValue()},
    };
}

void printAlertsText(Orgctl &ctl, const QList<WatchedBudget> &alerting, const WatchReport &report)
{
    if (alerting.isEmpty()) {
        ctl.out() << "No budget is at or over its alert levels.\n";
    } else {
        const auto line = [&ctl](const QStringList &cells) {
            static const int widths[] = {28, 16, 12, 7, 6, 12, 12};
            QString text;
            for (qsizetype i = 0; i < cells.size(); ++i)
                text += (i >= 3 ? cells.at(i).rightJustified(widths[i]) : cells.at(i).left(widths[i]).leftJustified(widths[i]))
                    + QLatin1Char(' ');
            ctl.out() << text.trimmed() << "\n";
        };
        line({QStringLiteral("ORGANIZATION"), QStringLiteral("MEMBER"), QStringLiteral("STATE"), QStringLiteral("USED"),
              QStringLiteral("LEVEL"), QStringLiteral("SPEND"), QStringLiteral("BUDGET")});
        for (const WatchedBudget &b : alerting)
            line({printable(b.organizationName), b.userId.isEmpty() ? QStringLiteral("-") : printable(b.userId),
                  budgetStateText(b.reading.state), QStringLiteral("%1%").arg(qRound(b.reading.percentUsed)),
                  QStringLiteral("%1%").arg(b.reading.highestReached()), formatUsd(b.spend), formatUsd(b.maxBudget)});
    }
    const QString summary = report.counts.summary();
    if (!summary.isEmpty())
        ctl.out() << summary << "\n";
}
} // namespace

QString budgetCrossingLine(const BudgetCrossing &c)
{
    // One arg() call per text: a name holding "%1" is never read as a placeholder.
    const QString who = c.isAboutAMember()
        ? QStringLiteral("%1: member %2 crossed %3% of their budget")
              .arg(printable(c.organizationName), printable(c.userId), QString::number(c.level))
        : QStringLiteral("%1 crossed %2% of its budget").arg(printable(c.organizationName), QString::number(c.level));
    return QStringLiteral("%1 %2: %3 of %4 (period %5)")
        .arg(c.crossedAt.toUTC().toString(Qt::ISODate), who, formatUsd(c.spend), formatUsd(c.maxBudget), c.periodKey);
}

QJsonObject budgetCrossingJson(const BudgetCrossing &c)
{
    return QJsonObject {{QStringLiteral("event"), QStringLiteral("crossing")},
                        {QStringLiteral("at"), c.crossedAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("organization_id"), c.organizationId},
                        {QStringLiteral("organization"), c.organizationName},
                        {QStringLiteral("user_id"), c.userId.isEmpty() ? QJsonValue() : QJsonValue(c.userId)},
                        {QStringLiteral("level"), c.level},
                        {QStringLiteral("spend"), c.spend},
                        {QStringLiteral("max_budget"), optionalJson(c.maxBudget)},
                        {QStringLiteral("period"), c.periodKey}};
}

void BudgetCommand::declareWatchVerbs()
{
    addUsage(QStringLiteral("budget alerts [--level P]... [--fail-on-alert]"));
    addUsage(QStringLiteral("budget levels ORG [--set P,P... | --clear]"));
    addArgument(QStringLiteral("alerts"),
                QStringLiteral("the budgets at or over their alert levels (exit 7 with --fail-on-alert when there is one)."));
    addArgument(QStringLiteral("levels ORG"), QStringLiteral("an organization's own alert levels (id or name)."));
    addOption(QStringLiteral("level"),
              QStringLiteral("alerts: judge every budget by this level, percent of the max budget, 1-1000 (repeat for "
                             "each; default: each organization's levels, else the settings' 80 and 100)."),
              QStringLiteral("P"));
    addOption(QStringLiteral("fail-on-alert"),
              QStringLiteral("alerts: exit 7 when any budget is at or over a level (for monitoring jobs)."));
    addOption(QStringLiteral("set"), QStringLiteral("levels: the organization's own levels, e.g. 50,90,100."),
              QStringLiteral("P,P..."));
    addOption(QStringLiteral("clear"), QStringLiteral("levels: back to the default levels."));
    verbTakes(QStringLiteral("alerts"), {QStringLiteral("level"), QStringLiteral("fail-on-alert")});
    verbTakes(QStringLiteral("levels"), {QStringLiteral("set"), QStringLiteral("clear")});
}

void BudgetCommand::watchVerb(Orgctl &ctl, const QStringList &args)
{
    const QString verb = args.value(0);
    const qsizetype wanted = verb == QLatin1String("levels") ? 2 : 1;
    if (args.size() != wanted)
        return ctl.fail(OperationError::badInput(
            wanted == 2 ? QStringLiteral("budget levels needs one organization (id or name); see orgctl help budget.")
                        : QStringLiteral("budget %1 takes no arguments (\"%2\"); see orgctl help budget.")
                              .arg(verb, printable(args.value(1), 200))));
    if (verb == QLatin1String("alerts"))
        return alerts(ctl);
    levels(ctl, args.at(1));
}

namespace {
// --level P (repeatable) as levels, or nullopt after failing the command.
std::optional<BudgetLevels> levelOptions(Orgctl &ctl)
{
    BudgetLevels levels;
    for (const QString &text : ctl.values(QStringLiteral("level"))) {
        QString error;
        const auto level = parseLevel(text, &error);
        if (!level) {
            ctl.fail(OperationError::badInput(QStringLiteral("--level: ") + error));
            return std::nullopt;
        }
        levels.append(*level);
    }
    return normalizedLevels(levels);
}
} // namespace

void BudgetCommand::alerts(Orgctl &ctl)
{
    WatchOptions options;
    options.record = false; // a report: the desktops' notifications are not taken from them
    if (ctl.isSet(QStringLiteral("level"))) {
        options.levels = levelOptions(ctl);
        if (!options.levels)
            return;
    }
    const bool failOnAlert = ctl.isSet(QStringLiteral("fail-on-alert"));
    ctl.withContext(true, [&ctl, options, failOnAlert] {
        AppContext &context = ctl.context();
        context.budgetWatch().refresh(
            context.operations(),
            [&ctl, options, failOnAlert](RefreshSummary, WatchReport report) {
                if (report.error.isError())
                    return ctl.fail(report.error);
                QList<WatchedBudget> alerting;
                for (const WatchedBudget &b : std::as_const(report.budgets)) {
                    if (!b.reading.reached.isEmpty())
                        alerting.append(b);
                }
                if (ctl.json()) {
                    QJsonArray items;
                    for (const WatchedBudget &b : std::as_const(alerting))
                        items.append(alertJson(b));
                    const QJsonObject counts {{QStringLiteral("ok"), report.counts.ok},
                                              {QStringLiteral("at_risk"), report.counts.atRisk},
                                              {QStringLiteral("over_budget"), report.counts.overBudget}};
                    ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("levels"),
                                                             levelsJson(options.levels.value_or(report.defaults))},
                                                            {QStringLiteral("alerting"), !alerting.isEmpty()},
                                                            {QStringLiteral("alerts"), items},
                                                            {QStringLiteral("counts"), counts},
                                                            {QStringLiteral("summary"), report.counts.summary()}})
                                     .toJson(QJsonDocument::Indented);
                } else {
                    printAlertsText(ctl, alerting, report);
                }
                ctl.finish(failOnAlert && !alerting.isEmpty() ? ExitBudgetAlert : ExitOk);
            },
            options);
    });
}

void BudgetCommand::levels(Orgctl &ctl, const QString &org)
{
    const bool set = ctl.isSet(QStringLiteral("set"));
    const bool clear = ctl.isSet(QStringLiteral("clear"));
    if (set && clear)
        return ctl.fail(OperationError::badInput(QStringLiteral("--set and --clear exclude each other; nothing was changed.")));
    BudgetLevels wanted;
    if (set) {
        QString error;
        const auto parsed = parseLevels(ctl.value(QStringLiteral("set")), &error);
        if (!parsed || parsed->isEmpty())
            return ctl.fail(OperationError::badInput(
                QStringLiteral("--set: %1 Nothing was changed.")
                    .arg(parsed ? QStringLiteral("no level given (--clear goes back to the defaults).") : error)));
        wanted = *parsed;
    }
    ctl.withContext(false, [&ctl, org, set, clear, wanted] {
        ctl.resolveOrganization(org, [&ctl, set, clear, wanted](Organization o) {
            BudgetWatch &watch = ctl.context().budgetWatch();
            const BudgetLevels defaults = watch.defaultLevels();
            auto show = [&ctl, o, defaults](BudgetLevels own, OperationError error) {
                if (error.isError())
                    return ctl.fail(error);
                if (ctl.json())
                    ctl.out() << QJsonDocument(
                                     QJsonObject {{QStringLiteral("organization_id"), o.id},
                                                  {QStringLiteral("organization"), o.name},
                                                  {QStringLiteral("own_levels"), levelsJson(own)},
                                                  {QStringLiteral("levels"), levelsJson(own.isEmpty() ? defaults : own)}})
                                     .toJson(QJsonDocument::Compact)
                              << "\n";
                else
                    ctl.out() << printable(o.name) << ": " << levelsText(own.isEmpty() ? defaults : own)
                              << (own.isEmpty() ? " (the defaults)" : " (its own)") << "\n";
                ctl.finish(ExitOk);
            };
            if (!set && !clear)
                return watch.levelOverride(o.id, show);
            watch.setLevelOverride(o.id, wanted, ctl.context().operatorName(),
                                   [show, wanted](OperationError e) { show(wanted, e); });
        });
    });
}

} // namespace OrgConsole
