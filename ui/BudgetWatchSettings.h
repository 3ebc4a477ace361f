#pragma once

#include <QWidget>

class QLineEdit;
class QSpinBox;

namespace OrgConsole {

class Settings;

// The Settings dialog's "Budget watch" tab: the default alert levels and how often the console
// refreshes in the background.
class BudgetWatchSettings : public QWidget
{
    Q_OBJECT
public:
    BudgetWatchSettings(const Settings &settings, QWidget *parent = nullptr);
    // Why the input cannot be saved, in one sentence, or empty.
    QString problem() const;
    // Saves (only valid input; check problem() first).
    void save(Settings &settings) const;

private:
    QLineEdit *m_levels;
    QSpinBox *m_minutes;
};

} // namespace OrgConsole
