#include "services/core/AuditText.h"

#include "models/Money.h"
#include "models/SafeText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace OrgConsole {

// The words of the audit trail are the console's (orgctl does not show them): translated like the
// UI's (lupdate reads this file too, see ui/CMakeLists.txt).
class AuditWords
{
    Q_DECLARE_TR_FUNCTIONS(AuditWords)
};

namespace {
std::optional<double> budgetOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString text(const QJsonObject &details, const char *key)
{
    return printable(details.value(QLatin1String(key)).toString(), 200);
}

} // namespace

QString describeBudgetChange(const QJsonObject &d)
{
    QString out
        = AuditWords::tr("Budget %1 → %2")
              .arg(formatUsd(budgetOf(d.value(QLatin1String("from")))), formatUsd(budgetOf(d.value(QLatin1String("to")))));
    const QString from = text(d, "duration_from");
    const QString to = text(d, "duration_to");
    if (!to.isEmpty() && from != to)
        out += AuditWords::tr(", period %1 → %2").arg(from.isEmpty() ? AuditWords::tr("none") : from, to);
    return out;
}

namespace {
QString created(const AuditEntry &e)
{
    const QJsonObject &d = e.details;
    if (d.contains(QLatin1String("failed_step"))) {
        QString out = AuditWords::tr("Create failed at \"%1\": %2").arg(text(d, "failed_step"), text(d, "error"));
        QStringList cleaned;
        for (const QJsonValue &v : d.value(QLatin1String("cleaned_up")).toArray())
            cleaned.append(printable(v.toString(), 80));
        if (!cleaned.isEmpty())
            out += AuditWords::tr("; removed again: %1").arg(cleaned.join(QStringLiteral(", ")));
        if (const QString c = text(d, "cleanup_error"); !c.isEmpty())
            out += AuditWords::tr("; cleanup failed: %1").arg(c);
        return out;
    }
    const QString duration = text(d, "budget_duration");
    return AuditWords::tr("Created with budget %1%2, key %3")
        .arg(formatUsd(budgetOf(d.value(QLatin1String("max_budget")))),
             duration.isEmpty() ? QString() : AuditWords::tr(" per %1").arg(duration), text(d, "key_name"));
}

QString withError(const QString &what, const QJsonObject &d)
{
    const QString error = text(d, "error");
    return error.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, error);
}

// Details of an action this version does not describe: "key: value" pairs, never raw JSON.
QString generic(const AuditEntry &e)
{
    QStringList parts;
    for (auto it = e.details.constBegin(); it != e.details.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString value = printable(v.toVariant().toString(), 120);
        if (v.isBool())
            value = v.toBool() ? AuditWords::tr("yes") : AuditWords::tr("no");
        if (!value.isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(printable(it.key(), 40), value));
    }
    const QString action = printable(e.action, 80);
    return parts.isEmpty() ? action : QStringLiteral("%1 (%2)").arg(action, parts.join(QStringLiteral(", ")));
}
} // namespace

QString describeAuditEntry(const AuditEntry &e)
{
    const QJsonObject &d = e.details;
    const QString a = e.action;
    if (a == QLatin1String("create"))
        return created(e);
    if (a == QLatin1String("set-budget"))
        return describeBudgetChange(d);
    if (a == QLatin1String(kBudgetChangedOutsideAction))
        return describeBudgetChange(d) + AuditWords::tr(" changed on the proxy, outside the console (adopted by a refresh)");
    if (a == QLatin1String("reconcile: adopt proxy budget"))
        return describeBudgetChange(d) + AuditWords::tr(" adopted from the proxy (reconcile)");
    if (a == QLatin1String("rotate-key"))
        return withError(d.contains(QLatin1String("new_key"))
                             ? AuditWords::tr("Key rotated: %1 → %2").arg(text(d, "old_key"), text(d, "new_key"))
                             : AuditWords::tr("Key rotation"),
                         d);
    if (a == QLatin1String("reconcile: re-issue missing key"))
        return AuditWords::tr("Missing key re-issued: %1 → %2 (reconcile)").arg(text(d, "old_key"), text(d, "new_key"));
    if (a == QLatin1String("block-key"))
        return withError(AuditWords::tr("Key %1 blocked").arg(text(d, "key")).simplified(), d);
    if (a == QLatin1String("unblock-key"))
        return withError(AuditWords::tr("Key %1 unblocked").arg(text(d, "key")).simplified(), d);
    if (a == QLatin1String("delete"))
        return withError(AuditWords::tr("Deleted with its team and key %1").arg(text(d, "key")).trimmed(), d);
    if (a == QLatin1String("recover"))
        return AuditWords::tr("Recovered (was %1): %2").arg(text(d, "status_was"), text(d, "detail"));
    if (a == QLatin1String("reconcile: team missing"))
        return AuditWords::tr("Team missing on the proxy (reconcile): %1").arg(text(d, "description"));
    if (a.startsWith(QLatin1String("reconcile: delete orphan")))
        return AuditWords::tr("Orphan %1 %2 deleted on the proxy (reconcile)")
            .arg(a.endsWith(QLatin1String("team")) ? AuditWords::tr("team") : AuditWords::tr("key"), text(d, "proxy_id"));
    return generic(e);
}

QString auditOutcomeText(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Ok:
        return AuditWords::tr("done");
    case AuditOutcome::Failed:
        return AuditWords::tr("failed");
    case AuditOutcome::FailedCleanedUp:
        return AuditWords::tr("failed, cleaned up");
    case AuditOutcome::FailedCleanupIncomplete:
        return AuditWords::tr("failed, cleanup incomplete");
    case AuditOutcome::RolledBack:
        return AuditWords::tr("rolled back");
    case AuditOutcome::Deleted:
        return AuditWords::tr("deleted");
    case AuditOutcome::Finished:
        return AuditWords::tr("finished");
    case AuditOutcome::Unknown:
        break;
    }
    return AuditWords::tr("unknown");
}

} // namespace OrgConsole
