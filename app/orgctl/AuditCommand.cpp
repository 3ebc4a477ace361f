// orgctl audit and orgctl proxy: the audit log, and a check of the proxy connection.
#include "app/orgctl/Commands.h"
#include "app/orgctl/Orgctl.h"
#include "models/SafeText.h"
#include "services/core/OrgQueries.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace OrgConsole {

namespace {
void showAudit(Orgctl &ctl, const Stored<QList<AuditEntry>> &r)
{
    if (!r.ok())
        return ctl.fail(OperationError(r.error));
    QJsonArray items;
    for (const AuditEntry &e : std::as_const(*r.value)) {
        items.append(QJsonObject {{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("operator"), e.operatorName},
                                  {QStringLiteral("action"), e.action},
                                  {QStringLiteral("organization_id"), e.organizationId},
                                  {QStringLiteral("organization"), e.organizationName},
                                  {QStringLiteral("outcome"), auditOutcomeName(e.outcome)},
                                  {QStringLiteral("details"), e.details}});
        if (!ctl.json())
            ctl.out() << e.at.toString(Qt::ISODate) << "  " << printable(e.operatorName, 40).leftJustified(14) << " "
                      << printable(e.action, 60).leftJustified(14) << " "
                      << printable(e.organizationName.left(30)).leftJustified(30) << " " << auditOutcomeName(e.outcome) << "\n";
    }
    if (ctl.json())
        ctl.out() << QJsonDocument(items).toJson(QJsonDocument::Indented);
    ctl.finish(ExitOk);
}
} // namespace

AuditCommand::AuditCommand()
    : Command(QStringLiteral("audit"), QStringLiteral("Show the audit log, of all organizations or one"))
{
    addUsage(QStringLiteral("audit [ID|NAME]"));
    addArgument(QStringLiteral("[ID|NAME]"), QStringLiteral("Only this organization's entries."));
}

void AuditCommand::run(Orgctl &ctl, const QStringList &args)
{
    const QString idOrName = args.value(0);
    ctl.withContext(false, [&ctl, idOrName] {
        auto show = [&ctl](Stored<QList<AuditEntry>> r) { showAudit(ctl, r); };
        if (idOrName.isEmpty())
            return ctl.context().queries().auditAll(5000, &ctl, show);
        ctl.resolveOrganization(idOrName,
                                [&ctl, show](Organization o) { ctl.context().queries().audit(o.id, 1000, &ctl, show); });
    });
}

ProxyCommand::ProxyCommand()
    : Command(QStringLiteral("proxy"), QStringLiteral("Check the connection to the proxy and its master key"))
{
    addVerbs({QStringLiteral("test")});
    addUsage(QStringLiteral("proxy test"));
    addArgument(QStringLiteral("VERB"), QStringLiteral("test"));
}

void ProxyCommand::run(Orgctl &ctl, const QStringList &args)
{
    if (args.value(0) != QLatin1String("test"))
        return ctl.fail(OperationError::badInput(
            QStringLiteral("unknown command \"proxy %1\"; see orgctl help proxy.").arg(args.join(QLatin1Char(' ')))));
    test(ctl);
}

void ProxyCommand::test(Orgctl &ctl)
{
    ctl.withContext(true, [&ctl] {
        ctl.context().queries().proxyStatus([&ctl](Result<ConnectionReport> r) {
            if (!r.ok())
                return ctl.fail(OperationError(r.error));
            if (ctl.json())
                ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("reachable"), r.value->reachable},
                                                        {QStringLiteral("database_connected"), r.value->databaseConnected},
                                                        {QStringLiteral("admin_key"), r.value->adminKey},
                                                        {QStringLiteral("version"), r.value->version},
                                                        {QStringLiteral("summary"), r.value->summary}})
                                 .toJson(QJsonDocument::Compact)
                          << "\n";
            else
                ctl.out() << r.value->summary << "\n";
            ctl.finish(r.value->adminKey && r.value->databaseConnected ? ExitOk : ExitProxyError);
        });
    });
}

} // namespace OrgConsole
