#pragma once

#include "app/orgctl/Command.h"

#include <QJsonObject>

namespace OrgConsole {

struct BudgetCrossing;

// The budget watch in orgctl: `budget alerts` and `budget levels` are verbs of BudgetCommand
// (Commands.h; their code in BudgetCommand.cpp), `watch` is a command of its own (WatchCommand.cpp).

// A crossing as orgctl prints it: one line, or one JSON object.
QString budgetCrossingLine(const BudgetCrossing &crossing);
QJsonObject budgetCrossingJson(const BudgetCrossing &crossing);

// watch [--interval S]: refreshes every S seconds and prints each level crossed, until SIGINT or
// SIGTERM (then exits 0).
class WatchCommand : public Command
{
public:
    WatchCommand();
    void run(Orgctl &ctl, const QStringList &args) override;
};

} // namespace OrgConsole
