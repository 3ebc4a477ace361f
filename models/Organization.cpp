#include "models/Organization.h"

namespace OrgConsole {

QString orgStatusToString(OrgStatus status)
{
    switch (status) {
    case OrgStatus::Provisioning:
        return QStringLiteral("provisioning");
    case OrgStatus::Active:
        return QStringLiteral("active");
    case OrgStatus::Failed:
        return QStringLiteral("failed");
    case OrgStatus::Deleting:
        return QStringLiteral("deleting");
    }
    return QStringLiteral("failed");
}

std::optional<OrgStatus> orgStatusFromString(const QString &text)
{
    if (text == QLatin1String("provisioning"))
        return OrgStatus::Provisioning;
    if (text == QLatin1String("active"))
        return OrgStatus::Active;
    if (text == QLatin1String("failed"))
        return OrgStatus::Failed;
    if (text == QLatin1String("deleting"))
        return OrgStatus::Deleting;
    return std::nullopt;
}

std::optional<double> Organization::remaining() const
{
    if (!maxBudget)
        return std::nullopt;
    return std::max(0.0, *maxBudget - spend);
}

QString keyAliasForOrg(const QString &orgId)
{
    return QStringLiteral("orgconsole-") + orgId;
}

QString keyDisplayName(const QString &rawKey)
{
    return QStringLiteral("sk-...") + rawKey.right(4);
}

} // namespace OrgConsole
