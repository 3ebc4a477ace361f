#pragma once

#include "models/Organization.h"
#include "services/provisioning/OrgOperations.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace OrgConsole {

class AppContext;

// One budget change asked for in the console, with a conflict in words: when the organization
// changed since the user read it (another desktop, orgctl; seen live while the dialog was open,
// or met as a version conflict on saving), the user reads what changed, by whom and when, and may
// reload and apply their change again on top of it (a budget is set, not added: applying it again
// is safe). Deletes itself when done.
class BudgetChange : public QObject
{
    Q_OBJECT
public:
    // `done` gets the result, or nullopt when the user kept the other change.
    using Done = std::function<void(std::optional<OperationResult>)>;
    BudgetChange(AppContext *context, QWidget *parent, Done done);

    // `asRead`: the organization as the user saw it when choosing; `now`: as the console shows it
    // now (it may have been updated live meanwhile).
    void start(const Organization &asRead, const Organization &now, std::optional<double> maxBudget, const QString &duration);

private:
    void apply();
    void explain();
    void finish(std::optional<OperationResult> result);

    AppContext *m_context;
    QPointer<QWidget> m_parent;
    Done m_done;
    Organization m_asRead;
    std::optional<double> m_maxBudget;
    QString m_duration;
    bool m_reapplied = false;
};

} // namespace OrgConsole
