#include "ui/BudgetEditor.h"

#include "models/BudgetDuration.h"
#include "models/Validation.h"
#include "services/core/Settings.h"
#include "ui/Colors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace OrgConsole {

QLabel *fieldMessage(QWidget *parent, const char *objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, Colors::problem());
    l->setPalette(p);
    l->hide();
    return l;
}

QWidget *withMessage(QWidget *field, QLabel *message)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    message->setParent(box);
    layout->addWidget(field);
    layout->addWidget(message);
    box->setFocusProxy(field);
    return box;
}

BudgetEditor::BudgetEditor(QWidget *parent)
    : QWidget(parent)
{
    m_unlimited = new QCheckBox(tr("&Unlimited (no max budget)"), this);
    m_unlimited->setObjectName(QStringLiteral("unlimitedCheck"));
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budgetSpin"));
    m_budget->setAccessibleName(tr("Max budget in US dollars"));
    // Below zero is accepted as typed so that it can be refused in words (a range starting at 0
    // would quietly turn "-50" into $0.00 or $50.00).
    m_budget->setRange(-1e9, 1e9);
    m_budget->setDecimals(2);
    m_budget->setPrefix(QStringLiteral("$ "));
    m_budget->setGroupSeparatorShown(true);
    m_budgetMessage = fieldMessage(this, "budgetMessage");
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
    m_durationMessage = fieldMessage(this, "durationMessage");
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *budgetLabel = new QLabel(tr("&Max budget:"), this);
    budgetLabel->setBuddy(m_budget);
    form->addRow(budgetLabel, withMessage(m_budget, m_budgetMessage));
    form->addRow(QString(), m_unlimited);
    auto *durationLabel = new QLabel(tr("Budget &period:"), this);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, withMessage(m_duration, m_durationMessage));
    // Tab in the order they are shown (moving the fields into their message boxes reordered it).
    setTabOrder(m_budget, m_unlimited);
    setTabOrder(m_unlimited, m_duration);
    connect(m_unlimited, &QCheckBox::toggled, m_budget, &QWidget::setDisabled);
    for (auto notify : {&BudgetEditor::showProblems, &BudgetEditor::changed}) {
        connect(m_unlimited, &QCheckBox::toggled, this, notify);
        connect(m_budget, &QDoubleSpinBox::valueChanged, this, notify);
        connect(m_duration, &QComboBox::currentTextChanged, this, notify);
    }
}

void BudgetEditor::setBudget(std::optional<double> budget, std::optional<double> suggested)
{
    m_unlimited->setChecked(!budget);
    m_budget->setEnabled(budget.has_value());
    m_budget->setValue(budget.value_or(suggested.value_or(kSuggestedBudget)));
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

QString BudgetEditor::budgetProblem() const
{
    const std::optional<double> b = budget();
    if (b && *b < 0)
        return tr("A budget cannot be negative (%1). Type an amount of 0 or more, or tick \"%2\".")
            .arg(QLocale().toString(*b, 'f', 2), QString(m_unlimited->text()).remove(QLatin1Char('&')));
    return validateBudget(b);
}

QString BudgetEditor::problem() const
{
    if (const QString e = budgetProblem(); !e.isEmpty())
        return e;
    return validateBudgetDuration(duration());
}

void BudgetEditor::showProblems()
{
    const QString budget = budgetProblem();
    m_budgetMessage->setText(budget);
    m_budgetMessage->setVisible(!budget.isEmpty());
    const QString duration = validateBudgetDuration(this->duration());
    m_durationMessage->setText(duration);
    m_durationMessage->setVisible(!duration.isEmpty());
}

} // namespace OrgConsole
