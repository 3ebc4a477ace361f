#include "ui/AlertLevelsDialog.h"

#include "services/provisioning/BudgetWatch.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace OrgConsole {

AlertLevelsDialog::AlertLevelsDialog(BudgetWatch *watch, const Organization &organization, const QString &operatorName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_watch(watch)
    , m_org(organization)
    , m_operator(operatorName)
{
    setObjectName(QStringLiteral("alertLevelsDialog"));
    setWindowTitle(tr("Alert levels — %1").arg(organization.name));
    const QString defaults = levelsText(watch->defaultLevels());
    m_useDefaults = new QCheckBox(tr("Use the default levels (%1 %; Tools > Settings > Budget watch)").arg(defaults), this);
    m_useDefaults->setObjectName(QStringLiteral("useDefaultLevels"));
    m_levels = new QLineEdit(defaults, this);
    m_levels->setObjectName(QStringLiteral("organizationLevelsEdit"));
    m_levels->setPlaceholderText(tr("e.g. 50, 90, 100"));
    m_levels->setAccessibleName(tr("This organization's alert levels in percent of its max budget"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("alertLevelsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false); // until the current levels are read
    auto *form = new QFormLayout;
    form->addRow(tr("&Levels (% of max budget):"), m_levels);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("When %1's spend reaches a level, the console says so once per budget period.").arg(organization.name.toHtmlEscaped()),
        this));
    layout->addWidget(m_useDefaults);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_useDefaults, &QCheckBox::toggled, m_levels, &QWidget::setDisabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertLevelsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_watch->levelOverride(m_org.id, [self = QPointer<AlertLevelsDialog>(this), this](BudgetLevels own, OperationError error) {
        if (!self)
            return; // closed meanwhile
        if (error.isError())
            m_problem->setText(error.message);
        loaded(own);
    });
}

void AlertLevelsDialog::loaded(const BudgetLevels &own)
{
    m_useDefaults->setChecked(own.isEmpty());
    m_levels->setDisabled(own.isEmpty());
    if (!own.isEmpty())
        m_levels->setText(levelsText(own));
    m_ok->setEnabled(true);
}

void AlertLevelsDialog::save()
{
    BudgetLevels levels;
    if (!m_useDefaults->isChecked()) {
        QString error;
        const auto parsed = parseLevels(m_levels->text(), &error);
        if (!parsed || parsed->isEmpty()) {
            m_problem->setText((parsed ? tr("Give at least one level, or use the default levels.") : error)
                               + tr(" Nothing was saved."));
            m_levels->setFocus();
            return;
        }
        levels = *parsed;
    }
    m_ok->setEnabled(false);
    m_watch->setLevelOverride(m_org.id, levels, m_operator,
                              [self = QPointer<AlertLevelsDialog>(this), this](OperationError error) {
                                  if (!self)
                                      return;
                                  m_ok->setEnabled(true);
                                  if (error.isError())
                                      return m_problem->setText(error.message);
                                  emit saved(m_org.id);
                                  accept();
                              });
}

} // namespace OrgConsole
