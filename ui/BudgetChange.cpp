#include "ui/BudgetChange.h"

#include "models/Money.h"
#include "services/core/AppContext.h"
#include "services/core/OrgQueries.h"
#include "ui/Dialogs.h"

#include <QWidget>

namespace OrgConsole {

BudgetChange::BudgetChange(AppContext *context, QWidget *parent, Done done)
    : QObject(parent)
    , m_context(context)
    , m_parent(parent)
    , m_done(std::move(done))
{
}

void BudgetChange::start(const Organization &asRead, const Organization &now, std::optional<double> maxBudget,
                         const QString &duration)
{
    m_asRead = asRead;
    m_maxBudget = maxBudget;
    m_duration = duration;
    if (now.id == asRead.id && now.rowVersion != asRead.rowVersion)
        return explain(); // changed while the dialog was open
    apply();
}

void BudgetChange::apply()
{
    m_context->operations().setBudget(m_asRead.id, m_maxBudget, m_duration, [this](OperationResult r) {
        if (!r.ok && r.error.kind == OperationError::Kind::Conflict && !m_reapplied)
            return explain();
        finish(r);
    });
}

void BudgetChange::explain()
{
    m_context->queries().explainConflict(m_asRead, this, [this](Stored<ConflictReport> report) {
        if (!report.ok()) {
            OperationResult failed;
            failed.error = OperationError(report.error);
            return finish(failed);
        }
        const QString yours
            = tr("Your change: budget %1%2.")
                  .arg(formatUsd(m_maxBudget), m_duration.isEmpty() ? tr(", never resets") : tr(" per %1").arg(m_duration));
        if (!confirm(
                m_parent, tr("Changed meanwhile"),
                tr("%1\n\n%2\nReload it and apply your change on top of the current version?").arg(report.value->text, yours)))
            return finish(std::nullopt);
        m_reapplied = true;
        m_asRead = report.value->current;
        apply();
    });
}

void BudgetChange::finish(std::optional<OperationResult> result)
{
    m_done(std::move(result));
    deleteLater();
}

} // namespace OrgConsole
