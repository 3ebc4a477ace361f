#pragma once

#include "models/Member.h"
#include "models/Organization.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace OrgConsole {

class BudgetEditor;

// A member's budget inside the team and its period, in the BudgetEditor; "no own budget" means
// the organization's budget applies. A budget above the organization's is refused beside it.
class MemberBudgetDialog : public QDialog
{
    Q_OBJECT
public:
    MemberBudgetDialog(const Organization &organization, const Member &member, double spend, QWidget *parent = nullptr);
    std::optional<double> maxBudget() const;
    QString budgetDuration() const;

    // The sentence for a member's budget above the organization's (empty when it fits).
    static QString ceilingProblem(const Organization &organization, std::optional<double> memberBudget);
    static QString noOwnBudgetText();
    // What a member's own budget starts at when one is given: the usual suggestion, or the
    // organization's budget where that is less (a $50 organization does not offer $100).
    static double suggestedBudget(const Organization &organization);

private:
    void check();
    Organization m_org;
    BudgetEditor *m_editor;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace OrgConsole
