#include "services/provisioning/DemoData.h"

#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/AddMember.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/OrgOperations.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace OrgConsole {

// The raw keys of the organization being made, in memory only and only until its spend is
// recorded and its plant is set: the owner's first, then each member's.
struct DemoData::Keys {
    QString orgId;
    QStringList raw;
};

DemoData::DemoData(LiteLlmClient *client, RepositoryWorker *repository, OrgOperations *operations, QString operatorName,
                   bool sandbox, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_operations(operations)
    , m_operator(std::move(operatorName))
    , m_sandbox(sandbox)
    , m_plan(demoOrganizations())
{
}

OperationError DemoData::refusal() const
{
    if (!m_sandbox)
        return OperationError::badInput(QCoreApplication::translate(
            "DemoData",
            "Demo data belongs in the sandbox only: it would create 25 made-up organizations on a real "
            "proxy. Start the sandbox (orgconsole --sandbox, orgctl --sandbox) to use it."));
    if (!m_client)
        return OperationError::other(QCoreApplication::translate("DemoData", "The sandbox proxy is not running."));
    if (m_running)
        return OperationError::conflict(
            QCoreApplication::translate("DemoData", "The demo data is already being loaded or removed."));
    return {};
}

void DemoData::load(ProgressFn progress, DoneFn done)
{
    if (const OperationError e = refusal(); e.isError())
        return done(e);
    m_running = true;
    m_cancelled = false;
    m_index = 0;
    m_progress = std::move(progress);
    m_done = std::move(done);
    checkNoneLoaded();
}

void DemoData::finish(OperationError error)
{
    m_running = false;
    if (const DoneFn done = std::exchange(m_done, {}))
        done(error);
}

// Step 1: nothing of the demo is there yet (a second load would collide on every name).
void DemoData::checkNoneLoaded()
{
    m_repository->run<QList<Organization>>(
        [](OrgRepository &r) { return r.listAll(); }, this,
        [this](Stored<QList<Organization>> r) {
            if (!r.ok())
                return finish(OperationError(r.error));
            for (const Organization &o : std::as_const(*r.value)) {
                if (isDemoOrganizationName(o.name))
                    return finish(
                        OperationError::conflict(QCoreApplication::translate("DemoData",
                                                                             "The demo organizations are already loaded "
                                                                             "(\"%1\" exists): remove them first.")
                                                     .arg(o.name)));
            }
            readToday();
        });
}

// Step 2: the simulator's today, which the 90 days count back from (its clock may have moved).
void DemoData::readToday()
{
    m_client->simulatorCall("GET", QStringLiteral("usage"), {}, [this](Result<QJsonObject> r) {
        if (!r.ok())
            return finish(OperationError(r.error));
        m_today = QDateTime::fromString(r.value->value(QStringLiteral("now")).toString(), Qt::ISODateWithMs).date();
        if (!m_today.isValid())
            return finish(
                OperationError::other(QCoreApplication::translate("DemoData", "The sandbox proxy did not say what day it is.")));
        createNext();
    });
}

// Step 3, per organization: the create saga, as the wizard runs it.
void DemoData::createNext()
{
    if (m_index >= m_plan.size())
        return finish({});
    if (m_cancelled)
        return finish(
            OperationError::cancelled(QCoreApplication::translate("DemoData", "Stopped after %1 of %2 demo organizations.")
                                          .arg(m_index)
                                          .arg(m_plan.size())));
    const DemoOrganization &org = m_plan.at(m_index);
    if (m_progress)
        m_progress({m_index, int(m_plan.size()), QCoreApplication::translate("DemoData", "Creating %1…").arg(org.input.name)});
    auto *creation = new CreateOrganization(m_client, m_repository, m_operator, this);
    creation->setReadBack(false);
    creation->start(org.input, {}, [this, creation](const CreateResult &r) {
        creation->deleteLater();
        if (!r.ok)
            return finish(r.error);
        auto keys = std::make_shared<Keys>();
        keys->orgId = r.organization.id;
        keys->raw.append(r.rawKey);
        addMembers(keys, 0);
    });
}

// Step 4: each member by the add-member saga, with their own key and budget.
void DemoData::addMembers(std::shared_ptr<Keys> keys, int next)
{
    const DemoOrganization &org = m_plan.at(m_index);
    if (next >= org.members.size())
        return recordSpend(keys);
    NewMember member = org.members.at(next);
    member.organization = keys->orgId;
    auto *addition = new AddMember(m_client, m_repository, m_operator, this);
    addition->setReadBack(false);
    addition->start(member, {}, [this, addition, keys, next](const AddMemberResult &r) {
        addition->deleteLater();
        if (!r.ok)
            return finish(r.error);
        keys->raw.append(r.rawKey);
        addMembers(keys, next + 1);
    });
}

// Step 5: 90 days of spend on the organization's keys, in one request.
void DemoData::recordSpend(std::shared_ptr<Keys> keys)
{
    QJsonArray rows;
    const QList<DemoSpendRow> spend = demoSpend(m_index, m_today);
    for (const DemoSpendRow &s : spend) {
        rows.append(QJsonObject {{QStringLiteral("key"), keys->raw.at(s.key)},
                                 {QStringLiteral("date"), m_today.addDays(-s.daysAgo).toString(Qt::ISODate)},
                                 {QStringLiteral("model"), s.model},
                                 {QStringLiteral("spend"), s.spend},
                                 {QStringLiteral("prompt_tokens"), s.promptTokens},
                                 {QStringLiteral("completion_tokens"), s.completionTokens},
                                 {QStringLiteral("requests"), s.requests},
                                 {QStringLiteral("current"), s.current}});
    }
    m_client->simulatorCall("POST", QStringLiteral("history"), {{QStringLiteral("rows"), rows}},
                            [this, keys](Result<QJsonObject> r) {
                                if (!r.ok())
                                    return finish(OperationError(r.error));
                                plant(keys);
                            });
}

// Step 6: the organization's planted case, if it has one.
void DemoData::plant(std::shared_ptr<Keys> keys)
{
    const DemoOrganization &org = m_plan.at(m_index);
    auto proxyDone = [this, name = org.input.name](auto r) {
        if (!r.ok())
            return finish(OperationError(r.error));
        organizationDone(name);
    };
    switch (org.plant) {
    case DemoPlant::None:
        return organizationDone(org.input.name);
    case DemoPlant::BlockedKey:
        return m_operations->setKeyBlocked(keys->orgId, true, [this, name = org.input.name](const OperationResult &r) {
            if (!r.ok)
                return finish(r.error);
            organizationDone(name);
        });
    case DemoPlant::ExpiringKey:
        return m_client->updateKey(keys->raw.first(), {{QStringLiteral("duration"), QStringLiteral("3d")}}, proxyDone);
    case DemoPlant::BudgetDrift: {
        TeamUpdateRequest update;
        update.teamId = keys->orgId;
        update.maxBudget = std::optional<double>(org.input.maxBudget.value_or(0) * 1.5);
        return m_client->updateTeam(update, proxyDone);
    }
    case DemoPlant::MemberBudgetDrift: {
        const NewMember &member = org.members.first();
        TeamMemberRequest update;
        update.teamId = keys->orgId;
        update.userId = member.userId;
        update.maxBudget = std::optional<double>(member.maxBudget.value_or(0) * 2);
        update.budgetDuration = member.budgetDuration;
        return m_client->updateTeamMember(update, proxyDone);
    }
    case DemoPlant::MissingKey:
        return m_client->deleteKeys({keys->raw.first()}, proxyDone);
    }
}

void DemoData::organizationDone(const QString &what)
{
    ++m_index;
    if (m_progress)
        m_progress({m_index, int(m_plan.size()), QCoreApplication::translate("DemoData", "%1 is ready.").arg(what)});
    createNext();
}

void DemoData::reset(ProgressFn progress, DoneFn done)
{
    if (const OperationError e = refusal(); e.isError())
        return done(e);
    m_running = true;
    m_cancelled = false;
    m_progress = std::move(progress);
    m_done = std::move(done);
    m_repository->run<QList<Organization>>([](OrgRepository &r) { return r.listAll(); }, this,
                                           [this](Stored<QList<Organization>> r) {
                                               if (!r.ok())
                                                   return finish(OperationError(r.error));
                                               auto orgs = std::make_shared<QList<QPair<QString, QString>>>();
                                               for (const Organization &o : std::as_const(*r.value)) {
                                                   if (isDemoOrganizationName(o.name))
                                                       orgs->append({o.id, o.name});
                                               }
                                               deleteNext(orgs, {});
                                           });
}

// Each demo organization by the console's delete (team, keys, row), one after another.
void DemoData::deleteNext(std::shared_ptr<QList<QPair<QString, QString>>> orgs, QStringList teamIds)
{
    const int total = int(orgs->size() + teamIds.size());
    if (orgs->isEmpty())
        return forget(teamIds);
    if (m_cancelled)
        return finish(OperationError::cancelled(
            QCoreApplication::translate("DemoData", "Stopped with %1 demo organizations left.").arg(orgs->size())));
    const auto [id, name] = orgs->takeFirst();
    if (m_progress)
        m_progress({int(teamIds.size()), total, QCoreApplication::translate("DemoData", "Removing %1…").arg(name)});
    m_operations->deleteOrganization(id, [this, orgs, teamIds, id](const OperationResult &r) mutable {
        if (!r.ok)
            return finish(r.error);
        teamIds.append(id);
        deleteNext(orgs, teamIds);
    });
}

// What deleting leaves on a proxy (daily activity, the users), and simulated usage: off.
void DemoData::forget(const QStringList &teamIds)
{
    const QJsonObject body {{QStringLiteral("team_ids"), QJsonArray::fromStringList(teamIds)},
                            {QStringLiteral("user_ids"), QJsonArray::fromStringList(demoUserIds())}};
    m_client->simulatorCall("POST", QStringLiteral("forget"), body, [this, teamIds](Result<QJsonObject> r) {
        if (!r.ok())
            return finish(OperationError(r.error));
        if (m_progress)
            m_progress({int(teamIds.size()), int(teamIds.size()), QCoreApplication::translate("DemoData", "Demo data removed.")});
        setSimulatedUsage(false, 1, [this](OperationError e) { finish(e); });
    });
}

void DemoData::setSimulatedUsage(bool enabled, int factor, std::function<void(OperationError)> done)
{
    if (!m_sandbox)
        return done(
            OperationError::badInput(QCoreApplication::translate("DemoData", "Simulated usage exists in the sandbox only.")));
    if (!m_client)
        return done(OperationError::other(QCoreApplication::translate("DemoData", "The sandbox proxy is not running.")));
    const QJsonObject body {{QStringLiteral("enabled"), enabled},
                            {QStringLiteral("factor"), factor},
                            {QStringLiteral("seed"), qint64(kDemoSeed % 0xffffffffULL)}};
    m_client->simulatorCall("POST", QStringLiteral("usage"), body,
                            [done](Result<QJsonObject> r) { done(r.ok() ? OperationError() : OperationError(r.error)); });
}

void DemoData::readSimulatedUsage(std::function<void(std::optional<bool>)> done)
{
    if (!m_sandbox || !m_client)
        return done(std::nullopt);
    m_client->simulatorCall("GET", QStringLiteral("usage"), {}, [done](Result<QJsonObject> r) {
        done(r.ok() ? std::optional(r.value->value(QStringLiteral("enabled")).toBool()) : std::nullopt);
    });
}

} // namespace OrgConsole
