// orgctl reconcile and recover: compare the database with the proxy and fix what differs; resolve
// operations a crash left unfinished. Orphans are deleted only when named one by one.
#include "app/orgctl/Commands.h"
#include "app/orgctl/Orgctl.h"
#include "models/SafeText.h"
#include "services/provisioning/OrgOperations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace OrgConsole {

MaintenanceCommand::MaintenanceCommand(Which which)
    : Command(which == Which::Refresh         ? QStringLiteral("refresh")
                  : which == Which::Reconcile ? QStringLiteral("reconcile")
                                              : QStringLiteral("recover"),
              which == Which::Refresh         ? QStringLiteral("Read the budgets and spend of all organizations from the proxy")
                  : which == Which::Reconcile ? QStringLiteral("Compare the database with the proxy, and fix what differs")
                                              : QStringLiteral("Resolve operations a crash left unfinished"))
    , m_which(which)
{
    switch (which) {
    case Which::Refresh:
        addUsage(QStringLiteral("refresh"));
        break;
    case Which::Reconcile:
        addUsage(QStringLiteral("reconcile [--fix [--yes --delete-orphan ID]...]"));
        addOption(QStringLiteral("fix"), QStringLiteral("Apply the fix for each drift."));
        addOption(QStringLiteral("yes|y"), QStringLiteral("With --fix: delete the orphans named with --delete-orphan."));
        addOption(QStringLiteral("delete-orphan"),
                  QStringLiteral("With --fix --yes: delete this orphan team or key of this database (repeat for each)."),
                  QStringLiteral("ID"));
        break;
    case Which::Recover:
        addUsage(QStringLiteral("recover [--lease SECONDS] [--grace SECONDS] [--reissue-keys]"));
        addOption(QStringLiteral("lease"),
                  QStringLiteral("Take over rows of another host after this many seconds without a heartbeat (default 30)."),
                  QStringLiteral("SECONDS"));
        addOption(QStringLiteral("grace"),
                  QStringLiteral("Also treat rows untouched this many seconds as dead (a live process on this host excepted)."),
                  QStringLiteral("SECONDS"));
        addOption(QStringLiteral("reissue-keys"), QStringLiteral("Finish interrupted creations by issuing a new key."));
        break;
    }
}

void MaintenanceCommand::run(Orgctl &ctl, const QStringList &args)
{
    if (!args.isEmpty())
        return ctl.fail(OperationError::badInput(
            QStringLiteral("%1 takes no arguments (\"%2\"); see orgctl help %1.").arg(name(), args.first())));
    switch (m_which) {
    case Which::Refresh:
        return refresh(ctl);
    case Which::Reconcile:
        return reconcile(ctl);
    case Which::Recover:
        return recover(ctl);
    }
}

void MaintenanceCommand::refresh(Orgctl &ctl)
{
    ctl.withContext(true, [&ctl] {
        ctl.context().operations().refreshAll([&ctl](RefreshSummary s) {
            if (s.error.isError())
                return ctl.fail(s.error);
            if (ctl.json())
                ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("teams_read"), s.teamsRead},
                                                        {QStringLiteral("organizations_updated"), s.organizationsUpdated},
                                                        {QStringLiteral("requests"), s.requests}})
                                 .toJson(QJsonDocument::Compact)
                          << "\n";
            else
                ctl.out() << "Refreshed " << s.organizationsUpdated << " organization(s) from " << s.teamsRead << " team(s) in "
                          << s.requests << " request(s).\n";
            ctl.finish(ExitOk);
        });
    });
}

struct MaintenanceCommand::DriftFixes {
    QList<Drift> queue;
    QJsonArray items;
    QSet<QString> namedOrphans; // --delete-orphan
    bool confirmed = false; // --yes
    int fixed = 0;
    int failures = 0;
    int awaitingConfirmation = 0;
};

