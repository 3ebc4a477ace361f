#pragma once

#include "models/Organization.h"
#include "services/core/BudgetLevels.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace OrgConsole {

class BudgetWatch;

// One organization's own alert levels, or the defaults. Saved through the budget watch (audited);
// bad levels are said in the dialog and nothing is saved.
class AlertLevelsDialog : public QDialog
{
    Q_OBJECT
public:
    AlertLevelsDialog(BudgetWatch *watch, const Organization &organization, const QString &operatorName,
                      QWidget *parent = nullptr);

signals:
    void saved(const QString &organizationId);

private:
    void loaded(const BudgetLevels &own);
    void save();

    BudgetWatch *m_watch;
    Organization m_org;
    QString m_operator;
    QCheckBox *m_useDefaults;
    QLineEdit *m_levels;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace OrgConsole
