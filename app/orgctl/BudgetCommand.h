#pragma once

#include "app/orgctl/Command.h"

#include <QJsonObject>

#include <optional>

namespace OrgConsole {

struct BudgetCrossing;
struct WatchReport;
using BudgetLevels = QList<int>;

// A crossing as orgctl prints it: one line, or one JSON object.
QString budgetCrossingLine(const BudgetCrossing &crossing);
QJsonObject budgetCrossingJson(const BudgetCrossing &crossing);

// budget alerts | levels: the budget watch from the command line. The verbs are methods of this
// one class (a new verb: a name in the constructor, a method, a line in run()).
class BudgetCommand : public Command
{
public:
    BudgetCommand();
    void run(Orgctl &ctl, const QStringList &args) override;

private:
    void alerts(Orgctl &ctl);
    void levels(Orgctl &ctl, const QString &org);
    // --level P (repeatable) as levels, or nullopt after failing the command.
    static std::optional<BudgetLevels> levelOptions(Orgctl &ctl);
};

// watch [--interval S]: refreshes every S seconds and prints each level crossed, until SIGINT or
// SIGTERM (then exits 0).
class WatchCommand : public Command
{
public:
    WatchCommand();
    void run(Orgctl &ctl, const QStringList &args) override;
};

} // namespace OrgConsole
