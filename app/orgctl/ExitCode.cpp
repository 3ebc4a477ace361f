#include "app/orgctl/ExitCode.h"

namespace OrgConsole {

int exitCodeFor(const OperationError &error)
{
    switch (error.kind) {
    case OperationError::Kind::None:
        return ExitOk;
    case OperationError::Kind::BadInput:
    case OperationError::Kind::NotFound:
    case OperationError::Kind::Conflict:
        return ExitBadInput;
    case OperationError::Kind::Proxy:
        return ExitProxyError;
    case OperationError::Kind::Database:
        return ExitDatabaseError;
    case OperationError::Kind::Partial:
        return ExitPartialBulk;
    case OperationError::Kind::Cancelled:
        return ExitCancelled;
    case OperationError::Kind::Other:
        break;
    }
    return ExitFailure;
}

} // namespace OrgConsole
