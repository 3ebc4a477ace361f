#include "ui/StepList.h"

#include <QHeaderView>

namespace OrgConsole {

StepList::StepList(const QStringList &steps, QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("stepList"));
    setColumnCount(3);
    setHeaderLabels({tr("Step"), tr("State"), tr("Details")});
    setRootIsDecorated(false);
    header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const QString &step : steps)
        new QTreeWidgetItem(this, {step, QString(), QString()});
    reset();
    resizeColumnToContents(0);
    // Every step in view at once: a dialog sized for a short form still shows the whole saga.
    const int row = std::max(fontMetrics().height(), iconSize().height() > 0 ? iconSize().height() : 16) + 6;
    setMinimumHeight(header()->sizeHint().height() + int(steps.size()) * row + 2 * frameWidth());
}

void StepList::reset()
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        setStep(i, StepState::Pending, QString());
}

void StepList::setStep(int step, StepState state, const QString &message)
{
    QTreeWidgetItem *item = topLevelItem(step);
    if (!item)
        return;
    item->setIcon(0, stateIcon(state));
    item->setText(1, stateText(state));
    item->setText(2, message);
    item->setToolTip(2, message); // a long message stays readable where the column cuts it
}

QString StepList::stateOf(int step) const
{
    const QTreeWidgetItem *item = topLevelItem(step);
    return item ? item->text(1) : QString();
}

QString StepList::stateText(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("pending");
    case StepState::Running:
        return tr("running");
    case StepState::Done:
        return tr("done");
    case StepState::Failed:
        return tr("failed");
    }
    return {};
}

QIcon StepList::stateIcon(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QIcon(QStringLiteral(":/icons/step-pending.svg"));
    case StepState::Running:
        return QIcon(QStringLiteral(":/icons/step-running.svg"));
    case StepState::Done:
        return QIcon(QStringLiteral(":/icons/step-done.svg"));
    case StepState::Failed:
        return QIcon(QStringLiteral(":/icons/step-failed.svg"));
    }
    return {};
}

} // namespace OrgConsole