static QJsonObject driftJson(const Drift &d)
{
    return QJsonObject {{QStringLiteral("kind"), driftKindName(d.kind)},
                        {QStringLiteral("id"), d.organizationId.isEmpty() ? d.proxyId : d.organizationId},
                        {QStringLiteral("proxy_id"), d.proxyId},
                        {QStringLiteral("name"), d.name},
                        {QStringLiteral("description"), d.description},
                        {QStringLiteral("needs_confirmation"), d.needsConfirmation()},
                        {QStringLiteral("fixable"), d.fixable()}};
}

static void printDrift(Orgctl &ctl, const QList<Drift> &drift)
{
    if (ctl.json())
        return;
    for (const Drift &d : drift) {
        ctl.out() << "- " << driftKindName(d.kind) << ": " << printable(d.description) << "\n";
        if (d.needsConfirmation())
            ctl.out() << "    fix: delete " << printable(d.proxyId, 200)
                      << " on the proxy (orgctl reconcile --fix --yes --delete-orphan " << printable(d.proxyId, 200) << ")\n";
    }
    if (drift.isEmpty())
        ctl.out() << "The database and the proxy agree.\n";
}

void MaintenanceCommand::reconcile(Orgctl &ctl)
{
    ctl.withContext(true, [this, &ctl] {
        ctl.context().operations().reconcile([this, &ctl](QList<Drift> drift, OperationError error) {
            if (error.isError())
                return ctl.fail(error);
            printDrift(ctl, drift);
            auto fixes = std::make_shared<DriftFixes>();
            for (const Drift &d : std::as_const(drift))
                fixes->items.append(driftJson(d));
            const QStringList named = ctl.values(QStringLiteral("delete-orphan"));
            fixes->namedOrphans = QSet<QString>(named.begin(), named.end());
            fixes->confirmed = ctl.isSet(QStringLiteral("yes"));
            if (!named.isEmpty() && !ctl.isSet(QStringLiteral("fix")))
                return ctl.fail(OperationError::badInput(QStringLiteral("--delete-orphan goes with --fix (and --yes).")));
            // Every named id must be an orphan of this database found just now: nothing else is
            // deleted, and a typo deletes nothing at all.
            QSet<QString> orphans;
            for (const Drift &d : std::as_const(drift)) {
                if (d.needsConfirmation())
                    orphans.insert(d.proxyId);
            }
            for (const QString &id : named) {
                if (!orphans.contains(id))
                    return ctl.fail(
                        OperationError::badInput(QStringLiteral("\"%1\" is not a team or key that this database created and no "
                                                                "organization holds; nothing was changed.")
                                                     .arg(printable(id, 200))));
            }
            if (!ctl.isSet(QStringLiteral("fix")) || drift.isEmpty()) {
                if (ctl.json())
                    ctl.out()
                        << QJsonDocument(QJsonObject {{QStringLiteral("drift"), fixes->items}}).toJson(QJsonDocument::Compact)
                        << "\n";
                return ctl.finish(ExitOk);
            }
            fixes->queue = drift;
            fixNextDrift(ctl, fixes);
        });
    });
}

void MaintenanceCommand::fixNextDrift(Orgctl &ctl, std::shared_ptr<DriftFixes> fixes)
{
    if (fixes->queue.isEmpty())
        return finishDriftFixes(ctl, *fixes);
    const Drift d = fixes->queue.takeFirst();
    if (!d.fixable()) {
        if (!ctl.json())
            ctl.out() << "  left for you: " << printable(d.description) << "\n";
        return fixNextDrift(ctl, fixes);
    }
    if (d.needsConfirmation() && !(fixes->confirmed && fixes->namedOrphans.contains(d.proxyId))) {
        ++fixes->awaitingConfirmation;
        if (!ctl.json())
            ctl.out() << "  not deleted without confirmation: " << printable(d.description) << "\n";
        return fixNextDrift(ctl, fixes);
    }
    ctl.context().operations().fixDrift(d, [this, &ctl, d, fixes](OperationResult r) {
        if (!ctl.json())
            ctl.out() << (r.ok ? "  fixed: " : "  NOT fixed: ") << printable(d.description)
                      << (r.ok ? QString() : QStringLiteral(" (") + printable(r.error.message) + QLatin1Char(')')) << "\n";
        if (!r.rawKey.isEmpty()) // a re-issued key, shown once
            ctl.out() << (ctl.json() ? QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("id"), r.organization.id},
                                                                                    {QStringLiteral("name"), r.organization.name},
                                                                                    {QStringLiteral("api_key"), r.rawKey}})
                                                             .toJson(QJsonDocument::Compact))
                                     : QStringLiteral("    new API key for \"%1\" (shown once): %2")
                                           .arg(printable(r.organization.name), printable(r.rawKey)))
                      << "\n";
        if (r.ok)
            ++fixes->fixed;
        else
            ++fixes->failures;
        fixNextDrift(ctl, fixes);
    });
}

