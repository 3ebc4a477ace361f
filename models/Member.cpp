#include "models/Member.h"

#include "models/BudgetDuration.h"
#include "models/Validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace OrgConsole {

QString memberStatusToString(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Provisioning:
        return QStringLiteral("provisioning");
    case MemberStatus::Active:
        return QStringLiteral("active");
    case MemberStatus::Removing:
        return QStringLiteral("removing");
    case MemberStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

std::optional<MemberStatus> memberStatusFromString(const QString &text)
{
    for (MemberStatus s : {MemberStatus::Provisioning, MemberStatus::Active, MemberStatus::Removing, MemberStatus::Failed}) {
        if (text == memberStatusToString(s))
            return s;
    }
    return std::nullopt;
}

std::optional<double> Member::remaining() const
{
    if (!maxBudget)
        return std::nullopt;
    return std::max(0.0, *maxBudget - spend);
}

QString keyAliasForMember(const QString &orgId, const QString &userId)
{
    const QByteArray digest = QCryptographicHash::hash(userId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("orgconsole-%1-m-%2").arg(orgId, QString::fromLatin1(digest));
}

QString validateMemberRole(const QString &role)
{
    if (role == QLatin1String("user") || role == QLatin1String("admin"))
        return {};
    return QCoreApplication::translate("Member", "The role must be \"user\" or \"admin\".");
}

QStringList memberInputProblems(const NewMember &input)
{
    QStringList problems;
    if (input.organization.trimmed().isEmpty())
        problems.append(QCoreApplication::translate("Member", "The organization is empty."));
    QString userProblem = validateOwnerId(input.userId);
    userProblem.replace(QCoreApplication::translate("Member", "The owner user id"),
                        QCoreApplication::translate("Member", "The user id"));
    for (const QString &p : {userProblem, validateEmail(input.email), validateMemberRole(input.role),
                             validateBudget(input.maxBudget), validateBudgetDuration(input.budgetDuration)}) {
        if (!p.isEmpty())
            problems.append(p);
    }
    for (const QString &m : input.models) {
        if (const QString p = validateModelName(m); !p.isEmpty())
            problems.append(p);
    }
    return problems;
}

} // namespace OrgConsole
