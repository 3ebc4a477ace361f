#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace OrgConsole {

// Max budget (or unlimited) and budget period, validated in place: a problem is said beside its
// field (a negative budget is refused in words, not turned into $0.00). Used by the wizard's
// budget page, the Change budget dialog and the defaults in Settings.
class BudgetEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetEditor(QWidget *parent = nullptr);

    // `suggested`: the amount the field shows while Unlimited is ticked (what unticking offers).
    void setBudget(std::optional<double> budget, std::optional<double> suggested = std::nullopt);
    std::optional<double> budget() const;
    void setDuration(const QString &duration);
    QString duration() const; // "" = never resets
    QString problem() const; // empty when valid
    // The tick's words where "no budget" means something else (a member: the organization's applies).
    void setUnlimitedText(const QString &text);

signals:
    void changed();

private:
    QString budgetProblem() const;
    void showProblems();

    QCheckBox *m_unlimited;
    QDoubleSpinBox *m_budget;
    QLabel *m_budgetMessage;
    QComboBox *m_duration;
    QLabel *m_durationMessage;
};

// A field's message, shown right under the field (red; empty when all is well).
QLabel *fieldMessage(QWidget *parent, const char *objectName);
// The field with its message under it, as one form row's field.
QWidget *withMessage(QWidget *field, QLabel *message);

} // namespace OrgConsole
