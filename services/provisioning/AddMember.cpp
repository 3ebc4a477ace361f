#include "services/provisioning/AddMember.h"

#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/Validation.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CrashPoint.h"
#include "services/provisioning/Heartbeat.h"
#include "services/provisioning/OrgRequests.h"
#include "services/provisioning/Ownership.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace OrgConsole {

QString memberStepName(MemberStep step)
{
    switch (step) {
    case MemberStep::Validate:
        return QCoreApplication::translate("AddMember", "Validate");
    case MemberStep::Reserve:
        return QCoreApplication::translate("AddMember", "Reserve");
    case MemberStep::AddToTeam:
        return QCoreApplication::translate("AddMember", "Add to team");
    case MemberStep::GenerateKey:
        return QCoreApplication::translate("AddMember", "Generate key");
    case MemberStep::Save:
        return QCoreApplication::translate("AddMember", "Save");
    case MemberStep::ReadBack:
        return QCoreApplication::translate("AddMember", "Read back");
    }
    return {};
}

AddMember::AddMember(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_operator(std::move(operatorName))
    , m_heartbeat(new Heartbeat(repository, this))
{
}

void AddMember::report(MemberStep step, StepState state, const QString &message)
{
    if (m_progress)
        m_progress(MemberProgress {step, state, message});
}

void AddMember::start(const NewMember &input, std::function<void(const MemberProgress &)> progress,
                      std::function<void(const AddMemberResult &)> done)
{
    m_input = input;
    m_input.userId = input.userId.trimmed();
    m_input.email = input.email.trimmed();
    m_input.budgetDuration = input.budgetDuration.trimmed();
    m_progress = std::move(progress);
    m_done = std::move(done);
    for (int i = 0; i < kMemberStepCount; ++i)
        report(MemberStep(i), StepState::Pending, {});
    report(MemberStep::Validate, StepState::Running, QCoreApplication::translate("AddMember", "Checking the input"));
    if (const QStringList problems = memberInputProblems(input); !problems.isEmpty())
        return fail(MemberStep::Validate, OperationError::badInput(problems.join(QLatin1Char(' '))));
    findOrganization();
}

// A user who is a member already is refused here, before anything is sent to the proxy; the
// reservation still decides when two desktops add the same user at once.
void AddMember::findOrganization()
{
    const QString idOrName = m_input.organization.trimmed();
    const QString user = m_input.userId;
    m_repository->run<Organization>(
        [idOrName, user](OrgRepository &repo) -> Stored<Organization> {
            auto org = repo.findByIdOrName(idOrName);
            if (!org.ok())
                return org;
            const auto existing = repo.members().find(org.value->id, user);
            if (existing.ok())
                return Stored<Organization>::failure(
                    StorageError::Kind::NameTaken,
                    QCoreApplication::translate("AddMember", "\"%1\" is already a member of \"%2\" (%3).")
                        .arg(user, org.value->name, memberStatusToString(existing.value->status)));
            if (existing.error.kind != StorageError::Kind::NotFound)
                return Stored<Organization>::failure(existing.error.kind, existing.error.message);
            return org;
        },
        this,
        [this](Stored<Organization> r) {
            if (!r.ok())
                return fail(MemberStep::Validate, OperationError(r.error));
            checkOrganization(*r.value);
        });
}

// The organization must be active, the member's budget inside its budget, and the proxy must not
// say it has no database (it would refuse the membership and its cleanup alike).
void AddMember::checkOrganization(const Organization &org)
{
    m_result.organization = org;
    if (org.status != OrgStatus::Active)
        return fail(
            MemberStep::Validate,
            OperationError::conflict(
                QCoreApplication::translate("AddMember", "\"%1\" is %2; members can be added only to an active organization.")
                    .arg(org.name, orgStatusToString(org.status))));
    if (m_input.maxBudget && org.maxBudget && *m_input.maxBudget > *org.maxBudget)
        return fail(MemberStep::Validate,
                    OperationError::badInput(QCoreApplication::translate(
                                                 "AddMember", "The member's budget %1 is more than the organization's budget %2.")
                                                 .arg(formatUsd(m_input.maxBudget), formatUsd(org.maxBudget))));
    const QString host = m_client->profile().baseUrl.host();
    m_client->recentReadiness([this, host](Result<HealthStatus> r) {
        if (r.ok() && r.value->databaseMissing()) {
            OperationError e(
                OperationError::Kind::Proxy,
                QCoreApplication::translate("AddMember", "The proxy at %1 has no database connected; nothing was changed.")
                    .arg(host));
            e.proxyCategory = ErrorCategory::NoDatabase;
            return fail(MemberStep::Validate, e);
        }
        report(MemberStep::Validate, StepState::Done, QCoreApplication::translate("AddMember", "Input is valid"));
        reserve();
    });
}

void AddMember::reserve()
{
    Member m;
    m.organizationId = m_result.organization.id;
    m.userId = m_input.userId;
    m.email = m_input.email;
    m.role = m_input.role;
    m.maxBudget = m_input.maxBudget;
    m.budgetDuration = m_input.budgetDuration;
    m.models = m_input.models;
    m.keyAlias = keyAliasForMember(m.organizationId, m.userId);
    m.addedBy = m_operator;
    report(MemberStep::Reserve, StepState::Running,
           QCoreApplication::translate("AddMember", "Reserving %1 in \"%2\"").arg(m.userId, m_result.organization.name));
    const OperationOwner owner = currentOwner(m_operator);
    m_repository->run<Member>([m, owner](OrgRepository &repo) { return repo.members().reserve(m, owner); }, this,
                              [this](Stored<Member> r) {
                                  if (!r.ok())
                                      return fail(MemberStep::Reserve, OperationError(r.error));
                                  m_result.member = *r.value;
                                  m_heartbeat->startMember(r.value->organizationId, r.value->userId);
                                  report(MemberStep::Reserve, StepState::Done,
                                         QCoreApplication::translate("AddMember", "Reserved"));
                                  crashPoint("member-after-reserve");
                                  addToTeam();
                              });
}

void AddMember::addToTeam()
{
    const Member &m = m_result.member;
    report(MemberStep::AddToTeam, StepState::Running,
           QCoreApplication::translate("AddMember", "Adding %1 to team %2 with budget %3")
               .arg(m.userId, m_result.organization.teamIdOnProxy(),
                    m.maxBudget ? formatUsd(m.maxBudget) : QCoreApplication::translate("AddMember", "of the organization")));
    m_client->addTeamMember(memberRequestFor(m_result.organization, m), [this](Result<MemberAdded> r) {
        if (!r.ok())
            return fail(MemberStep::AddToTeam, OperationError(r.error));
        crashPoint("member-after-add");
        if (r.value->alreadyMember)
            return applyBudgetToExisting();
        report(MemberStep::AddToTeam, StepState::Done, QCoreApplication::translate("AddMember", "Member of the team"));
        generateKey(false);
    });
}

// Already in the team (an earlier attempt whose reply was lost): make its budget the one asked for.
void AddMember::applyBudgetToExisting()
{
    TeamMemberRequest req = memberRequestFor(m_result.organization, m_result.member);
    req.maxBudget = m_result.member.maxBudget;
    req.budgetDuration = m_result.member.budgetDuration;
    m_client->updateTeamMember(req, [this](Result<Done> u) {
        if (!u.ok())
            return fail(MemberStep::AddToTeam, OperationError(u.error));
        report(MemberStep::AddToTeam, StepState::Done,
               QCoreApplication::translate("AddMember", "Already a member of the team; budget set"));
        generateKey(false);
    });
}

void AddMember::generateKey(bool afterClearingAlias)
{
    const Member &m = m_result.member;
    report(MemberStep::GenerateKey, StepState::Running,
           QCoreApplication::translate("AddMember", "Generating the key for %1").arg(m.userId));
    m_client->generateKey(keyRequestForMember(m_result.organization, m, m.keyAlias),
                          [this, afterClearingAlias](Result<GeneratedKey> r) {
                              if (!r.ok() && r.error.category == ErrorCategory::Conflict && !afterClearingAlias) {
                                  // The alias is derived from the organization and the user: a key of an earlier
                                  // attempt whose reply was lost. Its raw value is gone, so replace it.
                                  m_client->deleteKeysByAlias({m_result.member.keyAlias}, [this](Result<Done> d) {
                                      if (!d.ok() && d.error.category != ErrorCategory::NotFound)
                                          return fail(MemberStep::GenerateKey, OperationError(d.error));
                                      generateKey(true);
                                  });
                                  return;
                              }
                              if (!r.ok())
                                  return fail(MemberStep::GenerateKey, OperationError(r.error));
                              m_key = *r.value;
                              report(MemberStep::GenerateKey, StepState::Done,
                                     QCoreApplication::translate("AddMember", "Key %1 generated").arg(m_key.keyName));
                              crashPoint("member-after-key");
                              save();
                          });
}

void AddMember::save()
{
    crashPoint("member-before-save");
    report(MemberStep::Save, StepState::Running, QCoreApplication::translate("AddMember", "Saving the member"));
    Member m = m_result.member;
    m.keyHash = m_key.token;
    m.keyName = m_key.keyName;
    AuditEntry entry;
    entry.operatorName = m_operator;
    entry.action = QStringLiteral("add-member");
    entry.organizationId = m_result.organization.id;
    entry.organizationName = m_result.organization.name;
    entry.details = QJsonObject {{QStringLiteral("user_id"), m.userId},
                                 {QStringLiteral("role"), m.role},
                                 {QStringLiteral("key_name"), m.keyName},
                                 {QStringLiteral("max_budget"), m.maxBudget ? QJsonValue(*m.maxBudget) : QJsonValue()},
                                 {QStringLiteral("budget_duration"), m.budgetDuration}};
    m_repository->run<Member>(
        [m, entry](OrgRepository &repo) {
            return repo.inTransaction<Member>([&]() -> Stored<Member> {
                auto saved = repo.members().activate(m);
                if (saved.ok()) {
                    if (const auto a = repo.appendAudit(entry); !a.ok())
                        return Stored<Member>::failure(a.error.kind, a.error.message);
                }
                return saved;
            });
        },
        this,
        [this](Stored<Member> r) {
            if (!r.ok())
                return fail(MemberStep::Save, OperationError(r.error));
            m_result.member = *r.value;
            m_heartbeat->stop(); // the row is active: nothing left for recovery
            report(MemberStep::Save, StepState::Done, QCoreApplication::translate("AddMember", "Saved as active"));
            readBack();
        });
}

void AddMember::readBack()
{
    if (!m_readBack) {
        report(MemberStep::ReadBack, StepState::Done, QCoreApplication::translate("AddMember", "Skipped"));
        return finishSuccess();
    }
    report(MemberStep::ReadBack, StepState::Running,
           QCoreApplication::translate("AddMember", "Reading the member's budget back from the proxy"));
    m_client->teamInfo(m_result.organization.teamIdOnProxy(), [this](Result<TeamDetail> r) {
        if (r.ok()) {
            for (const TeamMembership &tm : std::as_const(r.value->memberships)) {
                if (tm.userId == m_result.member.userId)
                    m_result.membership = tm;
            }
        }
        if (m_result.membership) {
            report(MemberStep::ReadBack, StepState::Done,
                   QCoreApplication::translate("AddMember", "Budget %1, spent %2")
                       .arg(m_result.membership->maxBudget ? formatUsd(m_result.membership->maxBudget)
                                                           : QCoreApplication::translate("AddMember", "of the organization"),
                            formatUsd(m_result.membership->spend)));
        } else {
            m_result.warning = r.ok()
                ? QCoreApplication::translate("AddMember", "The member was added, but the proxy's team does not list them yet.")
                : QCoreApplication::translate("AddMember", "The member was added, but reading their budget back failed: %1")
                      .arg(r.error.message);
            report(MemberStep::ReadBack, StepState::Failed, m_result.warning);
        }
        finishSuccess();
    });
}

void AddMember::finishSuccess()
{
    m_result.ok = true;
    m_result.rawKey = m_key.rawKey;
    auto done = m_done;
    const AddMemberResult result = m_result;
    m_result.rawKey.clear();
    m_key.rawKey.clear();
    done(result);
}

void AddMember::fail(MemberStep step, const OperationError &error)
{
    m_result.ok = false;
    m_result.failedStep = step;
    m_result.error = error;
    report(step, StepState::Failed, error.message);
    if (step == MemberStep::Validate || step == MemberStep::Reserve)
        return finishFailure(); // nothing was made anywhere
    compensate();
}

// The key by its alias even when no reply was seen (it may exist anyway), then the membership,
// then the row. "No database" at the team step: the proxy made nothing and would refuse cleanup.
void AddMember::compensate()
{
    if (m_result.failedStep == MemberStep::AddToTeam && m_result.error.proxyCategory == ErrorCategory::NoDatabase)
        return releaseReservation();
    if (m_result.failedStep == MemberStep::AddToTeam)
        return removeMembership();
    m_client->deleteKeysByAlias({m_result.member.keyAlias}, [this](Result<Done> k) {
        if (k.ok())
            m_result.cleanedUp.append(QCoreApplication::translate("AddMember", "key %1").arg(m_result.member.keyAlias));
        else if (k.error.category != ErrorCategory::NotFound)
            m_result.cleanupError.addFailedStep(OperationError(k.error),
                                                QCoreApplication::translate("AddMember", "Deleting the key"));
        removeMembership();
    });
}

void AddMember::removeMembership()
{
    const QString teamId = m_result.organization.teamIdOnProxy();
    m_client->removeTeamMember(teamId, m_result.member.userId, [this](Result<Done> r) {
        if (r.ok())
            m_result.cleanedUp.append(QCoreApplication::translate("AddMember", "membership"));
        else if (r.error.category != ErrorCategory::NotFound)
            m_result.cleanupError.addFailedStep(OperationError(r.error),
                                                QCoreApplication::translate("AddMember", "Removing the membership"));
        releaseReservation();
    });
}

// The audit entry, then the row removed, or kept `failed` (visible, resolved by recovery) when
// cleanup failed.
void AddMember::releaseReservation()
{
    const Member m = m_result.member;
    const bool cleanupFailed = m_result.cleanupError.isError();
    AuditEntry entry;
    entry.operatorName = m_operator;
    entry.action = QStringLiteral("add-member");
    entry.organizationId = m_result.organization.id;
    entry.organizationName = m_result.organization.name;
    entry.outcome = cleanupFailed ? AuditOutcome::FailedCleanupIncomplete : AuditOutcome::FailedCleanedUp;
    entry.details = QJsonObject {{QStringLiteral("user_id"), m.userId},
                                 {QStringLiteral("failed_step"), memberStepName(*m_result.failedStep)},
                                 {QStringLiteral("error"), m_result.error.message},
                                 {QStringLiteral("cleaned_up"), QJsonArray::fromStringList(m_result.cleanedUp)},
                                 {QStringLiteral("cleanup_error"), m_result.cleanupError.message}};
    const QString lastError = cleanupFailed
        ? QStringLiteral("%1 failed: %2 | Cleanup: %3")
              .arg(memberStepName(*m_result.failedStep), m_result.error.message, m_result.cleanupError.message)
        : QString();
    m_repository->run<bool>(
        [m, entry, cleanupFailed, lastError](OrgRepository &repo) -> Stored<bool> {
            repo.appendAudit(entry);
            return cleanupFailed ? repo.members().setStatus(m.organizationId, m.userId, MemberStatus::Failed, lastError)
                                 : repo.members().remove(m.organizationId, m.userId);
        },
        this,
        [this, cleanupFailed](Stored<bool> r) {
            if (!r.ok())
                m_result.cleanupError.addFailedStep(OperationError(r.error),
                                                    QCoreApplication::translate("AddMember", "Updating the reservation"));
            else if (!cleanupFailed)
                m_result.cleanedUp.append(QCoreApplication::translate("AddMember", "reservation"));
            finishFailure();
        });
}

void AddMember::finishFailure()
{
    m_heartbeat->stop();
    m_result.rawKey.clear();
    m_key.rawKey.clear();
    auto done = m_done;
    done(m_result);
}

} // namespace OrgConsole
