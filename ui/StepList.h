#pragma once

#include "services/provisioning/CreateOrganization.h"

#include <QStringList>
#include <QTreeWidget>

namespace OrgConsole {

// The live list of a saga's steps, one row each: an icon and the state in words (pending /
// running / done / failed, never colour alone) and what the step says. Shown by the Create
// wizard's provisioning page and the Add-member dialog.
class StepList : public QTreeWidget
{
    Q_OBJECT
public:
    StepList(const QStringList &steps, QWidget *parent = nullptr);

    // Every step back to pending, without details (before a run or a retry).
    void reset();
    void setStep(int step, StepState state, const QString &message);
    QString stateOf(int step) const;

    static QString stateText(StepState state);
    static QIcon stateIcon(StepState state);
};

} // namespace OrgConsole
