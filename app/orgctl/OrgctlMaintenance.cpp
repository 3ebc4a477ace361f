// orgctl reconcile and recover: compare the database with the proxy and fix what differs; resolve
// operations a crash left unfinished. Orphans are deleted only when named one by one.
#include "app/orgctl/Orgctl.h"
#include "models/SafeText.h"
#include "services/provisioning/OrgOperations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace OrgConsole {

struct Orgctl::DriftFixes {
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

void Orgctl::printDrift(const QList<Drift> &drift)
{
    if (m_json)
        return;
    for (const Drift &d : drift) {
        m_out << "- " << driftKindName(d.kind) << ": " << printable(d.description) << "\n";
        if (d.needsConfirmation())
            m_out << "    fix: delete " << printable(d.proxyId, 200)
                  << " on the proxy (orgctl reconcile --fix --yes --delete-orphan " << printable(d.proxyId, 200) << ")\n";
    }
    if (drift.isEmpty())
        m_out << "The database and the proxy agree.\n";
}

void Orgctl::reconcile()
{
    withContext(true, [this] {
        m_context->operations().reconcile([this](QList<Drift> drift, OperationError error) {
            if (error.isError())
                return fail(error);
            printDrift(drift);
            auto fixes = std::make_shared<DriftFixes>();
            for (const Drift &d : std::as_const(drift))
                fixes->items.append(driftJson(d));
            const QStringList named = m_parser.values(QStringLiteral("delete-orphan"));
            fixes->namedOrphans = QSet<QString>(named.begin(), named.end());
            fixes->confirmed = m_parser.isSet(QStringLiteral("yes"));
            if (!named.isEmpty() && !m_parser.isSet(QStringLiteral("fix")))
                return fail(ExitBadInput, QStringLiteral("--delete-orphan goes with --fix (and --yes)."));
            // Every named id must be an orphan of this database found just now: nothing else is
            // deleted, and a typo deletes nothing at all.
            QSet<QString> orphans;
            for (const Drift &d : std::as_const(drift)) {
                if (d.needsConfirmation())
                    orphans.insert(d.proxyId);
            }
            for (const QString &id : named) {
                if (!orphans.contains(id))
                    return fail(ExitBadInput,
                                QStringLiteral("\"%1\" is not a team or key that this database created and no "
                                               "organization holds; nothing was changed.")
                                    .arg(printable(id, 200)));
            }
            if (!m_parser.isSet(QStringLiteral("fix")) || drift.isEmpty()) {
                if (m_json)
                    m_out << QJsonDocument(QJsonObject {{QStringLiteral("drift"), fixes->items}}).toJson(QJsonDocument::Compact)
                          << "\n";
                return finish(ExitOk);
            }
            fixes->queue = drift;
            fixNextDrift(fixes);
        });
    });
}

void Orgctl::fixNextDrift(std::shared_ptr<DriftFixes> fixes)
{
    if (fixes->queue.isEmpty())
        return finishDriftFixes(*fixes);
    const Drift d = fixes->queue.takeFirst();
    if (!d.fixable()) {
        if (!m_json)
            m_out << "  left for you: " << printable(d.description) << "\n";
        return fixNextDrift(fixes);
    }
    if (d.needsConfirmation() && !(fixes->confirmed && fixes->namedOrphans.contains(d.proxyId))) {
        ++fixes->awaitingConfirmation;
        if (!m_json)
            m_out << "  not deleted without confirmation: " << printable(d.description) << "\n";
        return fixNextDrift(fixes);
    }
    m_context->operations().fixDrift(d, [this, d, fixes](OperationResult r) {
        if (!m_json)
            m_out << (r.ok ? "  fixed: " : "  NOT fixed: ") << printable(d.description)
                  << (r.ok ? QString() : QStringLiteral(" (") + printable(r.error.message) + QLatin1Char(')')) << "\n";
        if (!r.rawKey.isEmpty()) // a re-issued key, shown once
            m_out << (m_json ? QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("id"), r.organization.id},
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
        fixNextDrift(fixes);
    });
}

void Orgctl::finishDriftFixes(const DriftFixes &fixes)
{
    if (m_json)
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("drift"), fixes.items},
                                            {QStringLiteral("fixed"), fixes.fixed},
                                            {QStringLiteral("awaiting_confirmation"), fixes.awaitingConfirmation}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    else if (fixes.awaitingConfirmation > 0)
        m_err << "orgctl: " << fixes.awaitingConfirmation
              << " orphan(s) were not deleted; name each with --yes --delete-orphan ID to delete it.\n";
    if (fixes.failures > 0)
        return finish(ExitProxyError);
    finish(fixes.awaitingConfirmation > 0 ? ExitCancelled : ExitOk);
}

void Orgctl::recover()
{
    const int grace = m_parser.isSet(QStringLiteral("grace")) ? m_parser.value(QStringLiteral("grace")).toInt() : 120;
    withContext(true, [this, grace] {
        m_context->operations().recover(
            grace, m_parser.isSet(QStringLiteral("reissue-keys")), [this](QList<RecoveryOutcome> outcomes) {
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
                    if (!m_json)
                        m_out << o.name << " (" << o.organizationId << "): " << recoveryActionName(o.action)
                              << (o.description().isEmpty() ? QString() : QStringLiteral(" - ") + o.description())
                              << (o.rawKey.isEmpty() ? QString() : QStringLiteral("\n  new API key (shown once): ") + o.rawKey)
                              << "\n";
                }
                if (m_json)
                    m_out << QJsonDocument(QJsonObject {{QStringLiteral("recovered"), items}}).toJson(QJsonDocument::Compact)
                          << "\n";
                else if (outcomes.isEmpty())
                    m_out << "Nothing to recover.\n";
                finish(failed ? ExitProxyError : ExitOk);
            });
    });
}

} // namespace OrgConsole
