#include "ui/MemberBudgetDialog.h"

#include "models/Money.h"
#include "services/core/Settings.h"
#include "ui/BudgetEditor.h"
#include "ui/Colors.h"

#include <QAbstractSpinBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace OrgConsole {

MemberBudgetDialog::MemberBudgetDialog(const Organization &organization, const Member &member, double spend, QWidget *parent)
    : QDialog(parent)
    , m_org(organization)
{
    setObjectName(QStringLiteral("memberBudgetDialog"));
    setWindowTitle(tr("Change budget of %1").arg(member.userId));
    m_editor = new BudgetEditor(this);
    m_editor->setUnlimitedText(noOwnBudgetText());
    m_editor->setBudget(member.maxBudget, suggestedBudget(organization));
    m_editor->setDuration(member.budgetDuration);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("memberBudgetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(Colors::problem().name()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *current = new QLabel(tr("%1 in \"%2\": budget %3, spent %4. The organization's budget is %5.")
                                   .arg(member.userId, organization.name,
                                        member.maxBudget ? formatUsd(member.maxBudget) : tr("the organization's"),
                                        formatUsd(spend), formatUsd(organization.maxBudget)),
                               this);
    current->setObjectName(QStringLiteral("memberBudgetCurrent"));
    current->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &BudgetEditor::changed, this, &MemberBudgetDialog::check);
    check();
    // Straight to the figure (or to the tick when the organization's budget applies).
    if (auto *spin = m_editor->findChild<QAbstractSpinBox *>(QStringLiteral("budgetSpin")); spin && spin->isEnabled()) {
        spin->setFocus();
        spin->selectAll();
    } else if (auto *tick = m_editor->findChild<QWidget *>(QStringLiteral("unlimitedCheck"))) {
        tick->setFocus();
    }
}

double MemberBudgetDialog::suggestedBudget(const Organization &organization)
{
    return organization.maxBudget ? std::min(kSuggestedBudget, std::max(0.0, *organization.maxBudget)) : kSuggestedBudget;
}

QString MemberBudgetDialog::noOwnBudgetText()
{
    return tr("&No own budget — uses the organization's");
}

QString MemberBudgetDialog::ceilingProblem(const Organization &organization, std::optional<double> memberBudget)
{
    if (memberBudget && organization.maxBudget && *memberBudget > *organization.maxBudget)
        return tr("More than the organization's budget of %1.").arg(formatUsd(organization.maxBudget));
    return {};
}

// The editor says its own problems beside its fields; the organization's ceiling is said here.
void MemberBudgetDialog::check()
{
    const QString ceiling = ceilingProblem(m_org, m_editor->budget());
    m_error->setText(ceiling);
    m_error->setVisible(!ceiling.isEmpty());
    m_ok->setEnabled(ceiling.isEmpty() && m_editor->problem().isEmpty());
}

std::optional<double> MemberBudgetDialog::maxBudget() const
{
    return m_editor->budget();
}

QString MemberBudgetDialog::budgetDuration() const
{
    return m_editor->duration();
}

} // namespace OrgConsole
