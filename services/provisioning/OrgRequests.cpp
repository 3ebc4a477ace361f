#include "services/provisioning/OrgRequests.h"

namespace OrgConsole {

QJsonObject orgConsoleMetadata(const Organization &o)
{
    QJsonObject m {{QStringLiteral("orgconsole_org_id"), o.id}, {QStringLiteral("created_by"), QStringLiteral("OrgConsole")}};
    if (!o.databaseId.isEmpty())
        m.insert(kDatabaseIdField, o.databaseId);
    return m;
}

TeamOrigin teamOrigin(const QJsonObject &metadata, const QString &ourDatabaseId)
{
    if (metadata.value(QStringLiteral("created_by")).toString() != QLatin1String("OrgConsole"))
        return TeamOrigin::NotOrgConsole;
    const QString db = metadata.value(kDatabaseIdField).toString();
    if (db.isEmpty())
        return TeamOrigin::UnknownDatabase;
    return !ourDatabaseId.isEmpty() && db == ourDatabaseId ? TeamOrigin::ThisDatabase : TeamOrigin::OtherDatabase;
}

NewTeamRequest teamRequestFor(const Organization &o, const QString &operatorName)
{
    NewTeamRequest req;
    req.teamId = o.id;
    req.alias = o.name;
    req.ownerUserId = o.ownerUserId; // the owner is the team's first member
    req.maxBudget = o.maxBudget;
    req.budgetDuration = o.budgetDuration;
    req.models = o.models;
    req.metadata = orgConsoleMetadata(o);
    req.metadata.insert(QStringLiteral("operator"), operatorName);
    return req;
}

GenerateKeyRequest keyRequestFor(const Organization &o, const QString &alias)
{
    GenerateKeyRequest req;
    req.teamId = o.teamIdOnProxy();
    req.userId = o.ownerUserId;
    req.keyAlias = alias;
    req.models = o.models;
    req.metadata = orgConsoleMetadata(o);
    return req;
}

ProvisionedSettings provisionedSettings(const Organization &o, const TeamInfo &team, const GeneratedKey &key)
{
    ProvisionedSettings s;
    s.teamId = team.teamId.isEmpty() ? o.id : team.teamId;
    s.keyAlias = o.keyAlias;
    s.keyHash = key.token;
    s.keyName = key.keyName;
    s.maxBudget = team.maxBudget;
    s.budgetDuration = team.budgetDuration;
    s.budgetResetAt = team.budgetResetAt;
    s.spend = team.spend;
    return s;
}

GenerateKeyRequest keyRequestForMember(const Organization &o, const Member &m, const QString &alias)
{
    GenerateKeyRequest req = keyRequestFor(o, alias);
    req.userId = m.userId;
    if (!m.models.isEmpty())
        req.models = m.models;
    req.metadata.insert(kMemberField, m.userId);
    return req;
}

TeamMemberRequest memberRequestFor(const Organization &o, const Member &m)
{
    TeamMemberRequest req;
    req.teamId = o.teamIdOnProxy();
    req.userId = m.userId;
    req.email = m.email;
    req.role = m.role;
    if (m.maxBudget)
        req.maxBudget = m.maxBudget;
    if (!m.budgetDuration.isEmpty())
        req.budgetDuration = m.budgetDuration;
    if (!m.models.isEmpty())
        req.models = m.models;
    return req;
}

} // namespace OrgConsole
