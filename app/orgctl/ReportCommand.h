#pragma once

#include "app/orgctl/Command.h"

namespace OrgConsole {

// report --from --to [--by] [--org] [--format] [--output]: spend per organization, member, model or
// day over a range of days, as a table, CSV or JSON, on stdout or into a file (written whole or not at
// all). Progress on stderr; Ctrl+C cancels (exit 6, nothing written).
class ReportCommand : public Command
{
public:
    ReportCommand();
    void run(Orgctl &ctl, const QStringList &args) override;
};

} // namespace OrgConsole
