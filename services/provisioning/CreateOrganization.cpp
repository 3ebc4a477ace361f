#include "services/provisioning/CreateOrganization.h"

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

QString createStepName(CreateStep step)
{
    switch (step) {
    case CreateStep::Validate:
        return QCoreApplication::translate("CreateOrganization", "Validate");
    case CreateStep::Reserve:
        return QCoreApplication::translate("CreateOrganization", "Reserve");
    case CreateStep::CreateTeam:
        return QCoreApplication::translate("CreateOrganization", "Create team");
    case CreateStep::GenerateKey:
        return QCoreApplication::translate("CreateOrganization", "Generate key");
    case CreateStep::Save:
        return QCoreApplication::translate("CreateOrganization", "Save");
    case CreateStep::ReadBack:
        return QCoreApplication::translate("CreateOrganization", "Read back");
    }
    return {};
}

CreateOrganization::CreateOrganization(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_operator(std::move(operatorName))
    , m_heartbeat(new Heartbeat(repository, this))
{
}

void CreateOrganization::report(CreateStep step, StepState state, const QString &message)
{
    if (m_progress)
        m_progress(StepProgress {step, state, message});
}

void CreateOrganization::start(const NewOrganization &input, std::function<void(const StepProgress &)> progress,
                               std::function<void(const CreateResult &)> done)
{
    m_input = input;
    m_progress = std::move(progress);
    m_done = std::move(done);
    for (int i = 0; i < kCreateStepCount; ++i)
        report(CreateStep(i), StepState::Pending, {});

    report(CreateStep::Validate, StepState::Running, QCoreApplication::translate("CreateOrganization", "Checking the input"));
    QStringList problems;
    for (const QString &p :
         {validateOrgName(input.name), validateOwnerId(input.ownerUserId), validateContactName(input.contactName),
          validateEmail(input.contactEmail), validateBudget(input.maxBudget), validateBudgetDuration(input.budgetDuration)}) {
        if (!p.isEmpty())
            problems.append(p);
    }
    for (const QString &m : input.models) {
        if (const QString p = validateModelName(m); !p.isEmpty())
            problems.append(p);
    }
    if (!problems.isEmpty())
        return fail(CreateStep::Validate, OperationError::badInput(problems.join(QLatin1Char(' '))));
    m_input.name = input.name.trimmed();
    m_input.ownerUserId = input.ownerUserId.trimmed();
    checkProxyReady();
}

// A proxy without a database refuses every team and key (CONTRACT.md §9.3) and its cleanup too:
// ask first, before anything is reserved. Only a plain "no" stops here; a proxy that cannot say
// goes on, and the team step reports what it answers.
void CreateOrganization::checkProxyReady()
{
    const QString host = m_client->profile().baseUrl.host();
    report(CreateStep::Validate, StepState::Running,
           QCoreApplication::translate("CreateOrganization", "Checking that the proxy at %1 has a database").arg(host));
    m_client->recentReadiness([this, host](Result<HealthStatus> r) {
        if (r.ok() && r.value->databaseMissing()) {
            OperationError e(OperationError::Kind::Proxy,
                             QCoreApplication::translate("CreateOrganization",
                                                         "The proxy at %1 has no database connected; nothing was created.")
                                 .arg(host),
                             QStringLiteral("proxy: no database (/health/readiness: db \"%1\")").arg(r.value->db));
            e.proxyCategory = ErrorCategory::NoDatabase;
            return fail(CreateStep::Validate, e);
        }
        report(CreateStep::Validate, StepState::Done, QCoreApplication::translate("CreateOrganization", "Input is valid"));
        reserve();
    });
}

void CreateOrganization::reserve()
{
    report(CreateStep::Reserve, StepState::Running,
           QCoreApplication::translate("CreateOrganization", "Reserving \"%1\"").arg(m_input.name));
    const NewOrganization input = m_input;
    const QString op = m_operator;
    // The row records this process as its owner, so recovery knows whether the creation still runs.
    const OperationOwner owner = currentOwner(op);
    m_repository->run<Organization>([input, op, owner](OrgRepository &repo) { return repo.reserve(input, op, owner); }, this,
                                    [this](Stored<Organization> r) {
                                        if (!r.ok())
                                            return fail(CreateStep::Reserve, OperationError(r.error));
                                        m_result.organization = *r.value;
                                        m_heartbeat->start(r.value->id);
                                        report(
                                            CreateStep::Reserve, StepState::Done,
                                            QCoreApplication::translate("CreateOrganization", "Reserved as %1").arg(r.value->id));
                                        crashPoint("after-reserve");
                                        createTeam();
                                    });
}

void CreateOrganization::createTeam()
{
    const Organization &org = m_result.organization;
    report(CreateStep::CreateTeam, StepState::Running,
           QCoreApplication::translate("CreateOrganization", "Creating team %1 with budget %2")
               .arg(org.id, formatUsd(org.maxBudget)));
    m_client->createTeam(teamRequestFor(org, m_operator), [this](Result<TeamInfo> r) {
        if (!r.ok())
            return fail(CreateStep::CreateTeam, OperationError(r.error));
        m_teamCreated = true;
        m_createdTeam = *r.value;
        report(CreateStep::CreateTeam, StepState::Done,
               QCoreApplication::translate("CreateOrganization", "Team %1 created").arg(r.value->teamId));
        crashPoint("after-team");
        generateKey(false);
    });
}

void CreateOrganization::generateKey(bool afterClearingAlias)
{
    const Organization &org = m_result.organization;
    report(CreateStep::GenerateKey, StepState::Running,
           QCoreApplication::translate("CreateOrganization", "Generating the key for owner %1").arg(org.ownerUserId));
    m_client->generateKey(keyRequestFor(org, org.keyAlias), [this, afterClearingAlias](Result<GeneratedKey> r) {
        if (!r.ok() && r.error.category == ErrorCategory::Conflict && !afterClearingAlias) {
            // The alias is ours (derived from our id): a key from an earlier attempt whose reply
            // was lost. Its raw value cannot be recovered, so replace it.
            m_client->deleteKeysByAlias({m_result.organization.keyAlias}, [this](Result<Done> d) {
                if (!d.ok() && d.error.category != ErrorCategory::NotFound)
                    return fail(CreateStep::GenerateKey, OperationError(d.error));
                generateKey(true);
            });
            return;
        }
        if (!r.ok())
            return fail(CreateStep::GenerateKey, OperationError(r.error));
        m_keyCreated = true;
        m_key = *r.value;
        report(CreateStep::GenerateKey, StepState::Done,
               QCoreApplication::translate("CreateOrganization", "Key %1 generated").arg(m_key.keyName));
        crashPoint("after-key");
        save();
    });
}

void CreateOrganization::save()
{
    crashPoint("before-save");
    report(CreateStep::Save, StepState::Running, QCoreApplication::translate("CreateOrganization", "Saving the organization"));
    const ProvisionedSettings s = provisionedSettings(m_result.organization, m_createdTeam, m_key);
    const QString id = m_result.organization.id;
    AuditEntry entry;
    entry.operatorName = m_operator;
    entry.action = QStringLiteral("create");
    entry.organizationId = id;
    entry.organizationName = m_result.organization.name;
    entry.outcome = AuditOutcome::Ok;
    entry.details
        = QJsonObject {{QStringLiteral("team_id"), s.teamId},
                       {QStringLiteral("key_name"), s.keyName},
                       {QStringLiteral("key_alias"), s.keyAlias},
                       {QStringLiteral("max_budget"), s.maxBudget ? QJsonValue(*s.maxBudget) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("budget_duration"), s.budgetDuration},
                       {QStringLiteral("owner_user_id"), m_result.organization.ownerUserId}};
    m_repository->run<Organization>(
        [id, s, entry](OrgRepository &repo) {
            return repo.inTransaction<Organization>([&]() -> Stored<Organization> {
                auto activated = repo.activate(id, s);
                if (activated.ok()) {
                    if (const auto a = repo.appendAudit(entry); !a.ok())
                        return Stored<Organization>::failure(a.error.kind, a.error.message);
                }
                return activated;
            });
        },
        this,
        [this](Stored<Organization> r) {
            if (!r.ok())
                return fail(CreateStep::Save, OperationError(r.error));
            m_result.organization = *r.value;
            report(CreateStep::Save, StepState::Done, QCoreApplication::translate("CreateOrganization", "Saved as active"));
            readBack();
        });
}

void CreateOrganization::readBack()
{
    m_heartbeat->stop(); // the row is active: nothing left for recovery
    if (!m_readBack) {
        m_result.ok = true;
        m_result.rawKey = m_key.rawKey;
        m_result.team = m_createdTeam;
        report(CreateStep::ReadBack, StepState::Done,
               QCoreApplication::translate("CreateOrganization", "Budget %1 (from the team reply)")
                   .arg(formatUsd(m_createdTeam.maxBudget)));
        auto done = m_done;
        const CreateResult result = m_result;
        m_result.rawKey.clear();
        m_key.rawKey.clear();
        return done(result);
    }
    report(CreateStep::ReadBack, StepState::Running,
           QCoreApplication::translate("CreateOrganization", "Reading the budget back from the proxy"));
    m_client->teamInfo(m_result.organization.id, [this](Result<TeamDetail> r) {
        m_result.ok = true;
        m_result.rawKey = m_key.rawKey;
        if (r.ok()) {
            m_result.team = r.value->team;
            report(CreateStep::ReadBack, StepState::Done,
                   QCoreApplication::translate("CreateOrganization", "Budget %1, spent %2")
                       .arg(formatUsd(r.value->team.maxBudget), formatUsd(r.value->team.spend)));
        } else {
            // The organization is saved and usable; show what the proxy answered at creation.
            m_result.team = m_createdTeam;
            m_result.warning = QCoreApplication::translate("CreateOrganization",
                                                           "The organization was created, but reading its budget back failed: %1")
                                   .arg(r.error.message);
            report(CreateStep::ReadBack, StepState::Failed, m_result.warning);
        }
        auto done = m_done;
        const CreateResult result = m_result;
        m_result.rawKey.clear();
        m_key.rawKey.clear();
        done(result);
    });
}

void CreateOrganization::fail(CreateStep step, const OperationError &error)
{
    m_result.ok = false;
    m_result.failedStep = step;
    m_result.error = error;
    report(step, StepState::Failed, error.message);
    if (step == CreateStep::Validate || step == CreateStep::Reserve)
        return finishFailure(); // nothing was created anywhere
    compensate();
}

void CreateOrganization::compensate()
{
    // "No database" at the team step: the proxy made nothing, and would refuse to delete anything.
    if (m_result.failedStep == CreateStep::CreateTeam && m_result.error.proxyCategory == ErrorCategory::NoDatabase)
        return releaseReservation();
    if (!m_keyCreated && m_result.failedStep != CreateStep::GenerateKey)
        return deleteTeam();
    // Delete the key by its alias even when we never saw a reply: it may exist anyway.
    m_client->deleteKeysByAlias({m_result.organization.keyAlias}, [this](Result<Done> k) {
        if (k.ok())
            m_result.cleanedUp.append(
                QCoreApplication::translate("CreateOrganization", "key %1").arg(m_result.organization.keyAlias));
        else if (k.error.category != ErrorCategory::NotFound)
            m_result.cleanupError.addFailedStep(OperationError(k.error),
                                                QCoreApplication::translate("CreateOrganization", "Deleting the key"));
        deleteTeam();
    });
}

void CreateOrganization::deleteTeam()
{
    const QString id = m_result.organization.id;
    m_client->deleteTeams({id}, [this, id](Result<QStringList> t) {
        if (t.ok())
            m_result.cleanedUp.append(QCoreApplication::translate("CreateOrganization", "team %1").arg(id));
        else if (t.error.category != ErrorCategory::NotFound)
            m_result.cleanupError.addFailedStep(OperationError(t.error),
                                                QCoreApplication::translate("CreateOrganization", "Deleting the team"));
        releaseReservation();
    });
}

// The audit entry, then the reservation removed, or kept `failed` (visible, retried by recovery)
// when cleanup failed.
void CreateOrganization::releaseReservation()
{
    const QString id = m_result.organization.id;
    const bool cleanupFailed = m_result.cleanupError.isError();
    const QString original = QStringLiteral("%1 failed: %2").arg(createStepName(*m_result.failedStep), m_result.error.message);
    AuditEntry entry;
    entry.operatorName = m_operator;
    entry.action = QStringLiteral("create");
    entry.organizationId = id;
    entry.organizationName = m_result.organization.name;
    entry.outcome = cleanupFailed ? AuditOutcome::FailedCleanupIncomplete : AuditOutcome::FailedCleanedUp;
    entry.details = QJsonObject {{QStringLiteral("failed_step"), createStepName(*m_result.failedStep)},
                                 {QStringLiteral("error"), m_result.error.message},
                                 {QStringLiteral("cleaned_up"), QJsonArray::fromStringList(m_result.cleanedUp)},
                                 {QStringLiteral("cleanup_error"), m_result.cleanupError.message}};
    const QString lastError
        = cleanupFailed ? original + QStringLiteral(" | Cleanup: ") + m_result.cleanupError.message : QString();
    m_repository->run<bool>(
        [id, entry, cleanupFailed, lastError](OrgRepository &repo) -> Stored<bool> {
            repo.recordAudit(entry);
            return cleanupFailed ? repo.markFailed(id, lastError) : repo.remove(id);
        },
        this,
        [this, cleanupFailed](Stored<bool> r) {
            if (!r.ok())
                m_result.cleanupError.addFailedStep(
                    OperationError(r.error), QCoreApplication::translate("CreateOrganization", "Updating the reservation"));
            else if (!cleanupFailed)
                m_result.cleanedUp.append(QCoreApplication::translate("CreateOrganization", "reservation"));
            finishFailure();
        });
}

void CreateOrganization::finishFailure()
{
    m_heartbeat->stop();
    m_result.rawKey.clear();
    m_key.rawKey.clear();
    auto done = m_done;
    done(m_result);
}

} // namespace OrgConsole
