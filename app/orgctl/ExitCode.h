#pragma once

#include "services/core/OperationError.h"

namespace OrgConsole {

// orgctl's exit codes (documented in its help, the man page and the README).
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // anything else
    ExitBadInput = 2, // usage errors, invalid names/budgets/CSV rows, duplicate name, unknown organization, conflicts
    ExitProxyError = 3, // the proxy refused or failed
    ExitDatabaseError = 4,
    ExitPartialBulk = 5, // import: some rows failed (and were compensated)
    ExitCancelled = 6, // a confirmation was not given
    ExitBudgetAlert = 7, // budget alerts --fail-on-alert: a budget is at or over an alert level
};

// The one mapping from an error's kind to orgctl's exit code. A conflict (the name is taken, the
// organization changed or is being deleted elsewhere, it is not in a state for this) exits 2 like
// bad input: the same command fails the same way until someone changes something.
int exitCodeFor(const OperationError &error);

} // namespace OrgConsole
