#include "ui/BudgetEditor.h"

#include "models/BudgetDuration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

namespace OrgConsole {

BudgetEditor::BudgetEditor(QWidget *parent)
    : QWidget(parent)
{
    m_unlimited = new QCheckBox(tr("&Unlimited (no max budget)"), this);
    m_unlimited->setObjectName(QStringLiteral("unlimitedCheck"));
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budgetSpin"));
    m_budget->setAccessibleName(tr("Max budget in US dollars"));
    m_budget->setRange(0, 1e9);
    m_budget->setDecimals(2);
    m_budget->setPrefix(QStringLiteral("$ "));
    m_budget->setGroupSeparatorShown(true);
    m_duration = new QComboBox(this);
    m_duration->setObjectName(QStringLiteral("durationCombo"));
    m_duration->setAccessibleName(tr("Budget period"));
    m_duration->setEditable(true);
    m_duration->setToolTip(tr("A number and a unit: s, m (minutes), h, d, w, mo (months). Empty: never resets."));
    m_duration->addItem(tr("30d (every 30 days)"), QStringLiteral("30d"));
    m_duration->addItem(tr("1mo (calendar month)"), QStringLiteral("1mo"));
    m_duration->addItem(tr("7d (weekly)"), QStringLiteral("7d"));
    m_duration->addItem(tr("1d (daily)"), QStringLiteral("1d"));
    m_duration->addItem(tr("never resets"), QString());
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Max &budget:"), m_budget);
    form->addRow(QString(), m_unlimited);
    form->addRow(tr("Budget &period:"), m_duration);
    connect(m_unlimited, &QCheckBox::toggled, m_budget, &QWidget::setDisabled);
    connect(m_unlimited, &QCheckBox::toggled, this, &BudgetEditor::changed);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &BudgetEditor::changed);
    connect(m_duration, &QComboBox::currentTextChanged, this, &BudgetEditor::changed);
}

void BudgetEditor::setBudget(std::optional<double> budget)
{
    m_unlimited->setChecked(!budget);
    m_budget->setEnabled(budget.has_value());
    m_budget->setValue(budget.value_or(100.0));
}

std::optional<double> BudgetEditor::budget() const
{
    return m_unlimited->isChecked() ? std::nullopt : std::optional<double>(m_budget->value());
}

void BudgetEditor::setDuration(const QString &duration)
{
    const int index = m_duration->findData(duration);
    if (index >= 0)
        m_duration->setCurrentIndex(index);
    else
        m_duration->setEditText(duration);
}

QString BudgetEditor::duration() const
{
    const int index = m_duration->findText(m_duration->currentText());
    return index >= 0 ? m_duration->itemData(index).toString() : m_duration->currentText().trimmed();
}

void BudgetEditor::setUnlimitedText(const QString &text)
{
    m_unlimited->setText(text);
}

QString BudgetEditor::problem() const
{
    return validateBudgetDuration(duration());
}

} // namespace OrgConsole
