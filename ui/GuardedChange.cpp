#include "ui/GuardedChange.h"

#include "services/core/AppContext.h"
#include "services/core/OrgQueries.h"
#include "ui/Dialogs.h"

#include <QWidget>

namespace OrgConsole {

GuardedChange::GuardedChange(AppContext *context, QWidget *parent, QString yours, QString question)
    : QObject(parent)
    , m_context(context)
    , m_parent(parent)
    , m_yours(std::move(yours))
    , m_question(std::move(question))
{
}

GuardedChange *GuardedChange::forOrganization(AppContext *context, QWidget *parent, const Organization &asRead, QString yours,
                                              QString question)
{
    auto *change = new GuardedChange(context, parent, std::move(yours), std::move(question));
    change->m_org = asRead;
    return change;
}

GuardedChange *GuardedChange::forMember(AppContext *context, QWidget *parent, const QString &organizationId, const Member &asRead,
                                        QString yours, QString question)
{
    auto *change = new GuardedChange(context, parent, std::move(yours), std::move(question));
    change->m_org.id = organizationId;
    change->m_member = asRead;
    return change;
}

void GuardedChange::start(Attempt attempt, Dropped dropped)
{
    m_attempt = std::move(attempt);
    m_dropped = std::move(dropped);
    // First the row as it is now: a change made since the user read it (not heard here yet, or
    // heard while a dialog was open) is explained before anything is sent.
    explain(OperationError(), {});
}

void GuardedChange::attempt()
{
    m_attempt([this](const OperationError &error, std::function<void()> deliver) {
        if (error.kind == OperationError::Kind::Conflict && !m_retried)
            return explain(error, std::move(deliver));
        finish(deliver);
    });
}

// `deliver` is empty before the change ran (the check first), else hands out its failure.
void GuardedChange::explain(const OperationError &failure, std::function<void()> deliver)
{
    auto answer = [this, failure, deliver](Stored<ConflictReport> report) {
        if (report.ok())
            return decide(*report.value, failure, deliver);
        if (deliver)
            return finish(deliver); // it cannot be read (removed meanwhile): the failure says so
        attempt(); // the change itself meets what the check could not read
    };
    if (m_member)
        m_context->queries().explainMemberConflict(m_org.id, *m_member, this, answer);
    else
        m_context->queries().explainConflict(m_org, this, answer);
}

void GuardedChange::decide(const ConflictReport &report, const OperationError &failure, std::function<void()> deliver)
{
    // Someone's change, by the audit log: a heartbeat or a refresh of the figures moves the version
    // too, but is nobody's change to weigh against the user's. Without one, a conflict is a rule.
    const bool changedMeanwhile = report.changed && !report.changes.isEmpty();
    if (!changedMeanwhile && !report.busyElsewhere)
        return deliver ? finish(deliver) : attempt();
    if (report.busyElsewhere) {
        showError(m_parent, tr("Being changed elsewhere"),
                  tr("%1\n\n%2\nIt can be done once that ends.").arg(report.text, m_yours));
        return finish(m_dropped);
    }
    if (!confirm(m_parent, tr("Changed meanwhile"), tr("%1\n\n%2\n%3").arg(report.text, m_yours, m_question)))
        return finish(m_dropped);
    m_retried = failure.isError();
    m_org = report.current;
    if (m_member && report.currentMember)
        m_member = report.currentMember;
    attempt();
}

void GuardedChange::finish(const std::function<void()> &then)
{
    then();
    deleteLater();
}

} // namespace OrgConsole