void MaintenanceCommand::finishDriftFixes(Orgctl &ctl, const DriftFixes &fixes)
{
    if (ctl.json())
        ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("drift"), fixes.items},
                                                {QStringLiteral("fixed"), fixes.fixed},
                                                {QStringLiteral("awaiting_confirmation"), fixes.awaitingConfirmation}})
                         .toJson(QJsonDocument::Compact)
                  << "\n";
    else if (fixes.awaitingConfirmation > 0)
        ctl.err() << "orgctl: " << fixes.awaitingConfirmation
                  << " orphan(s) were not deleted; name each with --yes --delete-orphan ID to delete it.\n";
    if (fixes.failures > 0)
        return ctl.finish(ExitProxyError);
    ctl.finish(fixes.awaitingConfirmation > 0 ? ExitCancelled : ExitOk);
}

void MaintenanceCommand::recover(Orgctl &ctl)
{
    // Rows whose operation is dead are resolved on the first run: at once when its process is gone
    // from this host, after the lease when it ran on another.
    RecoveryRules rules;
    bool leaseOk = true;
    bool graceOk = true;
    if (ctl.isSet(QStringLiteral("lease")))
        rules.leaseSeconds = ctl.value(QStringLiteral("lease")).toInt(&leaseOk);
    if (ctl.isSet(QStringLiteral("grace")))
        rules.graceSeconds = ctl.value(QStringLiteral("grace")).toInt(&graceOk);
    if (!leaseOk || !graceOk || rules.leaseSeconds < 0 || rules.graceSeconds.value_or(0) < 0)
        return ctl.fail(OperationError::badInput(QStringLiteral("--lease and --grace take a number of seconds, 0 or more.")));
    ctl.withContext(true, [&ctl, rules] {
        ctl.context().operations().recover(
            rules, ctl.isSet(QStringLiteral("reissue-keys")), [&ctl](QList<RecoveryOutcome> outcomes) {
                bool failed = false;
                QJsonArray items;
                for (const RecoveryOutcome &o : outcomes) {
                    failed |= o.action == RecoveryAction::Failed;
                    QJsonObject j {{QStringLiteral("id"), o.organizationId},
                                   {QStringLiteral("name"), o.name},
                                   {QStringLiteral("action"), recoveryActionName(o.action)},
                                   {QStringLiteral("detail"), o.description()}};
                    if (!o.rawKey.isEmpty())
                        j.insert(QStringLiteral("api_key"), o.rawKey);
                    items.append(j);
                    if (!ctl.json())
                        ctl.out() << o.name << " (" << o.organizationId << "): " << recoveryActionName(o.action)
                                  << (o.description().isEmpty() ? QString() : QStringLiteral(" - ") + o.description())
                                  << (o.rawKey.isEmpty() ? QString()
                                                         : QStringLiteral("\n  new API key (shown once): ") + o.rawKey)
                                  << "\n";
                }
                if (ctl.json())
                    ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("recovered"), items}}).toJson(QJsonDocument::Compact)
                              << "\n";
                else if (outcomes.isEmpty())
                    ctl.out() << "Nothing to recover.\n";
                ctl.finish(failed ? ExitProxyError : ExitOk);
            });
    });
}

} // namespace OrgConsole
