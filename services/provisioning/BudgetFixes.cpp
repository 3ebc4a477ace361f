// The operations the budget doctor's fixes use that nothing else needed before: a team unblocked,
// a key's own budget set. Audited like every other change.
#include "models/Money.h"
#include "models/Validation.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/OrgOperations.h"

#include <QCoreApplication>

namespace OrgConsole {

namespace {
LiteLlmError budgetNotTaken()
{
    LiteLlmError e;
    e.category = ErrorCategory::MalformedReply;
    e.message = QCoreApplication::translate(
        "BudgetFixes", "The proxy answered, but the key does not have the new budget; nothing is known to have changed.");
    return e;
}
} // namespace

void OrgOperations::setTeamBlocked(const QString &orgId, bool blocked, std::function<void(OperationResult)> done)
{
    withOrganization(
        orgId,
        [this, blocked, done](Organization org) {
            if (org.status != OrgStatus::Active)
                return done(failure(OperationError::conflict(
                    QCoreApplication::translate("BudgetFixes", "\"%1\" is %2; only an active organization's team can be changed.")
                        .arg(org.name, orgStatusToString(org.status)))));
            const QString action = blocked ? QStringLiteral("block-team") : QStringLiteral("unblock-team");
            m_client->blockTeam(org.teamIdOnProxy(), blocked, [this, org, action, done](Result<TeamInfo> r) {
                const QJsonObject details {{QStringLiteral("team_id"), org.teamIdOnProxy()}};
                if (!r.ok())
                    return auditThenFinish(org, action, details, Stored<Organization>::failure(StorageError::Kind::None, {}),
                                           OperationError(r.error), done);
                auditThenFinish(org, action, details, Stored<Organization>::success(org), {}, done);
            });
        },
        done);
}

// One key's budget: the key read (it must be of the organization's team), updated, read back.
struct OrgOperations::KeyBudget {
    Organization org;
    QString keyHash;
    std::optional<double> to;
    KeyInfo before;
    std::function<void(OperationResult)> done;
};

void OrgOperations::setKeyBudget(const QString &orgId, const QString &keyHash, std::optional<double> maxBudget,
                                 std::function<void(OperationResult)> done)
{
    if (const QString e = validateBudget(maxBudget); !e.isEmpty())
        return done(failure(OperationError::badInput(e)));
    if (keyHash.trimmed().isEmpty())
        return done(
            failure(OperationError::badInput(QCoreApplication::translate("BudgetFixes", "Which key? No key hash was given."))));
    auto k = std::make_shared<KeyBudget>(KeyBudget {{}, keyHash.trimmed(), maxBudget, {}, std::move(done)});
    withOrganization(
        orgId,
        [this, k](Organization org) {
            k->org = org;
            if (org.status != OrgStatus::Active)
                return k->done(failure(OperationError::conflict(
                    QCoreApplication::translate("BudgetFixes", "\"%1\" is %2; only an active organization's keys can be changed.")
                        .arg(org.name, orgStatusToString(org.status)))));
            m_client->keyInfo(k->keyHash, [this, k](Result<KeyInfo> r) {
                if (!r.ok())
                    return keyBudgetFinish(k, r.error);
                if (r.value->teamId != k->org.teamIdOnProxy())
                    return k->done(failure(OperationError::conflict(
                        QCoreApplication::translate("BudgetFixes", "That key is not a key of \"%1\"'s team; nothing was changed.")
                            .arg(k->org.name))));
                k->before = *r.value;
                keyBudgetUpdate(k);
            });
        },
        k->done);
}

void OrgOperations::keyBudgetUpdate(std::shared_ptr<KeyBudget> k)
{
    m_client->updateKey(k->keyHash, {{QStringLiteral("max_budget"), budgetJson(k->to)}}, [this, k](Result<Done> r) {
        if (!r.ok())
            return keyBudgetFinish(k, r.error);
        // The update's reply is partial: what the key has now is read back.
        m_client->keyInfo(k->keyHash, [this, k](Result<KeyInfo> after) {
            if (after.ok() && after.value->maxBudget != k->to)
                return keyBudgetFinish(k, budgetNotTaken());
            keyBudgetFinish(k, after.error);
        });
    });
}

void OrgOperations::keyBudgetFinish(std::shared_ptr<KeyBudget> k, const LiteLlmError &error)
{
    const QString alias = k->before.alias.isEmpty() ? k->before.keyName : k->before.alias;
    const QJsonObject details {{QStringLiteral("key"), alias.isEmpty() ? k->keyHash.left(12) : alias},
                               {QStringLiteral("from"), budgetJson(k->before.maxBudget)},
                               {QStringLiteral("to"), budgetJson(k->to)}};
    const auto saved
        = error.isError() ? Stored<Organization>::failure(StorageError::Kind::None, {}) : Stored<Organization>::success(k->org);
    auditThenFinish(k->org, QStringLiteral("set-key-budget"), details, saved, OperationError(error), k->done);
}

} // namespace OrgConsole
