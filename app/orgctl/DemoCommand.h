#pragma once

#include "app/orgctl/Command.h"

namespace OrgConsole {

// demo load | reset | usage: the sandbox's demo organizations and simulated usage. Refused
// without --sandbox, before anything is opened.
class DemoCommand : public Command
{
public:
    DemoCommand();
    void run(Orgctl &ctl, const QStringList &args) override;

private:
    void load(Orgctl &ctl);
    void reset(Orgctl &ctl);
    void usage(Orgctl &ctl, const QString &onOff);
};

} // namespace OrgConsole
