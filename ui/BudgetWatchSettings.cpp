#include "ui/BudgetWatchSettings.h"

#include "services/core/BudgetLevels.h"
#include "services/core/Settings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace OrgConsole {

BudgetWatchSettings::BudgetWatchSettings(const Settings &settings, QWidget *parent)
    : QWidget(parent)
{
    m_levels = new QLineEdit(levelsText(settings.alertLevels()), this);
    m_levels->setObjectName(QStringLiteral("alertLevelsEdit"));
    m_levels->setPlaceholderText(tr("e.g. 80, 100"));
    m_levels->setAccessibleName(tr("Default alert levels in percent of the max budget"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("autoRefreshSpin"));
    m_minutes->setRange(1, Settings::kMaxAutoRefreshMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(settings.autoRefreshMinutes());
    m_minutes->setAccessibleName(tr("Refresh the figures every"));
    auto *note = new QLabel(tr("An organization crossing a level is said once per budget period (a desktop notification "
                               "where the desktop has a tray), also across restarts and other desktops on the same "
                               "database. An organization can have its own levels: Alert levels… in its budget section."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Alert &levels (% of max budget):"), m_levels);
    layout->addRow(tr("&Refresh the figures every:"), m_minutes);
    layout->addRow(QString(), note);
}

QString BudgetWatchSettings::problem() const
{
    QString error;
    const auto levels = parseLevels(m_levels->text(), &error);
    if (!levels)
        return error;
    if (levels->isEmpty())
        return tr("Give at least one alert level, e.g. 80, 100.");
    return {};
}

void BudgetWatchSettings::save(Settings &settings) const
{
    QString error;
    if (const auto levels = parseLevels(m_levels->text(), &error); levels && !levels->isEmpty())
        settings.setAlertLevels(*levels);
    settings.setAutoRefreshMinutes(m_minutes->value());
}

} // namespace OrgConsole
