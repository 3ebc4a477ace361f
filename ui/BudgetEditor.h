#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace OrgConsole {

// Max budget (or unlimited) and budget period, validated in place. Used by the wizard's budget
// page, the Change budget dialog and the defaults in Settings.
class BudgetEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetEditor(QWidget *parent = nullptr);

    void setBudget(std::optional<double> budget);
    std::optional<double> budget() const;
    void setDuration(const QString &duration);
    QString duration() const; // "" = never resets
    QString problem() const; // empty when valid
    // The tick's words where "no budget" means something else (a member: the organization's applies).
    void setUnlimitedText(const QString &text);

signals:
    void changed();

private:
    QCheckBox *m_unlimited;
    QDoubleSpinBox *m_budget;
    QComboBox *m_duration;
};

} // namespace OrgConsole
